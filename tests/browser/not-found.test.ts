// A reader who lands on an address that does not exist: told so in Danish, can search, can go home.
// On the fixture site.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

describe.skipIf(!hasBrowser)('the 404 page in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	test('is served with status 404 and says in Danish that the page does not exist', async () => {
		const page = session.page();
		const response = await page.goto(session.url('/2025-2026/findes-ikke/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Siden findes ikke');
		expect(await page.title()).toBe('Siden findes ikke – Nordjysk Socialaftale');
		expect(await page.locator('html').getAttribute('lang')).toBe('da');
	});

	test('its search field finds documents', async () => {
		const page = session.page();
		await page.goto(session.url('/gammel-adresse/'));
		await page.locator('main').getByLabel('Søg i aftalerne').fill('trivsel');
		await page.locator('main').getByLabel('Søg i aftalerne').press('Enter');
		await page.waitForURL(/\/soeg\/\?q=trivsel$/);
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
	});

	test('leads home and to every period', async () => {
		const page = session.page();
		await page.goto(session.url('/findes/ikke/'));
		const periodLinks = page.locator('main').getByRole('link', { name: /^Fiktiv socialaftale \d{4}-\d{4}$/ });
		expect(await periodLinks.count()).toBe(4);
		await page.locator('main').getByRole('link', { name: 'Gå til forsiden' }).click();
		await page.waitForURL(session.url('/'));
		expect(await page.locator('h1').textContent()).toBe('Nordjysk Socialaftale');
	});

	test('has only unique ids, so each search field keeps its own label', async () => {
		const page = session.page();
		await page.goto(session.url('/findes-ikke/'));
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(await page.getByLabel('Søg i aftalerne').count()).toBe(2);
	});
});
