// Many results: the search page shows them ten at a time, so a first search fetches only the index
// fragments of the results on screen. Built from a small generated corpus (the benchmark's generator),
// since the real content has fewer than ten documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { readSourceText } from '../../scripts/bench/source-text.ts';
import { hasBrowser } from '../helpers/browser-session.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { serveSite } from '../helpers/static-server.ts';

describe.skipIf(!hasBrowser)('search results in pages of ten', () => {
	const work = mkdtempSync(join(tmpdir(), 'socialaftale-paging-'));
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;

	beforeAll(async () => {
		const content = join(work, 'content');
		generateCorpus({ documents: 24, periods: 2, seed: 7, outDir: content }, readSourceText(join(ROOT, 'content'), ROOT));
		const out = join(work, 'site');
		const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '' },
		});
		expect(build.status, build.stderr).toBe(0);
		server = await serveSite(out);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(work, { recursive: true, force: true });
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
