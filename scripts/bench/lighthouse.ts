// Lighthouse in the bench, installed by the bench itself (tool-project.ts) at the versions pinned
// here, not by the repository's own install.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { installToolProject } from './tool-project.ts';

/** The releases the budget is measured with; raise them on purpose, and say so with the new figures. */
export const LIGHTHOUSE_VERSION = '13.5.0';
export const CHROME_LAUNCHER_VERSION = '1.2.1';

/** The little of Lighthouse's and chrome-launcher's APIs the bench uses (their own types are not installed). */
interface Lighthouse {
	(url: string, flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] }): Promise<
		| {
				lhr: {
					runtimeError?: { message: string };
					categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
					audits: Record<string, { id: string; title: string; score: number | null; displayValue?: string }>;
				};
		  }
		| undefined
	>;
}
interface ChromeLauncher {
	launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

/** The pinned project as package.json says it. */
function lighthouseProjectFiles(): Record<string, string> {
	const packageJson = { name: 'bench-lighthouse', private: true, type: 'module', dependencies: { 'chrome-launcher': CHROME_LAUNCHER_VERSION, lighthouse: LIGHTHOUSE_VERSION } };
	return { 'package.json': `${JSON.stringify(packageJson, null, 2)}\n` };
}

/** Installs (once per release) and loads Lighthouse and chrome-launcher. */
async function loadLighthouse(log: (message: string) => void): Promise<{ lighthouse: Lighthouse; chromeLauncher: ChromeLauncher }> {
	const dir = installToolProject(`nsa-bench-lighthouse-${LIGHTHOUSE_VERSION}`, lighthouseProjectFiles(), `Lighthouse ${LIGHTHOUSE_VERSION}`, log);
	const resolve = createRequire(join(dir, 'package.json')).resolve;
	const load = (name: string) => import(pathToFileURL(resolve(name)).href) as Promise<Record<string, unknown>>;
	const [lighthouse, chromeLauncher] = await Promise.all([load('lighthouse'), load('chrome-launcher')]);
	return { lighthouse: lighthouse.default as Lighthouse, chromeLauncher: chromeLauncher as unknown as ChromeLauncher };
}

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
export async function runLighthouse(chromePath: string, baseUrl: string, paths: string[], log: (message: string) => void): Promise<LighthouseResult[]> {
	const { lighthouse, chromeLauncher } = await loadLighthouse(log);
	const chrome = await chromeLauncher.launch({
		chromePath,
		// The same closed-network flags as the browser tests, headless as Playwright starts it.
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
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
