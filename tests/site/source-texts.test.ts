// Every document made from a source text in content/kilder/ links to that text as received, on a
// page of its own that shows the editors' changes against it. The page is the source, not the
// document: it is noindex, outside the search index and outside the sitemap. The checks hold for
// any content; the comparison itself is tested on inline texts in tests/lib/source-comparison.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, test } from 'vitest';
import { isSourceTextUrl, sourceTextUrl } from '../../src/lib/routes.ts';
import { comparablePublished, comparableSource, compareWithSource, sourceChanges } from '../../src/lib/source-comparison.ts';
import { readSourceText } from '../../src/lib/source-texts.ts';
import { documentUrl } from '../../src/lib/versions.ts';
import { contentDir } from '../../src/site-config.ts';
import { changeCount, sourceTextUi } from '../../src/ui/strings.ts';
import { ROOT } from '../helpers/build-site.ts';
import { allPages, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const content = publishedContent();
const CONTENT_DIR = contentDir({}, ROOT);
const sourced = content.documents.filter((document) => document.data.source.file).map((document) => [document.file, document] as const);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The comparison's text with one kind of change left out and the hidden "fjernet"/"tilføjet" labels gone. */
function comparisonText($: CheerioAPI, without: 'ins' | 'del'): string {
	const comparison = $('.source-text__comparison').clone();
	comparison.find(without).remove();
	comparison.find('.visually-hidden').remove();
	return collapse(
		comparison
			.find('p')
			.map((_, line) => $(line).text())
			.get()
			.join('\n'),
	);
}

test('a source-text page is published for exactly the documents made from a source text', () => {
	expect(allPages(siteDir).filter(isSourceTextUrl)).toEqual(sourced.map(([, document]) => sourceTextUrl(document.period, document.slug)).sort());
});

test('no source-text page is in the sitemap', () => {
	const sitemaps = readdirSync(siteDir).filter((file) => /^sitemap.*\.xml$/.test(file));
	expect(sitemaps.length).toBeGreaterThan(0);
	const listed = sitemaps.flatMap((file) => [...readFileSync(join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
	expect(listed.filter(isSourceTextUrl)).toEqual([]);
});

describe.skipIf(sourced.length === 0)('the source-text page of every document made from a source text', () => {
	test.each(sourced)('%s: the document links to its source text, and the source text back to the document', (_, document) => {
		const own = documentUrl(document.period, document.slug);
		const url = sourceTextUrl(document.period, document.slug);
		const page = readPage(siteDir, own);
		expect(page(`main a[href="${url}"]`).text()).toBe(sourceTextUi.link);
		const source = readPage(siteDir, url);
		expect(source('main article a').map((__, link) => source(link).attr('href')).get()).toContain(own);
	});

	test.each(sourced)('%s: asks not to be indexed and is not in the search index', (_, document) => {
		const $ = readPage(siteDir, sourceTextUrl(document.period, document.slug));
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
		expect($('link[rel="canonical"]')).toHaveLength(0);
		expect($('[data-pagefind-body]')).toHaveLength(0);
		expect($('h1')).toHaveLength(1);
	});

	test.each(sourced)('%s: shows the source text exactly as received', (_, document) => {
		const $ = readPage(siteDir, sourceTextUrl(document.period, document.slug));
		expect($('pre.source-text__raw').text()).toBe(readSourceText(CONTENT_DIR, document.data.source.file!));
	});

	test.each(sourced)('%s: the comparison reads as the source with deletions struck and as the document with insertions', (_, document) => {
		const $ = readPage(siteDir, sourceTextUrl(document.period, document.slug));
		const source = readSourceText(CONTENT_DIR, document.data.source.file!);
		// Shared text is the source's, white space included: a change in white space alone is no change.
		const words = (text: string) => text.replace(/\s+/g, '');
		expect(comparisonText($, 'ins')).toBe(collapse(comparableSource(source)));
		expect(words(comparisonText($, 'del'))).toBe(words(comparablePublished(document.body, document.markdown.mdx)));
		// Each change is marked, and the page says how many there are.
		const changes = sourceChanges(compareWithSource(source, document.body, document.markdown.mdx));
		const marked = $('.source-text__comparison').find('ins, del');
		expect(marked.length > 0).toBe(changes.length > 0);
		marked.each((__, mark) => {
			expect($(mark).find('.visually-hidden').first().text()).toMatch(mark.tagName === 'del' ? /^\[fjernet: $/ : /^\[tilføjet: $/);
		});
		if (changes.length > 0) expect(collapse($('#aendringer').parent().text())).toContain(changeCount(changes.length));
	});
});
