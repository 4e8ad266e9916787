import { describe, expect, test } from 'vitest';
import { editDistance, foldSpelling, indexVocabulary, matchWord, sameWord, typoAllowance } from '../../src/search/word-match.ts';
import { buildVocabulary } from '../../src/search/search-vocabulary.ts';

const VOCABULARY = indexVocabulary(
	buildVocabulary(
		[
			'borgere borgere borgere økonomi fyrtårne pladser kurser førtidspension behandlingspsykiatrien drøftede',
			'trivsel trivsel ældre aalborg demens dement job idrætsforeninger 2025 botilbud samlede derudover',
		]
			.join(' ')
			.split(' '),
	),
);

describe('editDistance', () => {
	test.each([
		['demens', 'demens', 0],
		['demns', 'demens', 1],
		['dmeens', 'demens', 1],
		['egenmestrign', 'egenmestring', 1],
		['kat', 'hund', 4],
	])('"%s" to "%s" is %i', (a, b, expected) => {
		expect(editDistance(a, b, 5)).toBe(expected);
	});

	test('stops past the limit', () => {
		expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});
});

describe('typoAllowance', () => {
	test.each([
		[3, 0],
		[4, 1],
		[7, 1],
		[8, 2],
		[15, 2],
	])('a word of %i letters may have %i typos', (length, typos) => {
		expect(typoAllowance(length)).toBe(typos);
	});
});

describe('foldSpelling', () => {
	test.each([
		['økonomi', 'okonomi'],
		['oekonomi', 'okonomi'],
		['fyrtårn', 'fyrtarn'],
		['fyrtaarn', 'fyrtarn'],
		['ældre', 'aeldre'],
		['aeldre', 'aeldre'],
	])('"%s" folds to "%s"', (word, folded) => {
		expect(foldSpelling(word)).toBe(folded);
	});
});

describe('sameWord', () => {
	test.each([
		['kommunekontaktrådet', 'kommunekontaktraad', true],
		['administrativ', 'administrative', true],
		['styregruppen', 'styregruppe', true],
		['das', 'dasher', false],
		['den', 'det', false],
		['tryghed', 'trygge', true],
		['sikkerheden', 'sikker', true],
		['tryghed', 'trygle', false],
		['myndigheder', 'myndige', false],
		['sundhedsmyndighed', 'myndig', false],
		['virksomheden', 'virksomme', false],
		['myndigheden', 'myndigheder', true],
		['hed', 'he', false],
	])('"%s" and "%s": %s', (a, b, same) => {
		expect(sameWord(a, b)).toBe(same);
	});
});

describe('matchWord', () => {
	test.each([
		['borgere', [['borgere', 'exact']]],
		['borger', [['borger', 'exact']]],
		['pladserne', [['pladserne', 'exact']]],
		['kurset', [['kurset', 'exact']]],
		['jobs', [['jobs', 'exact']]],
		['jobbet', [['jobbet', 'exact']]],
		['botilbuddene', [['botilbuddene', 'exact']]],
		['okonomi', [['økonomi', 'spelling']]],
		['oekonomien', [['økonomien', 'spelling']]],
		['fyrtaarn', [['fyrtårn', 'spelling']]],
		['aeldre', [['ældre', 'spelling']]],
		['ålborg', [['aalborg', 'spelling']]],
		['pension', [['førtidspension', 'part']]],
		['psykiatri', [['behandlingspsykiatrien', 'part']]],
		['foreninger', [['idrætsforeninger', 'part']]],
		['fyrtorn', [['fyrtårne', 'typo']]],
		['trivesl', [['trivsel', 'typo']]],
		['dmens', [['demens', 'typo']]],
		['2025', [['2025', 'exact']]],
	])('"%s" is searched as %j', (word, forms) => {
		expect(matchWord(word, VOCABULARY).map((form) => [form.text, form.kind])).toEqual(forms);
	});

	test.each(['d', 'bo', 'døve', 'dove', 'xylofon', 'tab'])('"%s" matches nothing, not even as the start of a longer word', (word) => {
		expect(matchWord(word, VOCABULARY)).toEqual([]);
	});

	test('a typo in the start of a longer word counts only from six letters', () => {
		expect(matchWord('gamle', VOCABULARY)).toEqual([]);
	});

	test('a typo is not corrected when the reader asked for the word as typed', () => {
		expect(matchWord('fyrtorn', VOCABULARY, false)).toEqual([]);
	});

	test('a start shorter than half the word it begins does not match it', () => {
		expect(matchWord('beh', VOCABULARY)).toEqual([]);
		expect(matchWord('behan', VOCABULARY)).toEqual([{ text: 'behan', kind: 'exact' }]);
	});

	test('every word is searched as typed when there is no vocabulary', () => {
		expect(matchWord('hvadsomhelst', indexVocabulary({ words: [] }))).toEqual([{ text: 'hvadsomhelst', kind: 'exact' }]);
	});
});
