// A site whose SITE_URL has a path (a GitHub Pages project site, https://owner.github.io/<repo>/)
// works under that path: every internal link, asset, feed, sitemap and open-data address, the
// redirects and the 404 page, and a search in Chromium, served only under the path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { connectBrowser, hasBrowser } from '../helpers/browser-session.ts';
import { allPages, linkResolves } from '../helpers/site.ts';
import { TEST_PATH_SITE_URL as SITE, testBuild } from '../helpers/test-builds.ts';

const BASE = '/socialaftale/';
// The three-period fixture built for SITE by the global setup, with npm run build's own script;
// testBuild throws with the build's output if it failed.
const build = await testBuild('three-periods-under-path');
const { out } = build;

const pages = allPages(out);
const html = (page: string) => readFileSync(join(out, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
/** Every address attribute in a page. */
const addresses = (page: string) => [...html(page).matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => match[1]!);

describe('a site built for an address with a path', () => {
	test('builds without a warning', () => {
		expect(build.stderr).toBe('');
	});

	test.each(pages)('%s links only under the path, and every link there resolves', (page) => {
		for (const address of addresses(page).filter((value) => value.startsWith('/'))) {
			expect(address, `${page}: ${address}`).toMatch(new RegExp(`^${BASE}`));
			expect(linkResolves(out, `/${address.slice(BASE.length)}`), `${page}: ${address}`).toBe(true);
		}
	});

	test('canonical and Open Graph addresses, feeds, sitemap, robots.txt and open data use the whole address', () => {
		const absolute = [
			...pages.flatMap((page) => [...html(page).matchAll(/(?:rel="canonical" href|property="og:url" content)="([^"]*)"/g)].map((match) => match[1]!)),
			...[...readFileSync(join(out, 'rss.xml'), 'utf8').matchAll(/<link>([^<]*)<\/link>/g)].map((match) => match[1]!),
			...readdirSync(out).filter((name) => name.startsWith('sitemap')).flatMap((name) => [...readFileSync(join(out, name), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!)),
			/Sitemap: (\S+)/.exec(readFileSync(join(out, 'robots.txt'), 'utf8'))![1]!,
			...(JSON.parse(readFileSync(join(out, 'data/documents.json'), 'utf8')) as { documents: { url: string }[] }).documents.map((document) => document.url),
		];
		expect(absolute.length).toBeGreaterThan(pages.length);
		for (const address of absolute) {
			expect(address).toMatch(new RegExp(`^${SITE}/`));
			expect(linkResolves(out, new URL(address).pathname.slice(BASE.length - 1)), address).toBe(true);
		}
	});

	test('a redirect sends the reader to the new address under the path', () => {
		const redirects = pages.filter((page) => html(page).includes('http-equiv="refresh"'));
		expect(redirects.length).toBeGreaterThan(0);
		for (const page of redirects) {
			const target = /content="\d+;\s*url=([^"]+)"/.exec(html(page))![1]!;
			expect(target).toMatch(new RegExp(`^${BASE}`));
			expect(linkResolves(out, `/${target.slice(BASE.length)}`)).toBe(true);
		}
	});
});

describe.skipIf(!hasBrowser)('reading and searching under the path in Chromium', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;
	beforeAll(async () => {
		server = await serveSite(out, { base: BASE });
		browser = await connectBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('a search finds a document, and its result opens under the path', async () => {
		const page = await browser.newPage();
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await page.goto(`${server.url}${BASE}soeg/?q=alderdom`);
		const result = page.locator('#search-results a').first();
		await result.waitFor();
		expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
		await result.click();
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}\\d{4}-\\d{4}/`));
		expect(await page.locator('h1').count()).toBe(1);
		expect(failed).toEqual([]);
		await page.close();
	});

	test('the 404 page is served for an address under the path that does not exist, and links home', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}${BASE}findes-ikke/`);
		expect(response!.status()).toBe(404);
		const home = page.locator('main a', { hasText: 'forsiden' });
		expect(await home.getAttribute('href')).toBe(BASE);
		expect(existsSync(join(out, '404.html'))).toBe(true);
		await page.close();
	});
});
