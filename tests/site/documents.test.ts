// The built site publishes every document on its own stable page, with its provenance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { documentUrl } from '../../src/lib/versions.ts';
import { isUnknown, kindLabel } from '../../src/schemas/index.ts';
import { isAdminUrl } from '../../src/lib/routes.ts';
import { allPages, fixtureContent, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const { documents } = publishedContent();
// What only some content has (a scanned source, an in-text note) is checked on the fixture site.
const fixtureDir = inject('fixtureSiteDir');
const fixture = fixtureContent();

function metaValue($: ReturnType<typeof readPage>, label: string): string {
	const dt = $('.document-meta dt').filter((_, element) => $(element).text().trim() === label);
	return dt.next('dd').text().replace(/\s+/g, ' ').trim();
}

describe('document pages', () => {
	test.each(documents.map((document) => [document.file, document] as const))('%s has its page with title and metadata', (_, document) => {
		const $ = readPage(siteDir, documentUrl(document.period, document.slug));
		const { data } = document;
		expect($('h1')).toHaveLength(1);
		expect($('h1').text().trim()).toBe(data.title);
		expect($('title').text()).toContain(data.title);
		expect($('meta[name="description"]').attr('content')).toBe(data.summary);
		expect(metaValue($, 'Periode')).toBe(document.period);
		expect(metaValue($, 'Dokumenttype')).toBe(kindLabel(data.kind));
		const date = formatDanishDate(data.date);
		expect(metaValue($, 'Dato')).toContain(date ?? 'Ikke angivet i kilden');
		expect(metaValue($, 'Udstedt af')).toBe(isUnknown(data.issuer) ? 'Ikke angivet i kilden' : data.issuer);
		const source = metaValue($, 'Kilde');
		expect(source).toContain(data.source.title);
		if (data.source.journalNumber) expect(source).toContain(`Journalnr. ${data.source.journalNumber}`);
		if (data.source.restoredFromScan) expect(source).toContain('genskabt fra en skannet kopi');
		for (const note of data.notes) {
			expect($('.editorial-notes').text().replace(/\s+/g, ' ')).toContain(note.text.replace(/\s+/g, ' '));
		}
		// The text itself is there, however short: a new document may hold only its editorial note.
		expect($('.document__text').text().trim().length).toBeGreaterThan(0);
	});

	test.each([
		['real content', siteDir, documents],
		['fixture', fixtureDir, fixture.documents],
	] as const)('%s: a document with several sections gets a table of contents whose links all land on a heading', (name, dir, all) => {
		let withToc = 0;
		for (const document of all) {
			const $ = readPage(dir, documentUrl(document.period, document.slug));
			const sections = $('.document__text h2').length;
			expect($('nav.toc').length, document.file).toBe(sections > 1 ? 1 : 0);
			$('nav.toc a').each((_, link) => {
				const id = $(link).attr('href')!.slice(1);
				expect($(`[id="${id}"]`).length, `${document.file} #${id}`).toBe(1);
			});
			if (sections > 1) withToc++;
		}
		// The fixture has documents with several sections, so there the check checks something.
		if (name === 'fixture') expect(withToc).toBeGreaterThan(0);
	});

	test('the document scanned from paper says its text was restored from a scan', () => {
		const scanned = fixture.documents.filter((document) => document.data.source.restoredFromScan);
		expect(scanned.length).toBe(1);
		const $ = readPage(fixtureDir, documentUrl(scanned[0]!.period, scanned[0]!.slug));
		expect($('main').text()).toContain('Teksten er genskabt fra en skannet kopi');
	});

	test('an in-text editorial note is marked up as a note, apart from the source text', () => {
		const $ = readPage(fixtureDir, '/2025-2026/godkendelse-af-aftalen/');
		const notes = $('.document__text aside.redaktionel-note[role="note"]');
		expect(notes.length).toBeGreaterThan(0);
		expect(notes.first().text()).toContain('Redaktionel note:');
	});
});

describe('every page', () => {
	test.each(allPages(siteDir))('%s is Danish, titled and has one h1', (path) => {
		const $ = readPage(siteDir, path);
		expect($('html').attr('lang')).toBe('da');
		expect($('title').text().trim()).not.toBe('');
		expect($('h1')).toHaveLength(1);
		// The CMS's page (/admin/) has no site chrome (skip link, search): the CMS draws its own interface.
		if (isAdminUrl(path)) return;
		expect($('a.skip-link').attr('href')).toBe('#indhold');
		expect($('#indhold').length).toBe(1);
		expect($('form[role="search"][action="/soeg/"] input[name="q"]').length).toBeGreaterThan(0);
	});

	test('no page carries the source pages’ cruft', () => {
		const cruft = [/cookie/i, /Til toppen/, /Tilbage til oversigt/, /^\s*Udskriv\s*$/m, /Ansvarlig redaktør/, /Indholdsfortegnelse/];
		for (const path of allPages(siteDir)) {
			const $ = readPage(siteDir, path);
			// Editorial notes may name what was removed; the published text itself must not contain it. A
			// source-text page shows the source as received and the cruft struck through as removed.
			$('.editorial-notes, .document-meta, script, .source-text__raw, .source-text__comparison del').remove();
			const text = $('main').text();
			for (const pattern of cruft) expect(text, `${path} ${pattern}`).not.toMatch(pattern);
		}
	});
});

describe('search index', () => {
	test('holds every document, in Danish, and nothing else', () => {
		const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['da']);
		expect(entry.languages.da.page_count).toBe(documents.length);
	});

	test('only document pages mark their text for indexing, with period, kind and focus-area filters', () => {
		const documentPaths = new Set(documents.map((document) => documentUrl(document.period, document.slug)));
		for (const path of allPages(siteDir)) {
			const $ = readPage(siteDir, path);
			expect($('[data-pagefind-body]').length, path).toBe(documentPaths.has(path) ? 1 : 0);
		}
		for (const document of documents) {
			const $ = readPage(siteDir, documentUrl(document.period, document.slug));
			expect($('[data-pagefind-filter="periode"]').text()).toBe(document.period);
			expect($('[data-pagefind-filter="type"]').text()).toBe(kindLabel(document.data.kind));
			expect($('[data-pagefind-filter="fokusomraade"]').length).toBe(document.data.focusAreas.length);
		}
	});
});
