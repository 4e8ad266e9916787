// When things fail: the search index cannot be loaded, or JavaScript is off. The reader is told
// what happened, in Danish, and every page can still be read.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ui } from '../../src/ui/strings.ts';
import { hasBrowser, reusedPages, useBrowserPage } from '../helpers/browser-session.ts';
import { readerPages } from '../helpers/site.ts';

const pages = readerPages(inject('fixtureSiteDir'));

/**
 * The text a reader sees in the page's main content. Buttons are left out: a control that needs
 * JavaScript (the print button) is rightly hidden without it, and is not part of what is read.
 */
async function mainText(page: Page): Promise<string> {
	await page.locator('main button').evaluateAll((buttons) => buttons.forEach((button) => button.remove()));
	return page.locator('main').innerText();
}

describe.skipIf(!hasBrowser)('search when its index cannot be loaded', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });

	test('says so in Danish instead of showing nothing', async () => {
		const page = session.page();
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto(session.url('/soeg/?q=trivsel'));
		await expect.poll(() => page.locator('#search-status').textContent()).toBe(ui.search.failed);
		expect(await page.locator('#search-results li').count()).toBe(0);
		expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
	});
});

describe.skipIf(!hasBrowser)('with JavaScript turned off', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: false });

	// One page without JavaScript for every test here, each page loaded in turn: a page costs
	// Chromium about 0.7 s of CPU more than a navigation, and without scripts a page keeps nothing
	// that the next load could find (it runs no code and stores nothing). The pages with JavaScript
	// they are read against are loaded in one page too, wiped between loads (reusedPages), for the
	// same reason.
	let noScriptContext: BrowserContext;
	let noScript: Page;
	let withScript: ReturnType<typeof reusedPages>;
	beforeAll(async () => {
		noScriptContext = await session.browser().newContext({ javaScriptEnabled: false });
		noScript = await noScriptContext.newPage();
		withScript = reusedPages(session.browser());
	});
	afterAll(async () => {
		await withScript?.close();
		await noScriptContext?.close();
	});

	test.each(pages.filter((path) => path !== '/soeg/'))('%s reads exactly as with JavaScript', async (path) => {
		const withScriptText = await withScript.use(async (page) => {
			await page.goto(session.url(path));
			return mainText(page);
		});
		await noScript.goto(session.url(path));
		expect(await mainText(noScript)).toBe(withScriptText);
		expect(await noScript.locator('h1').isVisible()).toBe(true);
	});

	test('the search page explains that search needs JavaScript, and its form still leads somewhere', async () => {
		await noScript.goto(session.url('/soeg/'));
		// Playwright's text locators skip <noscript>, so the notice is found by its id.
		const notice = noScript.locator('#search-needs-script');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.innerText()).toBe(ui.search.noScript);
		// The page's own form (the header's is left off the search page) is a plain GET form:
		// submitting it reaches the search page with the query kept.
		await noScript.getByLabel('Søgeord', { exact: true }).fill('trivsel');
		await noScript.keyboard.press('Enter');
		await noScript.waitForURL(/\/soeg\/\?q=trivsel/);
		expect(await noScript.locator('#search-needs-script').innerText()).toBe(ui.search.noScript);
	});
});
