// Printing a document as a reader does: the print button, and what the print stylesheet keeps.
import { describe, expect, inject, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { documentUrl } from '../../src/lib/versions.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { allPages, fixtureContent } from '../helpers/site.ts';

// On the fixture site: a document with a journal number.
const DOCUMENT = '/2025-2026/godkendelse-af-aftalen/';

describe.skipIf(!hasBrowser)('printing in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });

	async function openForPrint() {
		const page = session.page();
		await page.goto(session.url(DOCUMENT));
		await page.emulateMedia({ media: 'print' });
		return page;
	}

	test('leaves out navigation, search, the period switcher and the page tools', async () => {
		const page = await openForPrint();
		for (const selector of ['.site-header', '.period-switcher', 'form[role="search"]', '.site-footer', 'nav.breadcrumbs', 'nav.pagination', 'button[data-print-button]', 'a.heading-anchor', 'nav.toc', '.page-provenance__edit']) {
			const elements = page.locator(selector);
			expect(await elements.count(), selector).toBeGreaterThan(0);
			for (const element of await elements.all()) expect(await element.isVisible(), selector).toBe(false);
		}
	});

	test('keeps the title, the metadata with its source, the text and the last change', async () => {
		const page = await openForPrint();
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('.document-meta').isVisible()).toBe(true);
		expect(await page.locator('.document-meta').textContent()).toContain('Journalnr. 2024-000001');
		expect(await page.locator('.document-meta cite').isVisible()).toBe(true);
		expect(await page.locator('.document__text').isVisible()).toBe(true);
		expect(await page.locator('.page-provenance').isVisible()).toBe(true);
	});

	test('prints the address of an absolute link after its text, but not of an in-site link', async () => {
		const page = await openForPrint();
		// The documents link nowhere outside the site today, so the test adds such links to the page.
		const after = await page.evaluate(() => {
			const text = document.querySelector('.document__text')!;
			const external = Object.assign(document.createElement('a'), { href: 'https://example.org/bilag.pdf', textContent: 'bilaget' });
			const internal = Object.assign(document.createElement('a'), { href: '/2025-2026/', textContent: 'perioden' });
			text.append(external, internal);
			return [getComputedStyle(external, '::after').content, getComputedStyle(internal, '::after').content];
		});
		expect(after[0]).toBe('" (https://example.org/bilag.pdf)"');
		expect(after[1]).toBe('none');
		await page.emulateMedia({ media: 'screen' });
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('a[href^="https://example.org"]')!, '::after').content)).toBe('none');
	});

	test('keeps headings with their text and list items, notes and the metadata whole across pages', async () => {
		const page = await openForPrint();
		const styles = await page.evaluate(() => {
			const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
			return {
				heading: style('.document__text h2').breakAfter,
				item: style('.document__text li').breakInside,
				meta: style('.document-meta').breakInside,
				note: style('.redaktionel-note').breakInside,
			};
		});
		expect(styles).toEqual({ heading: 'avoid', item: 'avoid', meta: 'avoid', note: 'avoid' });
	});

	test('prints black on white even when the screen is dark', async () => {
		const page = session.page();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(session.url(DOCUMENT));
		const screen = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const print = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
		expect(screen).not.toBe('rgb(255, 255, 255)');
		expect(print).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
	});

	test('the "Udskriv" button opens the browser’s print dialog', async () => {
		const page = session.page();
		await page.addInitScript(() => {
			const counter = window as unknown as { printCalls: number };
			counter.printCalls = 0;
			window.print = () => {
				counter.printCalls++;
			};
		});
		await page.goto(session.url(DOCUMENT));
		const button = page.getByRole('button', { name: 'Udskriv' });
		expect(await button.isVisible()).toBe(true);
		await button.click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
	});

	test('without JavaScript the button, which could not work, is not shown', async () => {
		const context = await session.browser().newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(session.url(DOCUMENT));
			expect(await page.locator('h1').isVisible()).toBe(true);
			expect(await page.locator('button[data-print-button]').isVisible()).toBe(false);
		} finally {
			await context.close();
		}
	});

	describe('the print header, so a printout can be traced to its source', () => {
		const { documents } = fixtureContent();
		// Any document page and any other page kind: the header is the layout's, not a page's.
		const samples = [documentUrl(documents[0]!.period, documents[0]!.slug), ...allPages(inject('fixtureSiteDir')).filter((path) => !/^\/\d{4}-\d{4}\/[^/]+\/$/.test(path)).slice(0, 2)];
		const today = () => {
			const now = new Date();
			return formatDanishDate(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`)!;
		};

		test.each(samples)('%s prints the site’s name, its address and the day of printing, and shows none of it on screen', async (path) => {
			const page = session.page();
			await page.goto(session.url(path));
			const origin = page.locator('.print-origin');
			expect(await origin.isVisible()).toBe(false);
			await page.emulateMedia({ media: 'print' });
			expect(await origin.isVisible()).toBe(true);
			const text = (await origin.textContent())!.replace(/\s+/g, ' ');
			expect(text).toContain('Nordjysk Socialaftale');
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(text).toContain(canonical!);
			// The bundled print module writes the reader's date; it runs again just before printing.
			expect(text).toContain(`Udskrevet ${today()}`);
		});

		test('without JavaScript says that its date is the build’s, not the day of printing', async () => {
			const context = await session.browser().newContext({ javaScriptEnabled: false });
			try {
				const page = await context.newPage();
				await page.goto(session.url(samples[0]!));
				await page.emulateMedia({ media: 'print' });
				expect(await page.locator('.print-origin [data-print-date]').textContent()).toMatch(/^Sidens indhold er fra sitets udgave bygget \d{1,2}\. \S+ \d{4}$/);
			} finally {
				await context.close();
			}
		});

		test('prints the folded metadata and notes unfolded, and leaves out the contents', async () => {
			const page = session.page();
			await page.goto(session.url(samples[0]!));
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.document-meta dl').isVisible()).toBe(true);
			if (documents[0]!.data.notes.length > 0) expect(await page.locator('.editorial-notes li').first().isVisible()).toBe(true);
			expect(await page.locator('.toc-box').count()).toBeLessThanOrEqual(1);
			for (const box of await page.locator('.toc-box').all()) expect(await box.isVisible()).toBe(false);
		});
	});
});
