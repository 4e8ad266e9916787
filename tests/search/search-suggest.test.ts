import { describe, expect, test } from 'vitest';
import { nearestWords, suggestQueries } from '../../src/search/search-suggest.ts';
import type { Vocabulary } from '../../src/search/search-vocabulary.ts';

const VOCABULARY: Vocabulary = {
	words: [
		['socialaftale', 30],
		['egenmestring', 20],
		['fyrtårne', 2],
		['fyrtårn', 1],
		['demens', 4],
		['dement', 1],
		['borgere', 25],
	],
};

describe('nearestWords', () => {
	test('finds a misspelt word, nearest first, then the most used', () => {
		expect(nearestWords(VOCABULARY, 'dements')).toEqual(['demens', 'dement']);
	});

	test('reads aa, ae and oe as å, æ and ø when that is nearer', () => {
		expect(nearestWords(VOCABULARY, 'fyrtaarne')).toEqual(['fyrtårne', 'fyrtårn']);
	});

	test('never suggests the word itself, and nothing far away', () => {
		expect(nearestWords(VOCABULARY, 'demens')).toEqual(['dement']);
		expect(nearestWords(VOCABULARY, 'xylofonorkester')).toEqual([]);
	});
});

describe('suggestQueries', () => {
	const terms = { groups: [['DAS', 'Den Administrative Styregruppe']] };

	test('replaces the unknown word of a query, keeping the known ones', () => {
		expect(suggestQueries('borgere egenmestrign', VOCABULARY, terms)).toEqual(['borgere egenmestring']);
	});

	test('offers several words for a single unknown word', () => {
		expect(suggestQueries('Demenz', VOCABULARY, terms)).toEqual(['demens', 'dement']);
	});

	test('leaves stop words and question words alone', () => {
		expect(suggestQueries('hvad er egenmestrign', VOCABULARY, terms)).toEqual(['hvad er egenmestring']);
	});

	test('has nothing to say when every word is known, as a word, the start of one, or a glossary name', () => {
		expect(suggestQueries('social styregruppe 2021', VOCABULARY, terms)).toEqual([]);
	});
});
