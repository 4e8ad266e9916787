import { describe, expect, test } from 'vitest';
import { DANISH_ALPHABET, groupByLetter, sortDanish } from '../../src/lib/danish-order.ts';

const identity = (text: string) => text;

describe('sortDanish', () => {
	test('puts æ, ø and å after z, in that order', () => {
		expect(sortDanish(['Å', 'ø', 'z', 'Æ', 'a'], identity)).toEqual(['a', 'z', 'Æ', 'ø', 'Å']);
	});

	test('ignores case and sorts abbreviations among words', () => {
		expect(sortDanish(['UCN', 'egenmestring', 'DAS', 'central udmelding', 'KKR'], identity)).toEqual([
			'central udmelding',
			'DAS',
			'egenmestring',
			'KKR',
			'UCN',
		]);
	});

	test('treats a decomposed å (NFD) like a composed one', () => {
		expect(sortDanish(['a\u030Abo', 'zulu', 'ørn'], identity)).toEqual(['zulu', 'ørn', 'a\u030Abo']);
	});

	test('leaves its input as it was', () => {
		const input = ['b', 'a'];
		sortDanish(input, identity);
		expect(input).toEqual(['b', 'a']);
	});
});

describe('groupByLetter', () => {
	test('groups under the letters A to Å in alphabet order, leaving empty letters out', () => {
		const groups = groupByLetter(['åben', 'Ærø', 'DAS', 'driftsherre', 'øst', 'almen'], identity);
		expect(groups).toEqual([
			{ letter: 'A', items: ['almen'] },
			{ letter: 'D', items: ['DAS', 'driftsherre'] },
			{ letter: 'Æ', items: ['Ærø'] },
			{ letter: 'Ø', items: ['øst'] },
			{ letter: 'Å', items: ['åben'] },
		]);
	});

	test.each([
		['Aalborg', 'Å'],
		['Über', 'Y'],
		['écru', 'E'],
		['§ 85', '#'],
		['1. punkt', '#'],
	])('puts %s under %s, where Danish collation sorts it', (term, letter) => {
		expect(groupByLetter([term], identity)[0]!.letter).toBe(letter);
	});

	test('has the 29 letters of the Danish alphabet', () => {
		expect(DANISH_ALPHABET.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ');
	});
});
