// Moving between periods and pages as a reader does, on the fixture site.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

describe.skipIf(!hasBrowser)('navigation in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	test('the period switcher takes a reader from an older period to the newest one', async () => {
		const page = session.page();
		await page.goto(session.url('/2016-2018/resultater-og-planer/'));
		await expect.poll(() => page.getByRole('note', { name: 'Ældre aftaleperiode' }).isVisible()).toBe(true);
		await page.getByRole('navigation', { name: 'Aftaleperioder' }).getByRole('link', { name: '2027-2028' }).click();
		await page.waitForURL(/\/2027-2028\/$/);
		expect(await page.locator('h1').textContent()).toBe('Fiktiv socialaftale 2027-2028');
		expect(await page.getByRole('note', { name: 'Ældre aftaleperiode' }).count()).toBe(0);
		await page.getByRole('navigation', { name: 'Aftaleperioder' }).getByRole('link', { name: '2016-2018' }).click();
		await page.waitForURL(/\/2016-2018\/$/);
		expect(await page.getByRole('note', { name: 'Ældre aftaleperiode' }).isVisible()).toBe(true);
	});

	test('the first Tab reaches the skip link, and it moves focus to the content', async () => {
		const page = session.page();
		await page.goto(session.url('/2025-2026/'));
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Spring til indhold' });
		expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await skip.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
	});

	test('a document with sections has a folded table of contents that opens and jumps to its section', async () => {
		const page = session.page();
		await page.goto(session.url('/2025-2026/godkendelse-af-aftalen/'));
		// Folded so the text comes first; its summary says how many sections there are.
		await page.locator('summary', { hasText: /^Indhold: \d+ afsnit$/ }).click();
		const toc = page.getByRole('navigation', { name: 'Indhold' });
		const firstEntry = toc.getByRole('link').nth(1);
		const target = (await firstEntry.getAttribute('href'))!;
		await firstEntry.click();
		await page.waitForURL(new RegExp(`${target}$`));
		expect(await page.locator(target).isVisible()).toBe(true);
	});
});
