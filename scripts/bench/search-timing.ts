import type { Browser, Page } from 'playwright-core';
import { addResponse, emptyBytes, recordResponses, type Bytes } from './page-weight.ts';

/**
 * The fixed Danish queries the search benchmark runs: single words, inflected forms, a phrase and
 * names, all words of the real sources, so each finds documents in the generated corpus.
 */
export const SEARCH_QUERIES = [
	'egenmestring',
	'socialpsykiatri',
	'den gode alderdom',
	'demens',
	'handicaprådet',
	'fokusområderne',
	'tilbudsviften',
	'udviklingshæmning',
	'kompetenceudvikling',
	'Region Nordjylland',
] as const;

/** The goal the search page is held to: the first results on screen within this long after Enter. */
export const FIRST_RESULTS_TARGET_MS = 300;

/** How long a reader takes per keystroke: a fast typist (an average one is slower, about 300 ms). */
export const KEYSTROKE_MS = 100;

/** One query, timed from pressing Enter to the first result on screen. */
export interface SearchTiming {
	query: string;
	/**
	 * First query on a freshly loaded search page with an empty cache, pasted into the field and sent
	 * at once: Pagefind, its WebAssembly and its index all load after Enter. The worst case.
	 */
	coldMs: number;
	/** Everything that first query fetched: exactly what one search costs a first-time reader. */
	coldBytes: Bytes;
	/**
	 * The same, but typed at KEYSTROKE_MS per key, as a reader does: Pagefind loads while they type
	 * (it starts when the field gets focus). Bytes are not counted here: if a keystroke waits longer than
	 * the page's 250 ms pause, the page searches the word so far, which a pasted query never does.
	 */
	typedMs: number;
	/** The same query sent again on that page: everything it needs is loaded. */
	warmMs: number;
	warmBytes: Bytes;
	/** Opening /soeg/?q=<query> (what the search field in every page's header does): navigation start to first result. */
	fromAddressMs: number;
	/** Results found in all, and results shown (one page of ten). */
	found: number;
	shown: number;
	/** "Vis flere" on the warm page: click to the next page of results on screen; absent when one page holds them all. */
	moreMs?: number;
}

/**
 * Clicks the field, enters the query (typed key by key, or pasted in one go) and presses Enter; returns
 * ms from Enter to the first result on screen, measured in the page.
 */
async function sendQuery(page: Page, query: string, typed: boolean): Promise<{ ms: number; shown: number }> {
	await page.evaluate(() => {
		const list = document.querySelector('#search-results')!;
		list.replaceChildren();
		const timing = { enter: 0, first: 0, shown: 0 };
		(window as unknown as { __timing: typeof timing }).__timing = timing;
		window.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !timing.enter) timing.enter = performance.now();
		}, { capture: true });
		const observer = new MutationObserver(() => {
			if (timing.enter && list.children.length) {
				timing.first = performance.now();
				timing.shown = list.children.length;
				observer.disconnect();
			}
		});
		observer.observe(list, { childList: true });
	});
	await page.click('#search-q');
	if (typed) {
		await page.keyboard.press('Control+A');
		await page.keyboard.type(query, { delay: KEYSTROKE_MS });
	} else {
		await page.fill('#search-q', query);
	}
	await page.keyboard.press('Enter');
	const handle = await page.waitForFunction(() => {
		const timing = (window as unknown as { __timing: { enter: number; first: number; shown: number } }).__timing;
		return timing.first ? { ms: timing.first - timing.enter, shown: timing.shown } : false;
	}, undefined, { timeout: 30_000 });
	return (await handle.jsonValue()) as { ms: number; shown: number };
}

/** Clicks "Vis flere" and returns ms from the click to the next results on screen, measured in the page. */
async function showMore(page: Page): Promise<number> {
	await page.evaluate(() => {
		const list = document.querySelector('#search-results')!;
		const timing = { click: 0, more: 0, before: list.children.length };
		(window as unknown as { __more: typeof timing }).__more = timing;
		document.querySelector('#search-more')!.addEventListener('click', () => (timing.click = performance.now()), { capture: true, once: true });
		const observer = new MutationObserver(() => {
			if (timing.click && list.children.length > timing.before) {
				timing.more = performance.now();
				observer.disconnect();
			}
		});
		observer.observe(list, { childList: true });
	});
	await page.click('#search-more');
	const handle = await page.waitForFunction(() => {
		const timing = (window as unknown as { __more: { click: number; more: number } }).__more;
		return timing.more ? timing.more - timing.click : false;
	}, undefined, { timeout: 30_000 });
	return (await handle.jsonValue()) as number;
}

/** Opens /soeg/?q=<query> in a fresh context and returns ms from navigation start to the first result. */
async function openSearchAddress(browser: Browser, baseUrl: string, query: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${baseUrl}/soeg/?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('#search-results li', { timeout: 30_000 });
	// performance.now() counts from the navigation's start.
	const ms = await page.evaluate(() => performance.now());
	await context.close();
	return ms;
}

/** Times every query cold (pasted, new browser context), typed (another new context), warm and from the address. */
export async function measureSearch(browser: Browser, baseUrl: string, queries: readonly string[] = SEARCH_QUERIES): Promise<SearchTiming[]> {
	const timings: SearchTiming[] = [];
	for (const query of queries) {
		const openPage = async () => {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${baseUrl}/soeg/`, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			return { context, page };
		};
		const measure = async (page: Page, typed: boolean) => {
			const recorder = recordResponses(page);
			const { ms, shown } = await sendQuery(page, query, typed);
			await page.waitForLoadState('networkidle');
			recorder.stop();
			const bytes = emptyBytes();
			for (const response of recorder.responses) await addResponse(bytes, response);
			return { ms, shown, bytes };
		};

		const first = await openPage();
		const cold = await measure(first.page, false);
		await first.page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		const found = Number(/\d+/.exec((await first.page.textContent('#search-status')) ?? '')?.[0] ?? 0);
		const warm = await measure(first.page, false);
		const moreMs = found > warm.shown ? await showMore(first.page) : undefined;
		await first.context.close();
		const second = await openPage();
		const typed = await measure(second.page, true);
		await second.context.close();
		const fromAddressMs = await openSearchAddress(browser, baseUrl, query);
		timings.push({ query, coldMs: cold.ms, coldBytes: cold.bytes, typedMs: typed.ms, warmMs: warm.ms, warmBytes: warm.bytes, fromAddressMs, found, shown: cold.shown, ...(moreMs === undefined ? {} : { moreMs }) });
	}
	return timings;
}
