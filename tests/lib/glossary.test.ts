import { describe, expect, test } from 'vitest';
import { createTermMatcher, duplicateForms, glossaryTerms, isCaseSensitiveForm } from '../../src/lib/glossary.ts';

describe('glossaryTerms', () => {
	test('takes the term and its aliases as forms, and the expansion where there is one', () => {
		expect(
			glossaryTerms([
				{ id: 'das', data: { term: 'DAS', type: 'forkortelse', expansion: 'Den Administrative Styregruppe', aliases: ['Den Administrative Styregruppe'], related: [] } },
				{ id: 'noedspor', data: { term: 'nødspor', type: 'begreb', aliases: ['nødsporet'], related: [] } },
			]),
		).toEqual([
			{ id: 'das', forms: ['DAS', 'Den Administrative Styregruppe'], expansion: 'Den Administrative Styregruppe' },
			{ id: 'noedspor', forms: ['nødspor', 'nødsporet'] },
		]);
	});
});

describe('isCaseSensitiveForm', () => {
	test.each([
		['DAS', true],
		['KL', true],
		['§ 85', true],
		['Styringsaftalen', false],
		['nødspor', false],
	])('%s -> %s', (form, expected) => {
		expect(isCaseSensitiveForm(form)).toBe(expected);
	});
});

describe('createTermMatcher', () => {
	const find = createTermMatcher([
		{ id: 'kl', forms: ['KL'] },
		{ id: 'kkr', forms: ['KKR'] },
		{ id: 'central-udmelding', forms: ['central udmelding', 'centrale udmeldinger'] },
		{ id: 'udmelding', forms: ['udmelding'] },
	]);

	test('finds every occurrence with its position, in text order', () => {
		expect(find('KKR og KL, så KKR igen')).toEqual([
			{ id: 'kkr', start: 0, end: 3, text: 'KKR' },
			{ id: 'kl', start: 7, end: 9, text: 'KL' },
			{ id: 'kkr', start: 14, end: 17, text: 'KKR' },
		]);
	});

	test('prefers the longest form where forms overlap', () => {
		expect(find('tre Centrale udmeldinger').map((match) => match.id)).toEqual(['central-udmelding']);
	});

	test('matches nothing inside other words or in the wrong case for abbreviations', () => {
		expect(find('kl. 13:00, KLX, udmeldingen')).toEqual([]);
	});

	test('an empty glossary matches nothing', () => {
		expect(createTermMatcher([])('DAS')).toEqual([]);
	});
});

describe('duplicateForms', () => {
	test('finds a spelling two entries share, whatever its case', () => {
		expect(
			duplicateForms([
				{ id: 'a', forms: ['Styringsaftale'] },
				{ id: 'b', forms: ['styringsaftale', 'andet'] },
			]),
		).toEqual([{ form: 'styringsaftale', ids: ['a', 'b'] }]);
	});

	test('a form repeated within one entry is no conflict', () => {
		expect(duplicateForms([{ id: 'a', forms: ['x', 'X'] }])).toEqual([]);
	});
});
