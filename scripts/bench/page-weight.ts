import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

/** What a response counts as in the page-weight table. */
export type ResourceType = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** Bytes as served (raw) and as a host that compresses with gzip would send them. */
export interface Bytes {
	raw: number;
	gzip: number;
}

/** Everything one page load fetched before any interaction. */
export interface PageWeight {
	path: string;
	requests: number;
	total: Bytes;
	byType: Record<ResourceType, Bytes>;
	/** Cumulative layout shift during load (PerformanceObserver 'layout-shift'). */
	layoutShift: number;
	/** Web fonts fetched, and those whose font-display lets them hide text while they load. */
	fonts: number;
	blockingFonts: number;
}

/**
 * What a first visit to any page may fetch before the reader does anything, gzip (issue #15): every
 * page kind, the longest document's page included. The bench holds the real site's pages to it in
 * Chromium, and tests/browser/every-page.test.ts holds every page of the real site to it.
 */
export const PAGE_WEIGHT_BUDGET = 10 * 1024;

const TYPES: Record<string, ResourceType> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** gzip at level 6, the default of common web servers (nginx, Apache mod_deflate). */
export function gzipBytes(body: Buffer): number {
	return body.length === 0 ? 0 : gzipSync(body, { level: 6 }).length;
}

export const emptyBytes = (): Bytes => ({ raw: 0, gzip: 0 });

/** Adds a response's body to a running total. */
export async function addResponse(total: Bytes, response: Response): Promise<void> {
	const body = await response.body().catch(() => Buffer.alloc(0)); // redirects have no body
	total.raw += body.length;
	total.gzip += gzipBytes(body);
}

/** Collects every response a page receives from now on, until `stop()`. */
export function recordResponses(page: Page) {
	const responses: Response[] = [];
	const listener = (response: Response) => responses.push(response);
	page.on('response', listener);
	return {
		responses,
		stop: () => page.off('response', listener),
	};
}

/**
 * Loads a page in a fresh browser context (empty cache, as a first visit) and adds up what it fetched
 * until the network is idle, by resource type. Also records layout shift and web fonts.
 */
export async function measurePageWeight(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(() => {
		(window as unknown as { __shift: number }).__shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const recorder = recordResponses(page);
	const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
	await page.waitForLoadState('networkidle');
	recorder.stop();

	const byType = Object.fromEntries(Object.values(TYPES).concat('other').map((type) => [type, emptyBytes()])) as Record<ResourceType, Bytes>;
	const total = emptyBytes();
	for (const item of recorder.responses) {
		await addResponse(byType[TYPES[item.request().resourceType()] ?? 'other'], item);
		await addResponse(total, item);
	}
	const { layoutShift, fonts, blockingFonts } = await page.evaluate(() => {
		const faces = [...document.fonts];
		return {
			layoutShift: (window as unknown as { __shift: number }).__shift,
			fonts: faces.filter((face) => face.status !== 'unloaded').length,
			// 'auto' and 'block' hide text for up to 3 s while the font loads.
			blockingFonts: faces.filter((face) => face.status !== 'unloaded' && (face.display === 'auto' || face.display === 'block')).length,
		};
	});
	await context.close();
	return { path, requests: recorder.responses.length, total, byType, layoutShift, fonts, blockingFonts };
}
