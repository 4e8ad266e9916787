import { describe, expect, test } from 'vitest';
import { MAX_SEARCHES, planQuery, termMatches, type QueryPlan } from '../../src/search/search-query.ts';
import type { SearchTerms } from '../../src/search/search-terms.ts';
import { buildVocabulary } from '../../src/search/search-vocabulary.ts';
import { indexVocabulary } from '../../src/search/word-match.ts';

const TERMS: SearchTerms = {
	groups: [
		['DAS', 'Den Administrative Styregruppe', 'Den Administrative Styregruppe på Socialområdet'],
		['KKR', 'Kommunekontaktrådet'],
	],
	related: [['ældre', 'alderdom']],
};
const VOCABULARY = indexVocabulary(
	buildVocabulary('das den administrative styregruppe socialområdet aalborg sag sagen handler trivsel godkendt aftalen fyrtårne demens ældre alderdom'.split(' ')),
);
/** A plan's searches as [Pagefind query, kind, the words it covers as what]. */
const searchesOf = (plan: QueryPlan) => plan.searches.map((search) => [search.query, search.kind, Object.fromEntries(search.covers)]);

describe('termMatches', () => {
	test('an abbreviation stands for its other names', () => {
		expect(termMatches(['DAS'], TERMS.groups)).toEqual([
			{ span: [0], name: 'Den Administrative Styregruppe' },
			{ span: [0], name: 'Den Administrative Styregruppe på Socialområdet' },
		]);
	});

	test('an expansion stands for its abbreviation, in the words it takes up', () => {
		expect(termMatches(['møde', 'i', 'kommunekontaktraadet'], TERMS.groups)).toEqual([{ span: [2], name: 'KKR' }]);
	});

	test('a name is matched in any case and spelling, and only as whole words', () => {
		expect(termMatches(['das'], TERMS.groups)).toHaveLength(2);
		expect(termMatches(['dasher'], TERMS.groups)).toEqual([]);
	});

	test('part of a longer name stands for the names that do not contain it; one word of a name is not enough', () => {
		expect(termMatches(['administrative', 'styregruppe'], TERMS.groups)).toEqual([{ span: [0, 1], name: 'DAS' }]);
		expect(termMatches(['styregruppe'], TERMS.groups)).toEqual([]);
	});

	test('a name is matched in another form of its words', () => {
		expect(termMatches(['administrativ', 'styregruppe'], TERMS.groups)).toEqual([{ span: [0, 1], name: 'DAS' }]);
		expect(termMatches(['kommunekontaktrådets'], TERMS.groups)).toEqual([{ span: [0], name: 'KKR' }]);
	});
});

describe('planQuery', () => {
	test('a question needs only its content words: all together first, then each alone', () => {
		const plan = planQuery('Hvornår blev aftalen godkendt', VOCABULARY, TERMS);
		expect(plan.words.map((word) => [word.text, word.optional])).toEqual([
			['Hvornår', true],
			['blev', true],
			['aftalen', false],
			['godkendt', false],
		]);
		expect(searchesOf(plan)).toEqual([
			['aftalen godkendt', 'exact', { 2: 'aftalen', 3: 'godkendt' }],
			['aftalen', 'exact', { 2: 'aftalen' }],
			['godkendt', 'exact', { 3: 'godkendt' }],
		]);
	});

	test('a single letter is optional too', () => {
		expect(planQuery("DAS's", VOCABULARY, TERMS).words.map((word) => [word.text, word.optional])).toEqual([
			['DAS', false],
			['s', true],
		]);
	});

	test('a query of only stop words needs them all', () => {
		expect(planQuery('hvad er det', VOCABULARY, TERMS).words.every((word) => !word.optional)).toBe(true);
	});

	test('a word the index lacks is not searched at all', () => {
		const plan = planQuery('demens xylofon', VOCABULARY, TERMS);
		expect(plan.words[1]!.forms).toEqual([]);
		expect(searchesOf(plan)).toEqual([['demens', 'exact', { 0: 'demens' }]]);
	});

	test('another spelling is searched as the word, other names of a term after, related terms last', () => {
		const plan = planQuery('DAS i Ålborg', VOCABULARY, TERMS);
		expect(searchesOf(plan)).toEqual([
			['das aalborg', 'spelling', { 0: 'das', 2: 'aalborg' }],
			['das', 'exact', { 0: 'das' }],
			['aalborg', 'spelling', { 2: 'aalborg' }],
			['administrative styregruppe', 'synonym', { 0: 'Den Administrative Styregruppe' }],
			['administrative styregruppe socialområdet', 'synonym', { 0: 'Den Administrative Styregruppe på Socialområdet' }],
		]);
		expect(searchesOf(planQuery('ældre', VOCABULARY, TERMS)).at(-1)).toEqual(['alderdom', 'related', { 0: 'alderdom' }]);
	});

	test('a name the index lacks a word of is not searched', () => {
		expect(searchesOf(planQuery('KKR', VOCABULARY, TERMS))).toEqual([]);
	});

	test('a typo is corrected to the nearest indexed word, and the corrected query is given', () => {
		const plan = planQuery('fyrtorn demens', VOCABULARY, TERMS);
		expect(searchesOf(plan)[0]).toEqual(['fyrtårne demens', 'typo', { 0: 'fyrtårne', 1: 'demens' }]);
		expect(plan.corrected).toBe('fyrtårne demens');
		expect(planQuery('fyrtorn demens', VOCABULARY, TERMS, false).corrected).toBeUndefined();
		expect(planQuery('fyrtårne demens', VOCABULARY, TERMS).corrected).toBeUndefined();
	});

	test(`never plans more than ${MAX_SEARCHES} searches`, () => {
		const many: SearchTerms = { groups: Array.from({ length: 30 }, (_, index) => ['demens', `sag ${'x'.repeat(index)}`.trim()]) };
		const vocabulary = indexVocabulary(buildVocabulary(['demens', 'sag', ...Array.from({ length: 30 }, (_, index) => 'x'.repeat(index + 3))]));
		expect(planQuery('demens sag trivsel aftalen godkendt handler', vocabulary, many).searches.length).toBeLessThanOrEqual(MAX_SEARCHES);
	});
});
