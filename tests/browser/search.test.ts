// Searching as a reader does: in Danish, from any page, with filters, shareable by URL, by keyboard.
// On the fixture site, so the words searched for and the documents found are the fixture's.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

describe.skipIf(!hasBrowser)('search in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	async function resultTitles() {
		const page = session.page();
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		return page.locator('#search-results h2 a').allTextContents();
	}

	test('a query typed in the header field on the home page finds the vision-day text by an inflected form', async () => {
		const page = session.page();
		await page.goto(session.url('/'));
		await page.getByLabel('Søg i aftalerne').fill('fyrtårn');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/soeg\/\?q=fyrt%C3%A5rn/);
		expect(await resultTitles()).toContain('Output fra den fiktive visionsdag');
		await expect.poll(() => page.locator('#search-results mark').first().textContent()).toMatch(/fyrtårne/i);
	});

	test.each([
		['trivsel', 'Fiktive resultater og planer 2016-2018'],
		['Handicaprådet', 'Referat fra det fiktive råd'],
		['nødspor', 'Godkendelse af den fiktive aftale 2025-2026'],
		['idrætsforeninger', 'Fiktivt skriftligt input om visionen'],
		['demens', 'Output fra den fiktive visionsdag'],
	])('searching "%s" finds "%s"', async (query, title) => {
		const page = session.page();
		await page.goto(session.url(`/soeg/?q=${encodeURIComponent(query)}`));
		expect(await resultTitles()).toContain(title);
	});

	test('the period filter limits results to that period and is kept in the address', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=trivsel'));
		const all = await resultTitles();
		expect(all.length).toBeGreaterThan(1);
		await page.locator('.search-filters summary').click(); // the filters wait behind their button
		await page.getByRole('checkbox', { name: '2016-2018' }).check();
		await page.waitForURL(/periode=2016-2018/);
		await expect.poll(async () => page.locator('#search-results li').count()).toBeLessThan(all.length);
		const metas = await page.locator('.search-results__meta').allTextContents();
		expect(metas.length).toBeGreaterThan(0);
		for (const meta of metas) expect(meta).toMatch(/^2016-2018 ·/);
	});

	test('a shared search address restores the query and the filters', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=alderdom&periode=2025-2026&type=Output+fra+visionsdag'));
		expect(await page.locator('#search-q').inputValue()).toBe('alderdom');
		await expect.poll(() => page.locator('.search-filters summary').textContent()).toBe('Afgræns og sortér (2 valgt)');
		await page.locator('.search-filters summary').click();
		expect(await page.getByRole('checkbox', { name: '2025-2026' }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Output fra visionsdag' }).isChecked()).toBe(true);
		expect(await resultTitles()).toEqual(['Output fra den fiktive visionsdag']);
	});

	test('the result count is announced in a live region', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=psykiatri'));
		await resultTitles();
		const status = page.locator('#search-status');
		expect(await status.getAttribute('role')).toBe('status');
		expect(await status.textContent()).toMatch(/^\d+ resultat(er)? for »psykiatri«$/);
	});

	test('search works by keyboard alone: type, filter with space, open a result with Enter', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/'));
		await page.locator('#search-q').focus();
		await page.keyboard.type('visionsdag');
		await page.keyboard.press('Enter');
		await resultTitles();
		await page.keyboard.press('Tab'); // search button
		await page.keyboard.press('Tab'); // filter button, collapsed
		await page.keyboard.press('Enter'); // opens it
		await page.keyboard.press('Tab'); // first period checkbox
		const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
		expect(focused).toBe('periode');
		await page.keyboard.press('Space');
		await page.waitForURL(/periode=/);
		await resultTitles();
		await page.locator('#search-results a').first().focus();
		await page.keyboard.press('Enter');
		// The result's address carries the words to highlight on the document.
		await page.waitForURL(/\/20\d\d-20\d\d\/[a-z0-9-]+\/\?pagefind-highlight=/);
		expect(await page.locator('h1').textContent()).not.toBe('');
	});

	test('a query with no match says so', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=xylofonorkester'));
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await page.locator('#search-status').textContent()).toBe('0 resultater for »xylofonorkester«. Se forslagene herunder.');
		expect(await page.locator('#search-results li').count()).toBe(0);
	});
});
