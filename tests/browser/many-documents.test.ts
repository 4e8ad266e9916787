// A site with more documents than the real content has: built once from a small generated corpus (the
// benchmark's generator; the build 'many-documents' of tests/helpers/test-builds.ts). The glossary
// lists ten documents per term, so it does not grow with the archive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { testBuild } from '../helpers/test-builds.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

const { out } = await testBuild('many-documents');

describe('the glossary with many documents', () => {
	test('lists at most ten documents per term, then says how many more and links to a search for the term', () => {
		const $ = load(readFileSync(join(out, 'ordliste/index.html'), 'utf8'));
		const usedIn = $('.glossary__more').filter((_, p) => $(p).text().startsWith('Bruges i:'));
		expect(usedIn.length).toBeGreaterThan(0);
		for (const p of usedIn.toArray()) expect($(p).find('a[href^="/20"]').length).toBeLessThanOrEqual(10);
		const capped = usedIn.filter((_, p) => /og \d+ andre? dokument/.test($(p).text()));
		expect(capped.length).toBeGreaterThan(0);
		const link = $(capped[0]).find('a[href^="/soeg/?q="]');
		const term = new URL(link.attr('href')!, 'http://localhost').searchParams.get('q')!;
		expect(link.text()).toBe(`søg efter »${term}«`);
		expect($(capped[0]).closest('dd').prev('dt').text()).toContain(term);
	});
});

describe.skipIf(!hasBrowser)('search results ten at a time', () => {
	const session = useBrowserPage({ siteDir: out });

	test('"Vis flere" adds the next ten, moves focus to the first of them and says how many are shown', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=borgere'));
		await page.waitForFunction(() => /^\d+ resultater for/.test(document.querySelector('#search-status')?.textContent ?? ''));
		const total = Number(/^(\d+)/.exec((await page.locator('#search-status').textContent())!)![1]);
		expect(total).toBeGreaterThan(10);
		const items = page.locator('#search-results > li');
		expect(await items.count()).toBe(10);
		const more = page.getByRole('button', { name: 'Vis flere' });
		await more.click();
		const shown = Math.min(20, total);
		await expect.poll(() => items.count()).toBe(shown);
		expect(await page.locator('#search-status').textContent()).toBe(`Viser ${shown} af ${total} resultater for »borgere«`);
		const focusedIndex = await page.evaluate(() => {
			const item = document.activeElement?.closest('#search-results > li');
			return item ? [...item.parentElement!.children].indexOf(item) : -1;
		});
		expect(focusedIndex).toBe(10);
		// Every result once, in one list.
		const titles = await page.locator('#search-results > li > h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		expect(new Set(titles).size).toBe(shown);
		expect(await more.isHidden()).toBe(shown >= total);
	});
});
