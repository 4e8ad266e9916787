// Being found and followed: canonical addresses, Open Graph, RSS feeds and the sitemap, all at the
// configured public address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';
import { isAdminUrl, isSourceTextUrl } from '../../src/lib/routes.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { TEST_SITE_URL } from '../helpers/build-site.ts';
import { allPages, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const { documents, periods } = publishedContent();
const absolute = (path: string) => `${TEST_SITE_URL}${path}`;
/** Pages asked not to be indexed (the 404 page, the source-text pages, the CMS): no canonical address, not in the sitemap. */
const notIndexed = (path: string) => path === '/404.html' || isSourceTextUrl(path) || isAdminUrl(path);
// Elements that may occur once or many times are always read as lists.
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });

/**
 * Reads a built XML file. saxes, a strict parser, first checks that it is well-formed with every
 * namespace prefix declared (it throws, naming the file and position, if not), since fast-xml-parser
 * reads leniently; fast-xml-parser then gives the content as objects.
 */
function readXml(path: string) {
	const xml = readFileSync(join(siteDir, path), 'utf8');
	new SaxesParser({ xmlns: true, fileName: path }).write(xml).close();
	return parser.parse(xml);
}

interface FeedItem {
	title: string;
	link: string;
	guid: { '#text': string };
	description: string;
	pubDate?: string;
	category: string[];
}

/**
 * Checks that a feed lists exactly the given documents, newest first with unknown dates last. Between
 * documents of the same date (or both unknown) any order is right.
 */
function expectNewestFirst(links: string[], period?: string) {
	const own = documents.filter((document) => period === undefined || document.period === period);
	const dateOf = new Map(own.map((document) => [absolute(documentUrl(document.period, document.slug)), document.data.date]));
	expect([...links].sort()).toEqual([...dateOf.keys()].sort());
	// Descending text order of the dates is newest first; an unknown date as '' comes after all.
	const keys = links.map((link) => (dateOf.get(link) === 'ukendt' ? '' : dateOf.get(link)!));
	expect(keys).toEqual([...keys].sort().reverse());
}

describe('head of every page', () => {
	test.each(allPages(siteDir).filter((path) => !notIndexed(path)))('%s has its canonical address, Open Graph and the feed', (path) => {
		const $ = readPage(siteDir, path);
		expect($('link[rel="canonical"]').attr('href')).toBe(absolute(path));
		expect($('meta[property="og:url"]').attr('content')).toBe(absolute(path));
		// The page's own title, without the site name that <title> adds (og:site_name carries that).
		expect($('meta[property="og:title"]').attr('content')).toBe($('title').text().replace(/ – Nordjysk Socialaftale$/, ''));
		expect($('meta[property="og:description"]').attr('content')).toBe($('meta[name="description"]').attr('content'));
		expect($('meta[name="description"]').attr('content')!.length).toBeGreaterThan(20);
		expect($('meta[property="og:locale"]').attr('content')).toBe('da_DK');
		expect($('meta[property="og:site_name"]').attr('content')).toBe('Nordjysk Socialaftale');
		expect($('link[rel="alternate"][type="application/rss+xml"]').first().attr('href')).toBe(absolute('/rss.xml'));
		expect($('meta[name="robots"]').length).toBe(0);
	});

	test.each(documents.map((document) => [document.file, document] as const))('%s is an article described by its summary, with its period’s feed', (_, document) => {
		const $ = readPage(siteDir, documentUrl(document.period, document.slug));
		expect($('meta[property="og:type"]').attr('content')).toBe('article');
		expect($('meta[property="og:description"]').attr('content')).toBe(document.data.summary);
		const feeds = $('link[rel="alternate"][type="application/rss+xml"]').map((_, link) => $(link).attr('href')).get();
		expect(feeds).toEqual([absolute('/rss.xml'), absolute(`/${document.period}/rss.xml`)]);
	});

	test('the 404 page has no canonical address and asks not to be indexed', () => {
		const $ = readPage(siteDir, '/404.html');
		expect($('link[rel="canonical"]').length).toBe(0);
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
	});
});

describe('sitemap', () => {
	test('lists every page at its public address, and nothing else', () => {
		const index = readXml('sitemap-index.xml');
		const sitemaps: { loc: string }[] = index.sitemapindex.sitemap;
		const listed = sitemaps.flatMap((sitemap) => {
			expect(sitemap.loc.startsWith(`${TEST_SITE_URL}/`)).toBe(true);
			return (readXml(sitemap.loc.slice(TEST_SITE_URL.length)).urlset.url as { loc: string }[]).map((url) => url.loc);
		});
		const pages = allPages(siteDir).filter((path) => !notIndexed(path));
		expect([...listed].sort()).toEqual(pages.map(absolute).sort());
		for (const document of documents) expect(listed).toContain(absolute(documentUrl(document.period, document.slug)));
		expect(listed).toContain(absolute('/om-data/'));
	});

	test('is named in robots.txt', () => {
		expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}`);
	});
});

describe('RSS feeds', () => {
	test('the site feed lists every document, newest first, unknown dates last', () => {
		const { rss } = readXml('rss.xml');
		expect(rss['@_version']).toBe('2.0');
		expect(rss.channel.link).toBe(`${TEST_SITE_URL}/`);
		expect(rss.channel.language).toBe('da');
		expect(rss.channel['atom:link']['@_href']).toBe(absolute('/rss.xml'));
		const items: FeedItem[] = rss.channel.item;
		expectNewestFirst(items.map((item) => item.link));
		expect(items.map((item) => item.guid['#text'])).toEqual(items.map((item) => item.link));
	});

	test('each item has the document’s title and summary, and a publication date only when the source dates it to the day', () => {
		const items: FeedItem[] = readXml('rss.xml').rss.channel.item;
		for (const document of documents) {
			const item = items.find((candidate) => candidate.link === absolute(documentUrl(document.period, document.slug)))!;
			expect(item.title).toBe(document.data.title);
			expect(item.description.startsWith(document.data.summary)).toBe(true);
			expect(item.category).toContain(document.period);
			if (/^\d{4}-\d{2}-\d{2}$/.test(document.data.date)) {
				expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(document.data.date);
			} else {
				expect(item.pubDate).toBeUndefined();
			}
		}
	});

	test.each(periods.map((period) => [period.data.id, period.data] as const))('%s has its own feed of its documents', (id, period) => {
		const { rss } = readXml(`${id}/rss.xml`);
		expect(rss.channel.title).toContain(period.title);
		expect(rss.channel.link).toBe(absolute(periodUrl(id)));
		const items: FeedItem[] = rss.channel.item ?? [];
		expectNewestFirst(items.map((item) => item.link), id);
		const $ = readPage(siteDir, periodUrl(id));
		expect($('link[rel="alternate"][type="application/rss+xml"]').last().attr('href')).toBe(absolute(`/${id}/rss.xml`));
	});
});
