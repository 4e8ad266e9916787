import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject } from 'vitest';
import { browserAvailable } from '../../scripts/lib/chromium.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';

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
 */
export function useBrowserPage(options: { siteDir?: string; pagePerTest?: boolean } = {}) {
	const pagePerTest = options.pagePerTest ?? true;
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;
	let page: Page;
	beforeAll(async () => {
		server = await serveSite(options.siteDir ?? inject('siteDir'));
		browser = await connectBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	beforeEach(async () => {
		if (pagePerTest) page = await browser.newPage();
	});
	afterEach(async () => {
		await page?.close();
	});
	return {
		page: () => {
			if (!pagePerTest) throw new Error('useBrowserPage({ pagePerTest: false }) opens no page: open one with browser()');
			return page;
		},
		/** The browser itself, for a context with other settings (e.g. JavaScript turned off). */
		browser: () => browser,
		url: (path: string) => `${server.url}${path}`,
	};
}

export const hasBrowser = browserAvailable();
