import { describe, expect, test } from 'vitest';
import { answersFor, MAX_ANSWERS, type SearchAnswer, type SearchAnswers } from '../../src/search/search-answers.ts';

const answer = (title: string, kind: SearchAnswer['kind'], names: string[], namesWhenAsked?: string[]): SearchAnswer => ({
	kind,
	title,
	url: `/${title}/`,
	names,
	...(namesWhenAsked ? { namesWhenAsked } : {}),
	lines: [],
});

const FILE: SearchAnswers = {
	answers: [
		answer('Aftale 2021-2022', 'period', ['2021-2022', 'Aftale 2021-2022'], ['Egenmestring', 'Den gode alderdom']),
		answer('Egenmestring', 'theme', ['Egenmestring']),
		answer('Den gode alderdom', 'theme', ['Den gode alderdom']),
		answer('DAS', 'glossary', ['DAS', 'Den Administrative Styregruppe']),
		answer('KL', 'glossary', ['KL', 'Kommunernes Landsforening']),
	],
};
const titles = (query: string, terms?: { groups: string[][] }) => answersFor(query, FILE, terms).map((found) => found.title);

describe('answersFor', () => {
	test.each([
		['hvad er DAS', ['DAS']],
		['hvad er das?', ['DAS']],
		['Den  Administrative styregruppe', ['DAS']],
		['egenmestring', ['Egenmestring']],
		['2021-2022', ['Aftale 2021-2022']],
		['hvornår blev egenmestring godkendt', ['Aftale 2021-2022', 'Egenmestring']],
		['den gode alderdom', ['Den gode alderdom']],
		['dasher', []],
		['', []],
	])('»%s« asks for %j', (query, expected) => {
		expect(titles(query)).toEqual(expected);
	});

	test('a one- or two-letter abbreviation counts only as written, so "kl. 10" is not KL', () => {
		expect(titles('møde kl. 10')).toEqual([]);
		expect(titles('hvad er KL')).toEqual(['KL']);
	});

	test('a synonym of a name in the search terms asks for the answer', () => {
		expect(titles('styregruppen', { groups: [['DAS', 'styregruppen']] })).toEqual(['DAS']);
	});

	test('the longest matching name comes first, and no more than MAX_ANSWERS are given', () => {
		const many: SearchAnswers = { answers: Array.from({ length: 6 }, (_, index) => answer(`t${index}`, 'theme', [index === 4 ? 'alderdom og omsorg' : 'alderdom'])) };
		const found = answersFor('alderdom og omsorg', many).map((one) => one.title);
		expect(found).toHaveLength(MAX_ANSWERS);
		expect(found[0]).toBe('t4');
	});
});
