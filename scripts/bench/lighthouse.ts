import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The four Lighthouse categories the budget asks 100 in. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One page's Lighthouse result: the category scores (0-100) and the audits that did not pass. */
export interface LighthouseResult {
	path: string;
	scores: Record<Category, number>;
	/** Audits that count towards a score and scored below 1, with Lighthouse's own title. */
	failedAudits: { id: string; title: string; score: number; displayValue?: string }[];
}

/**
 * Runs Lighthouse (its default: a mid-range phone on a throttled connection, simulated) on each page,
 * driving Debian's Chromium through chrome-launcher; nothing is downloaded. One browser serves all pages.
 */
export async function runLighthouse(chromePath: string, baseUrl: string, paths: string[]): Promise<LighthouseResult[]> {
	const chrome = await chromeLauncher.launch({
		chromePath,
		// The same closed-network flags as the browser tests (tests/helpers/browser.ts), headless.
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const results: LighthouseResult[] = [];
		for (const path of paths) {
			const run = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = run;
			if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
			const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
			const counted = new Set(CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
			const failedAudits = Object.values(lhr.audits)
				.filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1)
				.map((audit) => ({ id: audit.id, title: audit.title, score: audit.score!, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }));
			results.push({ path, scores, failedAudits });
		}
		return results;
	} finally {
		chrome.kill();
	}
}
