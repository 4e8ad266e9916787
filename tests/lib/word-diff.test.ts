import { describe, expect, test } from 'vitest';
import { diffText, textAfter, textBefore } from '../../src/lib/word-diff.ts';

describe('diffText', () => {
	test('marks removed and added words', () => {
		expect(diffText('alle borgere skal have muligheden', 'alle borgere skal have mulighed og redskaber')).toEqual([
			{ kind: 'same', text: 'alle borgere skal have ' },
			{ kind: 'removed', text: 'muligheden' },
			{ kind: 'added', text: 'mulighed og redskaber' },
		]);
	});

	test('compares Danish words whole: æ, ø and å are letters', () => {
		expect(diffText('så selvstændigt liv', 'så selvstændige liv')).toEqual([
			{ kind: 'same', text: 'så ' },
			{ kind: 'removed', text: 'selvstændigt' },
			{ kind: 'added', text: 'selvstændige' },
			{ kind: 'same', text: ' liv' },
		]);
	});

	test('equal texts are one shared part', () => {
		expect(diffText('Egenmestring.', 'Egenmestring.')).toEqual([{ kind: 'same', text: 'Egenmestring.' }]);
	});

	test.each([
		['Alle borgere skal have muligheden og redskaberne til at kunne leve et så selvstændigt liv som muligt.', 'Egenmestring er valgt som vision for at sætte fokus på, at alle borgere skal have mulighed og redskaber til at kunne mestre så meget af deres eget liv som muligt.'],
		['', 'Ny tekst.'],
		['Gammel tekst.', ''],
		['borgere med handicap, og deres pårørende', 'borgere, og deres pårørende'],
		['x, y og z', 'x y og z'],
		['a b c', 'a c'],
	])('gives both texts back exactly: %j -> %j', (before, after) => {
		const parts = diffText(before, after);
		expect(textBefore(parts)).toBe(before);
		expect(textAfter(parts)).toBe(after);
	});
});

