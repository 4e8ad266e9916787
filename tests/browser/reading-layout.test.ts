// A document page as a citizen reads it, on a phone (390x844) and on a desktop (1280x900): the
// title, a line on what the document is and the beginning of the text come first; metadata, notes
// and contents fold away natively; year spans in headings stay whole.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { documentUrl } from '../../src/lib/versions.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { allPages, publishedContent } from '../helpers/site.ts';

const { documents } = publishedContent();
const documentPaths = documents.map((document) => documentUrl(document.period, document.slug));
const pages = allPages(inject('siteDir'));

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Where, from the top of the page, the first line of the document's text ends. */
async function textStart(page: Page): Promise<{ title: number; what: number; text: number }> {
	return page.evaluate(() => {
		const bottom = (element: Element | null) => (element ? element.getBoundingClientRect().top + window.scrollY : Number.NaN);
		const first = document.querySelector('.document__text')!.firstElementChild!;
		// The first line: the element's top plus one line of its text.
		const line = parseFloat(getComputedStyle(first).lineHeight) || 24;
		return { title: bottom(document.querySelector('h1')), what: bottom(document.querySelector('.document__what')), text: bottom(first) + line };
	});
}

describe.skipIf(!hasBrowser)('reading a document in Chromium', () => {
	const session = useBrowserPage();

	test('covers every document page', () => {
		expect(documentPaths.length).toBe(documents.length);
		expect(documentPaths.length).toBeGreaterThan(0);
	});

	test.each(documentPaths)('%s on a 390x844 phone: title, what it is and the text begin within a screen and a half', async (path) => {
		const page = session.page();
		await page.setViewportSize(PHONE);
		await page.goto(session.url(path));
		const at = await textStart(page);
		expect(at.title).toBeLessThan(at.what);
		expect(at.what).toBeLessThan(at.text);
		expect(at.text, `first line of the text ends at ${Math.round(at.text)} px`).toBeLessThanOrEqual(PHONE.height * 1.5);
		// Nothing is wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	});

	test.each(documentPaths)('%s on a 1280x900 desktop: the text begins within the first screen', async (path) => {
		const page = session.page();
		await page.setViewportSize(DESKTOP);
		await page.goto(session.url(path));
		const at = await textStart(page);
		expect(at.text, `first line of the text ends at ${Math.round(at.text)} px`).toBeLessThanOrEqual(DESKTOP.height);
	});

	test.each(documentPaths)('%s opens its metadata, notes and contents without JavaScript', async (path) => {
		const context = await session.browser().newContext({ javaScriptEnabled: false, viewport: PHONE });
		try {
			const page = await context.newPage();
			await page.goto(session.url(path));
			const summaries = page.locator('.document__about > details > summary');
			const count = await summaries.count();
			expect(count).toBeGreaterThan(0);
			for (let index = 0; index < count; index++) {
				const details = page.locator('.document__about > details').nth(index);
				expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
				await summaries.nth(index).click();
				expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
			}
			// Opened, the metadata shows the source.
			expect(await page.locator('.document-meta cite').isVisible()).toBe(true);
		} finally {
			await context.close();
		}
	});

	test.each(documentPaths)('%s folds with the keyboard too', async (path) => {
		const page = session.page();
		await page.goto(session.url(path));
		const summary = page.locator('.document-meta > summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('.document-meta').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
	});

	test.each(pages)('%s keeps every year span in its headings on one line, on a phone and at 320 px', async (path) => {
		const page = session.page();
		for (const width of [PHONE.width, 320]) {
			await page.setViewportSize({ width, height: PHONE.height });
			await page.goto(session.url(path));
			const broken = await page.evaluate(() =>
				[...document.querySelectorAll(':is(h1, h2, h3, h4) .nowrap')]
					// One line box: a span broken across lines has more than one client rect.
					.filter((span) => span.getClientRects().length !== 1)
					.map((span) => span.closest('h1, h2, h3, h4')!.textContent!.trim()),
			);
			expect(broken, `${path} at ${width} px`).toEqual([]);
		}
	});
});
