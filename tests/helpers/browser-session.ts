import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject } from 'vitest';
import { browserAvailable, launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';

/**
 * Serves the test build (or another built site, e.g. a fixture's) and opens a fresh Chromium page
 * for each test. Returns getters, since the browser starts in beforeAll. Use with
 * `describe.skipIf(!hasBrowser)`.
 */
export function useBrowserPage(options: { siteDir?: string } = {}) {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;
	let page: Page;
	beforeAll(async () => {
		server = await serveSite(options.siteDir ?? inject('siteDir'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	beforeEach(async () => {
		page = await browser.newPage();
	});
	afterEach(async () => {
		await page?.close();
	});
	return {
		page: () => page,
		/** The browser itself, for a context with other settings (e.g. JavaScript turned off). */
		browser: () => browser,
		url: (path: string) => `${server.url}${path}`,
	};
}

export const hasBrowser = browserAvailable();
