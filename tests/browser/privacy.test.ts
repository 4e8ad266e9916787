// Security and privacy as a reader's browser sees it: the site talks to no one but itself, sets no
// cookie, stores nothing, and runs under its Content-Security-Policy without a single violation.
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { allPages } from '../helpers/site.ts';

const pages = allPages(inject('siteDir'));

/** Records every request the page makes and everything it reports on the console. */
function watch(page: Page) {
	const requests: string[] = [];
	const problems: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message: ConsoleMessage) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	return { requests, problems };
}

/** What the page keeps about the reader: cookies and web storage. */
async function storedState(page: Page) {
	return {
		cookies: await page.context().cookies(),
		documentCookie: await page.evaluate(() => document.cookie),
		localStorage: await page.evaluate(() => localStorage.length),
		sessionStorage: await page.evaluate(() => sessionStorage.length),
	};
}

const NOTHING_STORED = { cookies: [], documentCookie: '', localStorage: 0, sessionStorage: 0 };

describe.skipIf(!hasBrowser)('privacy and the Content-Security-Policy in Chromium', () => {
	const session = useBrowserPage();
	const origin = () => new URL(session.url('/')).origin;

	test.each(pages)('%s requests nothing from another site, stores nothing and breaks no policy', async (path) => {
		const page = session.page();
		const { requests, problems } = watch(page);
		await page.goto(session.url(path), { waitUntil: 'networkidle' });
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => new URL(url).origin !== origin())).toEqual([]);
		// A 404 page is loaded with status 404, which Chromium reports on the console; nothing else may be.
		expect(problems.filter((problem) => !(path === '/404.html' && /status of 404/.test(problem)))).toEqual([]);
		expect(await storedState(page)).toEqual(NOTHING_STORED);
	});

	test('the policy is enforced: an inline script does not run and is reported', async () => {
		const page = session.page();
		const { problems } = watch(page);
		await page.goto(session.url('/'));
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.inlineRan = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
		expect(problems.some((problem) => /Content Security Policy/.test(problem))).toBe(true);
	});

	test('every response carries the security headers from _headers', async () => {
		const page = session.page();
		const response = (await page.goto(session.url('/')))!;
		const headers = response.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['permissions-policy']).toContain('camera=()');
	});
});

// A search needs words the content is known to hold: it runs on the fixture site.
describe.skipIf(!hasBrowser)('privacy during a search in Chromium (fixture site)', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });
	const origin = () => new URL(session.url('/')).origin;

	test('a search, with a filter and a result opened, stays on the site and breaks no policy', async () => {
		const page = session.page();
		const { requests, problems } = watch(page);
		await page.goto(session.url('/'));
		await page.getByLabel('Søg i aftalerne').fill('trivsel');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => /\d+ resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		await page.getByRole('checkbox', { name: '2016-2018' }).check();
		await page.waitForURL(/periode=2016-2018/);
		await page.waitForFunction(() => /\d+ resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		await page.locator('#search-results a').first().click();
		// The result's address carries the query words for the highlighting on the document page.
		await page.waitForURL(/\/2016-2018\/[a-z0-9-]+\/(\?[^#]*)?(#.*)?$/);
		// The search really used Pagefind's index and WebAssembly, under the policy.
		expect(requests.some((url) => /\/pagefind\/.*wasm/.test(url))).toBe(true);
		expect(requests.filter((url) => new URL(url).origin !== origin())).toEqual([]);
		expect(problems).toEqual([]);
		expect(await storedState(page)).toEqual(NOTHING_STORED);
	});
});
