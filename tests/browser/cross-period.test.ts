// Comparison marks and glossary marks as a reader meets them in Chromium, on the fixture site.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

describe.skipIf(!hasBrowser)('reading across periods in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	/** The computed text decoration of the first element matching `selector`. */
	const decoration = (selector: string) => session.page().locator(selector).first().evaluate((element) => getComputedStyle(element).textDecorationLine);

	test('removed and added words in a comparison are struck through and underlined, not only coloured', async () => {
		const page = session.page();
		await page.goto(session.url('/sammenlign/2023-2024/2025-2026/'));
		const removed = page.locator('.word-diff del').first();
		const added = page.locator('.word-diff ins').first();
		expect(await removed.isVisible()).toBe(true);
		expect(await added.isVisible()).toBe(true);
		expect(await decoration('.word-diff del')).toContain('line-through');
		expect(await decoration('.word-diff ins')).toContain('underline');
		// With the system's own colours forced (Windows high contrast), the marks still differ.
		await page.emulateMedia({ forcedColors: 'active' });
		expect(await decoration('.word-diff del')).toContain('line-through');
		expect(await decoration('.word-diff ins')).toContain('underline');
	});

	test('a screen reader hears which words were removed and which added, while those labels stay out of sight', async () => {
		const page = session.page();
		await page.goto(session.url('/sammenlign/2023-2024/2025-2026/'));
		expect(await page.locator('.word-diff del').first().textContent()).toMatch(/^\[fjernet: .+\]$/);
		expect(await page.locator('.word-diff ins').first().textContent()).toMatch(/^\[tilføjet: .+\]$/);
		const hidden = page.locator('.word-diff del .visually-hidden').first();
		const box = await hidden.boundingBox();
		expect(box!.width * box!.height).toBeLessThanOrEqual(1);
	});

	test('an abbreviation in a document carries its expansion and leads to its glossary entry', async () => {
		const page = session.page();
		await page.goto(session.url('/2025-2026/output-fra-visionsdagen/'));
		const mark = page.locator('.document__text a.glossary-term', { has: page.locator('abbr', { hasText: 'KKR' }) });
		expect(await mark.count()).toBe(1);
		expect(await mark.locator('abbr').getAttribute('title')).toBe('Kommunekontaktråd');
		await mark.click();
		await page.waitForURL(/\/ordliste\/#kkr$/);
		const entry = page.locator('dt#kkr');
		expect(await entry.evaluate((element) => element.matches(':target'))).toBe(true);
		expect(await entry.isVisible()).toBe(true);
		const top = await entry.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
	});

	test('a glossary link in a document is reachable and followed by keyboard', async () => {
		const page = session.page();
		await page.goto(session.url('/2025-2026/godkendelse-af-aftalen/'));
		const mark = page.locator('.document__text a.glossary-term[href="/ordliste/#noedspor"]');
		expect(await mark.textContent()).toBe('nødspor');
		await mark.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/ordliste\/#noedspor$/);
		expect(await page.locator('dt#noedspor').textContent()).toContain('nødspor');
	});

	test('the new pages fit a phone-wide screen without scrolling sideways', async () => {
		const page = session.page();
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/2025-2026/tidslinje/', '/sammenlign/2023-2024/2025-2026/', '/temaer/', '/temaer/den-trygge-alderdom/', '/ordliste/', '/sammenlign/']) {
			await page.goto(session.url(path));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});

	test('the timeline is drawn as a line of markers, and is still an ordered list', async () => {
		const page = session.page();
		await page.goto(session.url('/2025-2026/tidslinje/'));
		const list = page.getByRole('list').filter({ has: page.locator('time') }).first();
		expect(await list.evaluate((element) => element.tagName)).toBe('OL');
		expect(await page.locator('ol.timeline > li').count()).toBe(5);
		const marker = await page.locator('ol.timeline > li').first().evaluate((element) => {
			const style = getComputedStyle(element, '::before');
			return { content: style.content, width: style.width };
		});
		expect(marker.content).not.toBe('none');
		expect(parseFloat(marker.width)).toBeGreaterThan(0);
	});
});
