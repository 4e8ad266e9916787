import { describe, expect, test } from 'vitest';
import { mergeRanked, queryVariants, spellingVariants, termVariants } from '../../src/search/search-query.ts';
import type { SearchTerms } from '../../src/search/search-terms.ts';

const TERMS: SearchTerms = {
	groups: [
		['DAS', 'Den Administrative Styregruppe', 'Den Administrative Styregruppe på Socialområdet'],
		['KKR', 'Kommunekontaktrådet'],
	],
};

describe('spellingVariants', () => {
	test.each([
		['fyrtaarn', ['fyrtårn']],
		['Aeldre', ['ældre']],
		['broenderslev', ['brønderslev']],
		['fyrtårn', ['fyrtaarn']],
		['Ældre Ålborg', ['aeldre aalborg']],
		['aalborg', ['ålborg']],
		['egenmestring', []],
	])('"%s" is also searched as %j', (query, expected) => {
		expect(spellingVariants(query)).toEqual(expected);
	});

	test('a query mixing both spellings gets both directions', () => {
		expect(spellingVariants('aeldre på')).toEqual(['ældre på', 'aeldre paa']);
	});

	test('NFD input is read as NFC', () => {
		expect(spellingVariants('fyrta\u030arn')).toEqual(['fyrtaarn']);
	});
});

describe('termVariants', () => {
	test('an abbreviation is also searched by its other names', () => {
		expect(termVariants('DAS', TERMS)).toEqual(['Den Administrative Styregruppe', 'Den Administrative Styregruppe på Socialområdet']);
	});

	test('the expansion is also searched by its abbreviation, with the rest of the query kept', () => {
		expect(termVariants('møde i kommunekontaktrådet', TERMS)).toEqual(['møde i KKR']);
	});

	test('a name is matched in any case, and only as whole words', () => {
		expect(termVariants('das', TERMS)).toHaveLength(2);
		expect(termVariants('dasher', TERMS)).toEqual([]);
	});

	test('part of a longer name also searches the names that do not contain it', () => {
		expect(termVariants('administrative styregruppe', TERMS)).toEqual(['DAS']);
	});

	test('a single word of a name is not enough', () => {
		expect(termVariants('styregruppe', TERMS)).toEqual([]);
	});
});

describe('queryVariants', () => {
	test('the exact query comes first, then spellings, then term names', () => {
		expect(queryVariants(' DAS i Aalborg ', TERMS)).toEqual([
			{ query: 'DAS i Aalborg', kind: 'exact' },
			{ query: 'das i ålborg', kind: 'spelling' },
			{ query: 'Den Administrative Styregruppe i aalborg', kind: 'term' },
			{ query: 'Den Administrative Styregruppe på Socialområdet i aalborg', kind: 'term' },
		]);
	});

	test('an empty query has no variants', () => {
		expect(queryVariants('  ', TERMS)).toEqual([]);
	});

	test('a variant that only differs in case is not searched twice', () => {
		expect(queryVariants('KKR', { groups: [['KKR', 'kkr', 'Kommunekontaktrådet']] }).map((variant) => variant.query)).toEqual(['KKR', 'Kommunekontaktrådet']);
	});

	test('no more than eight variants are searched', () => {
		const many: SearchTerms = { groups: Array.from({ length: 20 }, (_, index) => ['x', `name${index}`]) };
		expect(queryVariants('x', many)).toHaveLength(8);
	});
});

describe('mergeRanked', () => {
	test('keeps the first list’s order, then adds what later lists add, each item once', () => {
		expect(mergeRanked([['a', 'b'], ['c', 'a'], ['b', 'd']], (item) => item)).toEqual(['a', 'b', 'c', 'd']);
	});
});
