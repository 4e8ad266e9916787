import { describe, expect, test } from 'vitest';
import { parseHunspell } from '../../../src/search/indexing/hunspell.ts';

// A miniature of the Danish dictionary's conventions: numeric flags, linking -s- (29) and no
// linking letter (31) as suffixes that give compound begin/middle flags, 39 for "may end a compound".
const AFF = `
SET UTF-8
FLAG num
COMPOUNDMIN 2
COMPOUNDBEGIN 32
COMPOUNDMIDDLE 33
COMPOUNDEND 34
ONLYINCOMPOUND 36
NEEDAFFIX 8
FORBIDDENWORD 6

# noun, common gender
SFX 2 Y 2
SFX 2 0 en/34 [^e]	+BESTEMT
SFX 2 0 n/34 e	+BESTEMT

# verb: past participle, which takes an -e of its own
SFX 20 Y 1
SFX 20 e t/34,22 e
SFX 22 Y 1
SFX 22 0 e/34 t

SFX 29 Y 2
SFX 29 0 s/32,36 .
SFX 29 0 s/33,36 .

SFX 31 Y 2
SFX 31 0 0/32,36 .
SFX 31 0 0/33,36 .

SFX 39 Y 1
SFX 39 0 0/34 .
`;

const DIC = `7
behandling/2,39,29
psykiatri/2,39,31
aftale/2,39,31
aftale/20
til/31
forkert/6
stam/8,2
a cappella
`;

const dictionary = parseHunspell(AFF, DIC);
const readings = (form: string) => dictionary.readings(form).map((reading) => [reading.lemma, [...reading.flags].sort().join(',')]);

describe('parseHunspell', () => {
	test('reads the compound flags and the minimum part length', () => {
		expect(dictionary.compound).toEqual({ begin: '32', middle: '33', end: '34', minPart: 2 });
	});

	test('a form with a linking -s- reads as its word, in compound begin and middle position', () => {
		expect(readings('behandlings')).toEqual(
			expect.arrayContaining([
				['behandling', '32,36'],
				['behandling', '33,36'],
			]),
		);
	});

	test('an inflected form reads as its word, as a possible compound end', () => {
		expect(readings('psykiatrien')).toEqual([['psykiatri', '34']]);
		expect(readings('aftalen')).toEqual([['aftale', '34']]);
	});

	test('the bare word keeps its own flags, and a rule that adds nothing gives its position flags', () => {
		expect(readings('aftale')).toEqual(expect.arrayContaining([['aftale', '2,31,39'], ['aftale', '20'], ['aftale', '34']]));
	});

	test('twofold suffixes are undone: "aftalte" is "aftale" + -t + -e', () => {
		expect(readings('aftalte')).toEqual([['aftale', '34']]);
	});

	test.each([
		['a forbidden word', 'forkert'],
		['a word that needs an affix, on its own', 'stam'],
		['an unknown word', 'xylofon'],
		['a multi-word entry', 'a cappella'],
	])('%s has no readings', (_, form) => {
		expect(dictionary.readings(form)).toEqual([]);
	});

	test('a word that needs an affix is read with it', () => {
		expect(readings('stammen')).toEqual([]);
		expect(readings('stamen')).toEqual([['stam', '34']]);
	});

	test('an unknown flag type is an error, not a silent misreading', () => {
		expect(() => parseHunspell('FLAG weird', '0')).toThrow('unknown Hunspell FLAG type "weird"');
	});
});
