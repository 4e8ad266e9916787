// Protects the comparison of a published text with its raw source: layout is no change, words are.
import { describe, expect, test } from 'vitest';
import { comparablePublished, comparableSource, compareWithSource, comparisonLines, sourceChanges } from '../../src/lib/source-comparison.ts';
import { textAfter, textBefore } from '../../src/lib/word-diff.ts';

describe('comparableSource', () => {
	test.each([
		['• Tema\n- Punkt\n - Underpunkt\n* Stjerne', 'Tema\nPunkt\nUnderpunkt\nStjerne'],
		['**Fed:** og *kursiv*', 'Fed: og kursiv'],
		['Indholdsfortegnelse1. Input', 'Indholdsfortegnelse 1. Input'],
		['linje\r\nlinje\rlinje', 'linje\nlinje\nlinje'],
		['\uFEFFhårdt\u00a0mellemrum', 'hårdt mellemrum'],
		['– Resultater', '– Resultater'],
		[' 1. Første\n 2. Anden', ' 1. Første\n 2. Anden'],
		['2021-2022_udkast', '2021-2022_udkast'],
	])('%j compares as %j', (source, expected) => {
		expect(comparableSource(source)).toBe(expected);
	});
});

describe('comparablePublished', () => {
	test('gives the text a reader sees, one line per block', () => {
		const body = ['## Sagsfremstilling', '', 'Et *afsnit* med [et link](/x/) og **fed**.', '', '- Punkt', '  - Underpunkt', '', '1. Første', '2. Anden', '', '> **Redaktionel note:** Listen mangler.'].join('\n');
		expect(comparablePublished(body)).toBe(
			['Sagsfremstilling', 'Et afsnit med et link og fed.', 'Punkt', 'Underpunkt', '1. Første', '2. Anden', 'Redaktionel note: Listen mangler.'].join('\n'),
		);
	});

	test('numbers an ordered list from its start', () => {
		expect(comparablePublished('3. Tredje\n4. Fjerde')).toBe('3. Tredje\n4. Fjerde');
	});

	test('reads table rows and hard breaks', () => {
		expect(comparablePublished('| a | b |\n| --- | --- |\n| c | d |\n\nlinje  \nnæste')).toBe('a b\nc d\nlinje\nnæste');
	});

	test('reads MDX text', () => {
		expect(comparablePublished('Tekst med <abbr title="Den Administrative Styregruppe">DAS</abbr>.', true)).toBe('Tekst med DAS.');
	});
});

describe('compareWithSource', () => {
	test('finds no change where only layout differs', () => {
		const source = 'Titel\n\nSagsfremstilling\nFørste linje, der\nfortsætter.\n• Punkt\n- Underpunkt';
		const body = '## Sagsfremstilling\n\nFørste linje, der fortsætter.\n\n- Punkt\n  - Underpunkt';
		expect(sourceChanges(compareWithSource(source, body))).toEqual([{ removed: 'Titel', added: '' }]);
	});

	test('shows removed, added and replaced words', () => {
		const parts = compareWithSource('Vi bruger cookies.\nDet fremgar af sagen.', 'Det fremgår af sagen, ifølge noten.');
		expect(sourceChanges(parts)).toEqual([
			{ removed: 'Vi bruger cookies.', added: '' },
			{ removed: 'fremgar', added: 'fremgår' },
			{ removed: '', added: ', ifølge noten' },
		]);
	});

	test('keeps the source as the shared text and gives both texts back', () => {
		const source = 'Linje et\nlinje to med fejl';
		const parts = compareWithSource(source, 'Linje et linje to uden fejl');
		expect(textBefore(parts)).toBe(source);
		expect(textAfter(parts).replace(/\s+/g, ' ')).toBe('Linje et linje to uden fejl');
		expect(parts.filter((part) => part.kind !== 'same')).toEqual([
			{ kind: 'removed', text: 'med' },
			{ kind: 'added', text: 'uden' },
		]);
	});
});

describe('sourceChanges', () => {
	test('joins changes separated only by white space', () => {
		expect(
			sourceChanges([
				{ kind: 'removed', text: 'Tilbage til oversigt' },
				{ kind: 'same', text: '\n' },
				{ kind: 'removed', text: 'Udskriv' },
				{ kind: 'same', text: ' tekst ' },
				{ kind: 'added', text: 'ny' },
			]),
		).toEqual([
			{ removed: 'Tilbage til oversigt Udskriv', added: '' },
			{ removed: '', added: 'ny' },
		]);
	});

	test('finds none in equal texts', () => {
		expect(sourceChanges(compareWithSource('Samme tekst.', 'Samme tekst.'))).toEqual([]);
	});
});

describe('comparisonLines', () => {
	test('cuts parts at line ends and leaves out empty lines', () => {
		expect(
			comparisonLines([
				{ kind: 'removed', text: 'Titel\n\nUndertitel' },
				{ kind: 'same', text: '\nTekst ' },
				{ kind: 'added', text: 'mere' },
			]),
		).toEqual([[{ kind: 'removed', text: 'Titel' }], [{ kind: 'removed', text: 'Undertitel' }], [{ kind: 'same', text: 'Tekst ' }, { kind: 'added', text: 'mere' }]]);
	});
});
