// A site with more documents than the real content has: built once from a small generated corpus (the
// benchmark's generator). Search shows results ten at a time, so a first search fetches only the index
// fragments of the results on screen; the glossary lists ten documents per term, so it does not grow
// with the archive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { readSourceText } from '../../scripts/bench/source-text.ts';
import { hasBrowser } from '../helpers/browser-session.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { serveSite } from '../helpers/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-many-'));
const out = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
	const content = join(work, 'content');
	generateCorpus({ documents: 24, periods: 2, seed: 7, outDir: content }, readSourceText(join(ROOT, 'content'), ROOT));
	const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '' },
	});
	expect(build.status, build.stderr).toBe(0);
});

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

describe.skipIf(!hasBrowser)('search results in pages of ten', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;

	beforeAll(async () => {
		server = await serveSite(out);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('shows the first ten, and "Vis flere resultater" shows the next ten and moves focus to the first of them', async () => {
		const page = await browser.newPage();
		// Every generated document has the site's name in its text or title.
		await page.goto(`${server.url}/soeg/?q=nordjysk`);
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		const found = Number(/^(\d+) resultater/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
		expect(found).toBeGreaterThan(10);
		expect(await page.locator('#search-results li').count()).toBe(10);

		const more = page.getByRole('button', { name: 'Vis flere resultater' });
		await more.click();
		await expect.poll(() => page.locator('#search-results li').count()).toBe(Math.min(found, 20));
		expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10])).toBe(true);
		expect(await more.isVisible()).toBe(found > 20);
		await page.close();
	});

	test('a new search starts again at the first ten', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}/soeg/?q=nordjysk`);
		await page.getByRole('button', { name: 'Vis flere resultater' }).click();
		await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(10);
		await page.locator('#search-q').fill('socialaftale');
		await page.keyboard.press('Enter');
		await page.waitForURL(/q=socialaftale/);
		await expect.poll(() => page.locator('#search-results li').count()).toBeLessThanOrEqual(10);
		await page.close();
	});
});
