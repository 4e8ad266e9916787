// Where a search starts and where it leads: limited to the period the reader is in, in date order
// when asked, and onto the document with the matched words marked. On the fixture site.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

describe.skipIf(!hasBrowser)('search scope, order and highlighting in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	async function statusSays(pattern: RegExp) {
		await session.page().waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), pattern.source);
	}

	test('from a period’s page the search starts limited to that period, and one click widens it to all', async () => {
		const page = session.page();
		await page.goto(session.url('/2016-2018/resultater-og-planer/'));
		const scope = page.getByRole('checkbox', { name: 'Søg kun i 2016-2018' });
		expect(await scope.isChecked()).toBe(true);
		await page.getByLabel('Søg i aftalerne').fill('trivsel');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/soeg\/\?q=trivsel&periode=2016-2018/);
		await statusSays(/^1 resultat for/);
		expect(await page.locator('#search-scope').textContent()).toContain('Søgningen er afgrænset til perioden 2016-2018.');
		await page.getByRole('button', { name: 'Søg i alle perioder' }).click();
		await page.waitForURL((url) => url.search === '?q=trivsel');
		await statusSays(/^5 resultater for/);
		expect(await page.locator('#search-scope').isHidden()).toBe(true);
		const periods = await page.locator('.search-results__meta').allTextContents();
		expect(new Set(periods.map((meta) => meta.split(' · ')[0]))).toEqual(new Set(['2016-2018', '2023-2024', '2025-2026']));
	});

	test('the period limit is a choice: unticked, the search covers all periods', async () => {
		const page = session.page();
		await page.goto(session.url('/2016-2018/'));
		await page.getByRole('checkbox', { name: 'Søg kun i 2016-2018' }).uncheck();
		await page.getByLabel('Søg i aftalerne').fill('trivsel');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.search === '?q=trivsel');
		await statusSays(/^5 resultater for/);
	});

	test('from the home page the search covers all periods', async () => {
		const page = session.page();
		await page.goto(session.url('/'));
		expect(await page.locator('.site-search input[type="checkbox"]').count()).toBe(0);
	});

	test('each result shows its period and kind', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=trivsel'));
		await statusSays(/resultat/);
		const metas = await page.locator('.search-results__meta').allTextContents();
		expect(metas).toContain('2025-2026 · Godkendelsessag · 26. november 2024');
		expect(metas).toContain('2016-2018 · Resultater og initiativer · dato ikke angivet');
	});

	test.each([
		['aeldste', 'Dato, ældste først', ['29. november 2022', '26. november 2024', 'december 2024', 'dato ikke angivet', 'dato ikke angivet']],
		['nyeste', 'Dato, nyeste først', ['december 2024', '26. november 2024', '29. november 2022', 'dato ikke angivet', 'dato ikke angivet']],
	])('results can be sorted by date (%s), undated documents last', async (order, label, dates) => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=trivsel'));
		await statusSays(/^5 resultater/);
		// The order waits with the filters behind their button.
		await page.locator('.search-filters summary').click();
		await page.getByLabel('Sortér').selectOption({ label });
		await page.waitForURL(new RegExp(`sortering=${order}`));
		await expect.poll(async () => (await page.locator('.search-results__meta').allTextContents()).map((meta) => meta.split(' · ')[2])).toEqual(dates);
	});

	test('opening a result marks the matched words on the document, parts of compounds included', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=aftale&periode=2016-2018'));
		await statusSays(/^1 resultat/);
		await page.locator('#search-results > li > h2 a').click();
		await page.waitForURL(/\/2016-2018\/resultater-og-planer\/\?pagefind-highlight=/);
		await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
		const marked = await page.locator('mark.search-highlight').allTextContents();
		expect(marked.every((text) => /aftale/i.test(text))).toBe(true);
		// Metadata the search did not match is left unmarked.
		expect(await page.locator('[data-pagefind-ignore] mark').count()).toBe(0);
	});

	test('opening a section of a result goes to that section, with the words marked', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=nødspor'));
		await statusSays(/^1 resultat/);
		const section = page.locator('.search-results__sections a').first();
		const name = await section.textContent();
		await section.click();
		await page.waitForURL(/\?pagefind-highlight=n%C3%B8dspor#/);
		const heading = page.locator(`h2[id], h3[id], h4[id]`, { hasText: name! }).first();
		await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeLessThan(50);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		await expect.poll(() => page.locator('mark.search-highlight').first().textContent()).toMatch(/^nødspor$/i);
	});
});
