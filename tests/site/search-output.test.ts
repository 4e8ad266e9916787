// What the build publishes for the search, checked on the built files of the fixture site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { SEARCH_ANSWERS_PATH, type SearchAnswers } from '../../src/search/search-answers.ts';
import { SEARCH_TERMS_PATH, searchTerms, type SearchTerms } from '../../src/search/search-terms.ts';
import { PART_MARK } from '../../src/search/search-text.ts';
import { VOCABULARY_PATH, type Vocabulary } from '../../src/search/search-vocabulary.ts';
import { glossaryEntryUrl, themeUrl } from '../../src/lib/routes.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { allPages, fixtureContent, pageFile, readPage } from '../helpers/site.ts';

const siteDir = inject('fixtureSiteDir');
const { documents, periods, glossary, themes, synonyms } = fixtureContent();
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(siteDir, path), 'utf8')) as T;

describe('search output', () => {
	test('no published page contains the words the index adds for compound parts', () => {
		for (const path of allPages(siteDir)) expect(readFileSync(pageFile(siteDir, path), 'utf8'), path).not.toContain(PART_MARK);
	});

	test('the glossary’s names and the editors’ synonyms are published for the search, joined where they meet', () => {
		const terms = readJson<SearchTerms>(SEARCH_TERMS_PATH);
		expect(terms).toEqual(searchTerms(glossary, synonyms.map((group) => group.data)));
		// The fixture's synonym list adds an everyday word to the glossary's names for DAS.
		expect(terms.groups).toContainEqual(['DAS', 'Den Administrative Styregruppe', 'styregruppen']);
		expect(terms.related).toContainEqual(expect.arrayContaining(['fagfolk', 'personalet']));
	});

	test('every period, theme and glossary entry is published as an answer, linking to its page', () => {
		const { answers } = readJson<SearchAnswers>(SEARCH_ANSWERS_PATH);
		expect(answers.map((answer) => answer.url).sort()).toEqual(
			[...periods.map((period) => periodUrl(period.data.id)), ...themes.map((theme) => themeUrl(theme.id)), ...glossary.map((entry) => glossaryEntryUrl(entry.id))].sort(),
		);
		for (const answer of answers) expect(existsSync(pageFile(siteDir, answer.url.split('#')[0]!)), answer.url).toBe(true);
	});

	test('a period is asked for by the names only it has; by a theme’s title only in a question about a period', () => {
		const period = readJson<SearchAnswers>(SEARCH_ANSWERS_PATH).answers.find((answer) => answer.url === periodUrl('2025-2026'))!;
		// The focus areas without a theme, and a proposed name longer than its theme's title.
		expect(period.names).toEqual(expect.arrayContaining(['Trivsel og fællesskab', 'Et stærkt fællesskab i psykiatrien', 'Psykiatri', 'Den trygge alderdom for borgere med handicap']));
		expect(period.names).not.toContain('Den trygge alderdom');
		expect(period.namesWhenAsked).toEqual(['Den trygge alderdom']);
		// Its milestones and the stages of its focus areas, for "hvornår ..." questions, each with the
		// line that answers one: the date as the timeline gives it, and the document that states it.
		const events = new Map(period.events!.map((event) => [event.name, event.line]));
		expect([...events.keys()]).toEqual(expect.arrayContaining(['Visionsdag om den fiktive aftale', 'Foreslået af styregruppen']));
		const visionDay = events.get('Visionsdag om den fiktive aftale')!;
		expect(visionDay).toMatchObject({ label: 'Visionsdag om den fiktive aftale', text: '2. september 2024', source: { url: documentUrl('2025-2026', 'output-fra-visionsdagen') } });
		expect(events.get('Aftalen skal behandles i de politiske udvalg')).toMatchObject({ text: 'efteråret 2024' });
	});

	test('the index’s vocabulary is published for suggestions', () => {
		const words = readJson<Vocabulary>(VOCABULARY_PATH).words.map(([word]) => word);
		expect(words).toEqual(expect.arrayContaining(['trivsel', 'fyrtårne', 'socialaftale']));
	});

	test('every document has sort keys for both date orders, undated documents last in each', () => {
		for (const document of documents) {
			const $ = readPage(siteDir, documentUrl(document.period, document.slug));
			const keys = $('[data-pagefind-sort]').map((_, element) => $(element).attr('data-pagefind-sort')).get();
			const unknown = document.data.date === 'ukendt';
			expect(keys).toEqual([`dato:${unknown ? '9999' : document.data.date}`, `nyeste:${unknown ? '0000' : document.data.date}`]);
		}
	});

	test('the search field on a period’s pages starts limited to that period; elsewhere it covers all', () => {
		for (const period of periods) {
			const document = documents.find((candidate) => candidate.period === period.data.id);
			for (const path of [periodUrl(period.data.id), ...(document ? [documentUrl(document.period, document.slug)] : [])]) {
				const box = readPage(siteDir, path)('.site-search input[type="checkbox"]');
				expect(box.attr('name'), path).toBe('periode');
				expect(box.attr('value')).toBe(period.data.id);
				expect(box.attr('checked')).toBeDefined();
			}
		}
		expect(readPage(siteDir, '/')('.site-search input[type="checkbox"]')).toHaveLength(0);
	});

	test('the search page has one search field, its own: the header’s is left out there', () => {
		const $ = readPage(siteDir, '/soeg/');
		expect($('.site-search')).toHaveLength(0);
		expect($('input[type="search"]').map((_, input) => input.attribs.id).get()).toEqual(['search-q']);
		expect($('[role="search"]')).toHaveLength(1);
		for (const path of ['/', periodUrl(periods[0]!.data.id)]) expect(readPage(siteDir, path)('header .site-search input[type="search"]'), path).toHaveLength(1);
	});

	test('the search page and the documents run only external scripts', () => {
		for (const path of ['/soeg/', documentUrl(documents[0]!.period, documents[0]!.slug)]) {
			const $ = readPage(siteDir, path);
			const scripts = $('script');
			expect(scripts.length, path).toBeGreaterThan(0);
			scripts.each((_, script) => expect($(script).attr('src'), path).toMatch(/^\/_astro\/.+\.js$/));
		}
	});
});
