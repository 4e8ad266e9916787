// Security and privacy as a reader's browser sees it: the site talks to no one but itself, sets no
// cookie, stores nothing, and runs under its Content-Security-Policy without a single violation.
// That every page of the real site does so as it loads is checked in its one visit
// (tests/browser/every-page.test.ts); here, that the policy is enforced, the headers, and a search.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { NOTHING_STORED, storedState, watch } from '../helpers/page-visit.ts';

describe.skipIf(!hasBrowser)('privacy and the Content-Security-Policy in Chromium', () => {
	const session = useBrowserPage();

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
		await page.locator('.search-filters summary').click(); // the filters wait behind their button
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
