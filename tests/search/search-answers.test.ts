import { describe, expect, test } from 'vitest';
import { buildVocabulary } from '../../src/search/search-vocabulary.ts';
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
		['egenmestringen', ['Egenmestring']],
		['hvornår blev egenmestringen godkendt', ['Aftale 2021-2022', 'Egenmestring']],
		['gode alderdom', ['Den gode alderdom']],
		['alderdom', []],
		['dasher', []],
		['', []],
	])('»%s« asks for %j', (query, expected) => {
		expect(titles(query)).toEqual(expected);
	});

	test('a one- or two-letter abbreviation counts only as written, so "kl. 10" is not KL', () => {
		expect(titles('møde kl. 10')).toEqual([]);
		expect(titles('hvad er KL')).toEqual(['KL']);
		expect(titles('hvad er kl')).toEqual([]);
		expect(titles('kommunerne', { groups: [['KL', 'kommunerne']] })).toEqual(['KL']);
	});

	test('a question about a period asks for the period whose timeline holds all its other words', () => {
		const event = (name: string, text: string) => ({ name, line: { label: name, text } });
		const period = answer('Aftale 2025-2026', 'period', ['2025-2026']);
		const timeline: SearchAnswers = { answers: [{ ...period, events: [event('Visionsdag om aftalen', '12. marts 2025'), event('Drøftet på visionsdagen', 'marts 2025')] }] };
		const asked = (query: string) => answersFor(query, timeline).map((one) => one.title);
		expect(asked('hvornår var visionsdagen')).toEqual(['Aftale 2025-2026']);
		expect(asked('hvornår blev visionsdag om aftalen holdt')).toEqual([]);
		expect(asked('visionsdagen')).toEqual([]);
		expect(asked('hvornår')).toEqual([]);
		// The card answers the question first: the event's line (the longest event matched), then the period's own.
		expect(answersFor('hvornår var visionsdag om aftalen', timeline)[0]!.lines).toEqual([{ label: 'Visionsdag om aftalen', text: '12. marts 2025' }, ...period.lines]);
		// Asked by the period's name, the card is the period's own.
		expect(answersFor('hvornår blev 2025-2026 godkendt', timeline)[0]!.lines).toEqual(period.lines);
	});

	test('a compound name written as two words asks for the answer, one of its parts alone does not', () => {
		const kkr: SearchAnswers = { answers: [answer('KKR', 'glossary', ['KKR', 'Kommunekontaktråd'])] };
		const asked = (query: string) => answersFor(query, kkr).map((one) => one.title);
		expect(asked('kommunernes kontaktråd')).toEqual(['KKR']);
		expect(asked('kommune kontaktrådet')).toEqual(['KKR']);
		expect(asked('kontaktråd')).toEqual([]);
		expect(asked('kontaktråd kommunernes')).toEqual([]);
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

	describe('query words as the search engine understands them', () => {
		const themes: SearchAnswers = {
			answers: [
				answer('Trivsel', 'theme', ['Trivsel']),
				answer('Den trygge alderdom', 'theme', ['Den trygge alderdom']),
				answer('Økonomi', 'theme', ['Økonomi']),
				answer('Førtidspension', 'glossary', ['Førtidspension']),
				answer('Plejehjem', 'glossary', ['Plejehjem']),
				answer('Botilbud', 'glossary', ['Botilbud']),
			],
		};
		const vocabulary = buildVocabulary('trivsel trivsel den trygge alderdom økonomi førtidspension plejehjem botilbud demens borgere'.split(' '));
		const terms = {
			groups: [
				['trivsel', 'velbefindende'],
				['Den trygge alderdom', 'pensionister med handicap'],
			],
			related: [['botilbud', 'plejehjem', 'bosted']],
		};
		const found = (query: string) => answersFor(query, themes, terms, vocabulary).map((one) => one.title);

		test.each([
			['as typed', 'trivsel', ['Trivsel']],
			['an inflection', 'trivsels', ['Trivsel']],
			['an inflection of a word of a name', 'den trygge alderdommen', ['Den trygge alderdom']],
			['another spelling', 'okonomi', ['Økonomi']],
			['a typo', 'trivesl', ['Trivsel']],
			['a typo in the start of a word', 'trives', ['Trivsel']],
			['a compound the word is part of', 'pension', ['Førtidspension']],
			['a synonym', 'velbefindende', ['Trivsel']],
			["a synonym's inflection", 'pensionisterne med handicap', ['Den trygge alderdom']],
			['the stop words of a name left out', 'trygge alderdom', ['Den trygge alderdom']],
			['a noun in -hed for its adjective', 'tryghed i alderdommen', ['Den trygge alderdom']],
			['the words of a name in another order', 'alderdom trygge', ['Den trygge alderdom']],
			['not one word of a name alone', 'alderdom', []],
			['not a word the index only begins', 'trivs', []],
			['not a word sharing only a start', 'demens', []],
		])('%s: »%s« asks for %j', (_, query, expected) => {
			expect(found(query)).toEqual(expected);
		});

		test('a related term asks for one card, and only when the query names none by its own words', () => {
			expect(found('plejehjem')).toEqual(['Plejehjem']);
			expect(found('bosted')).toEqual(['Plejehjem']);
		});

		test('a synonym asks for a card only when the query names none by its own words', () => {
			expect(found('pensionister med handicap')).toEqual(['Den trygge alderdom']);
			const both: SearchAnswers = { answers: [...themes.answers, answer('Pensionister', 'glossary', ['Pensionister med handicap'])] };
			expect(answersFor('pensionister med handicap', both, terms, vocabulary).map((one) => one.title)).toEqual(['Pensionister']);
		});

		test('without the vocabulary, a word is matched as typed in any inflection, but not corrected', () => {
			expect(answersFor('alderdommens trygge', themes, terms).map((one) => one.title)).toEqual(['Den trygge alderdom']);
			expect(answersFor('trivesl', themes, terms).map((one) => one.title)).toEqual([]);
		});
	});
});
