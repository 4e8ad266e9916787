import { isDeepStrictEqual } from 'node:util';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject } from 'vitest';
import { browserAvailable } from '../../scripts/lib/chromium.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { NOTHING_STORED, storedState } from './page-visit.ts';

/**
 * The run's one Chromium (started by tests/helpers/browser-server.ts), for a file that drives the
 * browser itself. `close()` on what it returns closes this file's contexts and pages and leaves the
 * browser running for the other files.
 */
export function connectBrowser(): Promise<Browser> {
	const endpoint = inject('browserWsEndpoint');
	if (!endpoint) throw new Error('no shared Chromium: add tests/helpers/browser-server.ts to this project’s globalSetup');
	return chromium.connect(endpoint);
}

/**
 * Serves the test build (or another built site, e.g. a fixture's) and opens a fresh Chromium page
 * for each test, in the run's shared browser. Returns getters, since the connection is made in
 * beforeAll. Use with `describe.skipIf(!hasBrowser)`.
 *
 * `pagePerTest: false` is for tests that open their pages themselves (in a context with other
 * settings, or one page for a whole file): a page costs Chromium about 0.7 s of CPU more than a
 * navigation does (a renderer process and its compositor), and search-quality's 177 tests each
 * got one they never used. `page()` then throws, so no test can read a page that was not opened.
 *
 * `pagePerTest: 'wiped'` gives each test the page the last test had, wiped and at about:blank
 * (reusedPages, below), instead of a new context and page: about a second of Chromium's CPU less
 * a test. For files whose tests only load pages, read, click and type, and set the viewport or
 * emulate media (both set back): a test must not route requests, add init scripts, use Chrome
 * DevTools on the page, or go back in the history (it holds the earlier tests' pages).
 */
export function useBrowserPage(options: { siteDir?: string; pagePerTest?: boolean | 'wiped' } = {}) {
	const pagePerTest = options.pagePerTest ?? true;
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;
	let wiped: ReturnType<typeof reusedPages> | undefined;
	let page: Page | undefined;
	beforeAll(async () => {
		server = await serveSite(options.siteDir ?? inject('siteDir'));
		browser = await connectBrowser();
		if (pagePerTest === 'wiped') wiped = reusedPages(browser);
	});
	afterAll(async () => {
		await wiped?.close();
		await browser?.close();
		await server?.close();
	});
	beforeEach(async () => {
		if (pagePerTest) page = wiped ? await wiped.take() : await browser.newPage();
	});
	afterEach(async () => {
		const used = page;
		page = undefined;
		if (!used) return;
		if (wiped) await wiped.give(used, { leave: true });
		else await used.close();
	});
	return {
		page: () => {
			if (!pagePerTest) throw new Error('useBrowserPage({ pagePerTest: false }) opens no page: open one with browser()');
			return page!;
		},
		/** The browser itself, for a context with other settings (e.g. JavaScript turned off). */
		browser: () => browser,
		url: (path: string) => `${server.url}${path}`,
	};
}

export const hasBrowser = browserAvailable();

/** Playwright's default viewport, which a context without one of its own has. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Pages for loading many pages one after another, each as if it were the browser's first. A new
 * context and page for a load costs Chromium about a second of CPU more than a load in a page
 * already open (a renderer process and its compositor, and a cold start for the page's scripts and
 * axe): every-page.test.ts took 99 CPU-seconds of Chromium with a context per page, 62 with a
 * page per lane, so a file that visits every page of a site reuses a few.
 * `use(run)` lends a page to one caller at a time, opening one in a context of its own (with
 * `options`) only when every page is lent out; `runLimited` therefore never opens more than its limit.
 *
 * Before a page is lent again, what the last load left is wiped: cookies, web storage and every
 * other store of the origin (Chrome DevTools' Storage.clearDataForOrigin: IndexedDB, Cache Storage,
 * service workers), and the wiping is checked, so a page that stores something is the only one
 * judged for it; the emulated media and the viewport are set back to the context's, and the pointer
 * to the corner. The page stays
 * where it is: a load to the same site then reuses its renderer process, where a stop at
 * about:blank started a new one for every load and cost back a fifth of what reuse saves. So that the
 * last page's doings are not counted as the next one's, watch() has `nextDocument`. A page whose
 * run failed is closed, not lent again.
 *
 * It undoes only what loading and reading a page does: a run must not route requests, add init
 * scripts or grant permissions on the page it is lent.
 */
export function reusedPages(browser: Browser, options: BrowserContextOptions = {}) {
	const idle: Page[] = [];
	const contexts = new Set<BrowserContext>();
	const open = async () => {
		const context = await browser.newContext(options);
		contexts.add(context);
		return context.newPage();
	};
	const discard = async (page: Page) => {
		contexts.delete(page.context());
		await page.context().close();
	};
	const forget = async (page: Page) => {
		const { origin } = new URL(page.url());
		// about:blank, where a page starts, has no origin and stores nothing.
		if (origin !== 'null') {
			await page.evaluate(() => {
				localStorage.clear();
				sessionStorage.clear();
			});
			await page.context().clearCookies();
			const devtools = await page.context().newCDPSession(page);
			try {
				await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
			} finally {
				await devtools.detach();
			}
			const left = await storedState(page);
			if (!isDeepStrictEqual(left, NOTHING_STORED)) throw new Error(`${page.url()} left ${JSON.stringify(left)} that could not be wiped`);
		}
		// Every media feature a run may emulate, back to the context's (Playwright's defaults unless given).
		await page.emulateMedia({
			media: null,
			colorScheme: options.colorScheme ?? 'light',
			reducedMotion: options.reducedMotion ?? 'no-preference',
			forcedColors: options.forcedColors ?? 'none',
		});
		await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
		// Where a fresh page's pointer is, so no element of the next page starts out hovered.
		await page.mouse.move(0, 0);
	};
	const take = async () => idle.pop() ?? (await open());
	/** Wipes the page and makes it the next one lent; `leave` also takes it to about:blank. */
	const give = async (page: Page, { leave = false } = {}) => {
		try {
			await forget(page);
			if (leave) await page.goto('about:blank');
			idle.push(page);
		} catch (error) {
			await discard(page).catch(() => undefined);
			throw error;
		}
	};
	return {
		async use<R>(run: (page: Page) => Promise<R>): Promise<R> {
			const page = await take();
			let result: R;
			try {
				result = await run(page);
			} catch (error) {
				await discard(page).catch(() => undefined);
				throw error;
			}
			await give(page);
			return result;
		},
		take,
		give,
		/** Closes every context opened here. */
		async close() {
			await Promise.all([...contexts].map((context) => context.close()));
			contexts.clear();
			idle.length = 0;
		},
	};
}
