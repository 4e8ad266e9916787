// The built pages as a reader meets them: the text of a document before its apparatus, headings
// that keep a span of years whole, landmarks that do not crowd, and links that can be told apart.
import { describe, expect, inject, test } from 'vitest';
import { splitYearRanges } from '../../src/lib/no-break-years.ts';
import { documentUrl } from '../../src/lib/versions.ts';
import { isAdminUrl } from '../../src/lib/routes.ts';
import { allPages, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const { documents } = publishedContent();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('splitYearRanges', () => {
	test.each([
		{ text: 'Nordjysk Socialaftale 2021-2022', parts: [['Nordjysk Socialaftale ', false], ['2021-2022', true]] },
		{ text: 'Fra 2018–2020 til 2021-22.', parts: [['Fra ', false], ['2018–2020', true], [' til ', false], ['2021-22', true], ['.', false]] },
		{ text: 'Uden årstal', parts: [['Uden årstal', false]] },
		{ text: '', parts: [] },
	])('splits "$text" into text and year spans without changing a character', ({ text, parts }) => {
		const split = splitYearRanges(text);
		expect(split.map((part) => [part.text, part.years])).toEqual(parts);
		expect(split.map((part) => part.text).join('')).toBe(text);
	});
});

describe('document pages', () => {
	test.each(documents.map((document) => [document.file, document] as const))('%s puts title, a line on what it is, then folded apparatus before the text', (_, document) => {
		const $ = readPage(siteDir, documentUrl(document.period, document.slug));
		const article = $('article.document');
		const order = article.children().map((__, element) => $(element).attr('class') ?? element.tagName).get().filter((name) => !name.startsWith('span'));
		expect(order.slice(0, 4)).toEqual(['h1', 'document__what', 'document__about', 'document__text']);
		// Everything before the text folds away natively: no script is needed to open it.
		expect($('.document__about').children().map((__, element) => element.tagName).get().every((tag) => tag === 'details')).toBe(true);
		expect($('.document__about details[open]').length).toBe(0);
		if (document.data.notes.length > 0) {
			const count = document.data.notes.length;
			expect(squash($('.editorial-notes > summary').text())).toBe(count === 1 ? '1 redaktionel note' : `${count} redaktionelle noter`);
			expect($('.editorial-notes > ul > li').length).toBe(count);
		}
	});
});

describe('every page', () => {
	const pages = allPages(siteDir);

	// The headings the site writes; a document's own headings come from its Markdown (see the report
	// of issue 14: they need a step in the Markdown pipeline).
	test('keeps every span of years in a heading it writes on one line, with its text unchanged', () => {
		let checked = 0;
		for (const path of pages) {
			const $ = readPage(siteDir, path);
			$('h1, h2, h3, h4').not('.document__text *').each((_, heading) => {
				const copy = $(heading).clone();
				copy.find('.visually-hidden, .heading-anchor').remove();
				for (const part of splitYearRanges(copy.text()).filter((candidate) => candidate.years)) {
					checked++;
					const spans = copy.find('.nowrap').map((__, span) => $(span).text()).get();
					expect(spans, `${path}: "${squash(copy.text())}"`).toContain(part.text);
				}
			});
		}
		expect(checked).toBeGreaterThan(0);
	});

	test('has no two adjacent links with the same name and different targets', () => {
		for (const path of pages) {
			const $ = readPage(siteDir, path);
			const links = $('header a, main a, footer a')
				.map((_, link) => ({ name: squash($(link).text()), href: $(link).attr('href') }))
				.get()
				.filter((link) => link.name !== '');
			links.slice(1).forEach((link, index) => {
				const previous = links[index]!;
				if (link.name === previous.name) expect(link.href, `${path}: two links named "${link.name}"`).toBe(previous.href);
			});
		}
	});

	test('the home page has few labelled regions: none per group of documents', () => {
		const $ = readPage(siteDir, '/');
		expect($('main section[aria-labelledby], main section[aria-label], main [role="region"]').length).toBeLessThanOrEqual(2);
		expect($('.document-group[aria-labelledby]').length).toBe(0);
	});

	test('carries a print header with the site’s name, the page’s address and a date, hidden on screen', () => {
		// The CMS's page (/admin/) is not for reading or printing: the CMS draws its own interface.
		for (const path of pages.filter((page) => !isAdminUrl(page))) {
			const $ = readPage(siteDir, path);
			const origin = $('main > .print-origin');
			expect(origin.length, path).toBe(1);
			const text = squash(origin.text());
			expect(text, path).toContain('Nordjysk Socialaftale');
			const canonical = $('link[rel="canonical"]').attr('href');
			if (canonical) expect(text, path).toContain(canonical);
			expect(origin.find('[data-print-date]').text(), path).toMatch(/bygget \d{1,2}\. \S+ \d{4}$/);
		}
	});
});
