// The tools around a document and the page's look, as a reader meets them in Chromium: anchors,
// breadcrumbs, previous/next, colour scheme, reduced motion, narrow screens, and a search page
// that does not jump when its results arrive.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

// On the fixture site: a document with sections, in a period with several documents.
const DOCUMENT = '/2025-2026/godkendelse-af-aftalen/';

describe.skipIf(!hasBrowser)('document tools in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });

	test('a heading’s link appears on hover and on keyboard focus, and leads to the section', async () => {
		const page = session.page();
		await page.goto(session.url(DOCUMENT));
		const anchor = page.getByRole('link', { name: 'Link til afsnittet »Sagsfremstilling«' });
		const opacity = () => anchor.evaluate((element) => getComputedStyle(element).opacity);
		await expect.poll(opacity).toBe('0');
		await page.locator('h2#sagsfremstilling').hover();
		await expect.poll(opacity).toBe('1');
		await page.mouse.move(0, 0);
		await expect.poll(opacity).toBe('0');
		await anchor.focus();
		// Focus by keyboard (Tab) is what :focus-visible answers to; focus() from a script counts too.
		await expect.poll(opacity).toBe('1');
		await anchor.press('Enter');
		await page.waitForURL(/#sagsfremstilling$/);
		expect(await page.locator('h2#sagsfremstilling').isVisible()).toBe(true);
	});

	test('the breadcrumbs lead back to the period, and previous/next move through it', async () => {
		const page = session.page();
		await page.goto(session.url(DOCUMENT));
		const next = page.getByRole('navigation', { name: 'Andre dokumenter i perioden' }).getByRole('link', { name: /Næste dokument/ });
		const nextHref = (await next.getAttribute('href'))!;
		await next.click();
		await page.waitForURL(session.url(nextHref));
		await page.getByRole('navigation', { name: 'Andre dokumenter i perioden' }).getByRole('link', { name: /Forrige dokument/ }).click();
		await page.waitForURL(session.url(DOCUMENT));
		const breadcrumbs = page.getByRole('navigation', { name: 'Brødkrummesti' });
		expect(await breadcrumbs.locator('[aria-current="page"]').textContent()).toBe(await page.locator('h1').textContent());
		await breadcrumbs.getByRole('link', { name: 'Aftaleperioden 2025-2026', exact: true }).click();
		await page.waitForURL(session.url('/2025-2026/'));
	});

	test('follows the reader’s dark colour scheme, and light by default', async () => {
		const page = session.page();
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(session.url(DOCUMENT));
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await background()).toBe('rgb(18, 20, 23)');
		// The page's own tools follow too: the previous/next box borders use the scheme's colours.
		expect(await page.locator('.pagination__link').first().evaluate((element) => getComputedStyle(element).borderColor)).toBe('rgb(91, 99, 106)');
	});

	test('moves nothing for a reader who asks for reduced motion', async () => {
		const page = session.page();
		await page.goto(session.url(DOCUMENT));
		const transition = () => page.locator('a.heading-anchor').first().evaluate((element) => getComputedStyle(element).transitionDuration);
		expect(await transition()).toBe('0.15s');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await transition()).toBe('0s');
	});

	test.each([320, 1600])('at %i px wide the new pages have no sideways scrolling', async (width) => {
		const page = session.page();
		await page.setViewportSize({ width, height: 800 });
		// The 2016-2018 document has a heading with a long compound word, which must break.
		for (const path of [DOCUMENT, '/2016-2018/resultater-og-planer/', '/om-data/', '/findes-ikke/']) {
			await page.goto(session.url(path));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});

	test.each([
		[1280, 720],
		[320, 640],
		[1280, 2400],
	])('the search page at %i × %i px does not shift when its results arrive', async (width, height) => {
		const page = session.page();
		await page.setViewportSize({ width, height });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { shifts: number[] }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(session.url('/soeg/?q=trivsel'));
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		// Let the browser draw the results and report any shift they caused.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
	});
});
