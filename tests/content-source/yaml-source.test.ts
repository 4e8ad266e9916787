// Protects YAML parsing for the content check: YAML 1.2 keeps dates as text, and every value knows its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { YAMLParseError, type ErrorCode } from 'yaml';
import { danishYamlError, GENERIC_MESSAGE } from '../../src/content-source/yaml-messages.ts';
import { lazyYamlSource, parseYamlSource } from '../../src/content-source/yaml-source.ts';

const SOURCE = [
	'# En kommentar før første felt', // 1
	'title: Referat', // 2
	'source:', // 3
	'  title: Kilde', // 4
	'  publisher: ukendt', // 5
	'focusAreas:', // 6
	'  - alderdom', // 7
	'  # en kommentar mellem punkterne', // 8
	'  - fyrtaarne', // 9
	'notes:', // 10
	'  - kind: rettelse', // 11
	'    text: Rettet.', // 12
	'  - kind: mangler', // 13
	'', // 14
	'    text: Mangler.', // 15
	'tags: [a, b]', // 16
].join('\n');

describe('parseYamlSource', () => {
	test('parses YAML into plain data', () => {
		const yaml = parseYamlSource('title: Referat\nfocusAreas: [a, b]\nnumber: 1\n');
		expect(yaml.errors).toEqual([]);
		expect(yaml.data).toEqual({ title: 'Referat', focusAreas: ['a', 'b'], number: 1 });
	});

	test.each([
		{
			text: 'date: 2020-13-45',
			value: '2020-13-45',
			case: 'an impossible date stays the text written',
		},
		{ text: 'date: 2020-02-03', value: '2020-02-03', case: 'an unquoted date stays text' },
		{ text: 'date: 2020', value: 2020, case: 'a year is a number' },
		{ text: 'date: ukendt', value: 'ukendt', case: 'a word is text' },
		{ text: 'answer: no', value: 'no', case: 'no is text, not false (YAML 1.2)' },
		{ text: 'answer: yes', value: 'yes', case: 'yes is text, not true (YAML 1.2)' },
		{ text: 'flag: true', value: true, case: 'true is a boolean' },
	])('reads $text: $case', ({ text, value }) => {
		expect((parseYamlSource(text).data as Record<string, unknown>)[text.split(':')[0]!]).toEqual(
			value,
		);
	});

	// The editor's common mistakes, each on the line where it was made and with what to write.
	test.each([
		{
			case: 'a field written twice',
			text: 'title: a\nkind: b\ntitle: c\n',
			error: { line: 3, column: 1, message: 'feltet title står to gange: slet det ene' },
		},
		{
			case: 'a tab as indentation',
			text: 'title: a\n\tkind: b\n',
			error: { line: 2, column: 1, message: 'linjen er rykket ind med en tabulator: ryk ind med mellemrum (to for hvert niveau)' },
		},
		{
			case: 'a field indented less than its neighbours',
			text: 'source:\n  title: x\n publisher: y\n',
			error: { line: 3, column: 1, message: 'linjen er rykket forkert ind: felter på samme niveau skal stå lige under hinanden, rykket ind med mellemrum' },
		},
		{
			case: 'a field indented more than its neighbours, on its own line',
			text: 'source:\n  title: x\n    publisher: y\n',
			error: { line: 3, column: 1, message: 'linjen er rykket længere ind end linjen over: ryk den ind som felterne over den' },
		},
		{
			case: 'an unclosed " in the title, at the title rather than at the end',
			text: "kind: referat\ndate: '2020'\ntitle: \"Referat fra mødet\nissuer: x\nsummary: y\n",
			error: { line: 3, column: 8, message: 'anførselstegnet " i title er ikke lukket: skriv et " til sidst i teksten, på samme linje' },
		},
		{
			case: "an unclosed ' in a nested field",
			text: "source:\n  title: 'Referat\n  publisher: x\n",
			error: { line: 2, column: 10, message: "anførselstegnet ' i title er ikke lukket: skriv et ' til sidst i teksten, på samme linje" },
		},
		{
			case: 'a colon in a value',
			text: 'kind: referat\ntitle: Referat: mødet i rådet\n',
			error: { line: 2, column: 8, message: "en tekst med kolon skal stå i anførselstegn: skriv title: 'Referat: mødet i rådet'" },
		},
		{
			case: "an apostrophe inside '...'",
			text: "title: 'Rådets 'nye' plan'\n",
			error: { line: 1, column: 17, message: "en apostrof inde i '...' afslutter teksten: skriv en apostrof inde i '...' som '', fx title: 'Rådets ''nye'' plan'" },
		},
		{
			case: 'text after a closing "',
			text: 'title: "Referat" fra mødet\n',
			error: { line: 1, column: 18, message: `teksten fortsætter efter det afsluttende ": sæt hele teksten i '...': skriv title: '"Referat" fra mødet'` },
		},
		{
			case: 'a text beginning with [',
			text: 'title: [Bilag] mødet\n',
			error: { line: 1, column: 16, message: "en tekst, der begynder med [ eller {, skal stå i anførselstegn: skriv title: '[Bilag] mødet'" },
		},
		{
			case: 'a text beginning with @',
			text: 'title: @rådet\n',
			error: { line: 1, column: 8, message: "en tekst, der begynder med et af tegnene @ ` % | > skal stå i anførselstegn (tekst i '...' må indeholde kolon, anførselstegn og #): skriv title: '@rådet'" },
		},
		{
			case: 'a list not closed with ]',
			text: 'focusAreas: [a, b\nkind: x\n',
			error: { line: 2, column: 1, message: 'en liste i [...] mangler sit ]: skriv ] til sidst i listen, på samme linje' },
		},
		{
			case: 'a line without a colon',
			text: 'title: a\nsummary\n',
			error: { line: 2, column: 1, message: 'linjen mangler et kolon efter feltets navn: skriv navn: værdi (med mellemrum efter kolon)' },
		},
		{
			case: 'a list item on the line of its field',
			text: 'focusAreas: - alderdom\n',
			error: { line: 1, column: 13, message: 'en liste begynder på linjen under feltets navn, med "- " foran hvert punkt (eller skriv teksten i \'...\', hvis den begynder med -)' },
		},
		{
			case: 'an unknown escape in "..."',
			text: 'title: "a \\q b"\n',
			error: { line: 1, column: 11, message: `en \\ i "..." skal efterfølges af et kendt tegn: skriv teksten i '...' i stedet, hvor \\ bare er et tegn` },
		},
		{
			case: 'a second document',
			text: 'a: 1\n---\nb: 2\n',
			error: { line: 2, column: 1, message: 'en linje "---" inde i metadata: metadata har kun én linje "---" før og én efter' },
		},
	])('explains $case in Danish on its line, and gives no data', ({ text, error }) => {
		const yaml = parseYamlSource(text);
		expect(yaml.errors).toEqual([error]);
		expect(yaml.data).toBeUndefined();
	});

	test('gives null data and no error for empty text', () => {
		const yaml = parseYamlSource('');
		expect(yaml.errors).toEqual([]);
		expect(yaml.data).toBeNull();
	});
});

describe('lineOf', () => {
	const yaml = parseYamlSource(SOURCE);

	test.each([
		{ path: ['title'], line: 2 },
		{ path: ['source'], line: 3 },
		{ path: ['source', 'publisher'], line: 5 },
		{ path: ['focusAreas', 0], line: 7 },
		{ path: ['focusAreas', 1], line: 9 },
		{ path: ['notes', 1], line: 13 },
		{ path: ['notes', 1, 'kind'], line: 13 },
		{ path: ['notes', 1, 'text'], line: 15 },
		{ path: ['tags', 1], line: 16 },
	])('finds $path on line $line', ({ path, line }) => {
		expect(yaml.lineOf(path)).toBe(line);
	});

	test.each([
		{ path: ['source', 'journalNumber'], line: 3, case: 'a missing key: its parent' },
		{ path: ['focusAreas', 5], line: 6, case: 'a missing list item: the list' },
		{ path: ['title', 'sub'], line: 2, case: 'a path below a text: the text' },
		{ path: ['dateNote'], line: 2, case: 'a missing top-level key: the first key' },
		{ path: [], line: 2, case: 'the whole document: the first key' },
	])('points $case', ({ path, line }) => {
		expect(yaml.lineOf(path)).toBe(line);
	});

	test('returns line 1 for empty text', () => {
		expect(parseYamlSource('').lineOf(['title'])).toBe(1);
	});

	test('counts lines the same with Windows line ends', () => {
		expect(parseYamlSource(SOURCE.replace(/\n/g, '\r\n')).lineOf(['notes', 1, 'text'])).toBe(15);
	});
});

describe('lazyYamlSource', () => {
	// Existing and missing paths of every kind lineOf's tests above use, and keys of other types.
	const paths: PropertyKey[][] = [
		[], ['title'], ['title', 'sub'], ['source'], ['source', 'publisher'], ['source', 'journalNumber'], ['focusAreas', 0], ['focusAreas', 1],
		['focusAreas', 5], ['focusAreas', '0'], ['notes', 1, 'text'], ['notes', 1, 'missing'], ['notes', 0, 'kind'], ['tags', 1], ['dateNote'], [0], ['2021'],
	];
	const texts = { SOURCE, 'Windows line ends': SOURCE.replace(/\n/g, '\r\n'), empty: '', 'number keys': '2021: a\n0:\n  - x\n  - y: z\n', 'a list at the top': '- a\n- b: c\n' };

	test.each(Object.entries(texts))('answers lineOf from the line index as the parse does: %s', (_name, text) => {
		const parsed = parseYamlSource(text);
		const lazy = lazyYamlSource(text, parsed.lineIndex());
		for (const path of [...paths, ...Object.keys(parsed.lineIndex()).map((key) => JSON.parse(key) as PropertyKey[])]) {
			expect(lazy.lineOf(path), JSON.stringify(path)).toBe(parsed.lineOf(path));
		}
	});

	test('gives the same data, ranges and positions as the parse, with the same text', () => {
		const parsed = parseYamlSource(SOURCE);
		const lazy = lazyYamlSource(SOURCE, parsed.lineIndex());
		expect(lazy.text).toBe(SOURCE);
		expect(lazy.data).toEqual(parsed.data);
		expect(lazy.errors).toEqual([]);
		expect(lazy.rangeOf(['notes', 1, 'text'])).toEqual(parsed.rangeOf(['notes', 1, 'text']));
		expect(lazy.positionAt(40)).toEqual(parsed.positionAt(40));
	});
});

describe('parseYamlSource refuses the YAML an editor never needs', () => {
	test.each([
		{ case: 'an anchor and its alias', text: 'title: &t x\nsummary: *t\n', messages: ['YAML-ankre (&t) bruges ikke: slet "&t"', 'YAML-aliaser (*t) bruges ikke: skriv værdien ud hvert sted, den skal stå'] },
		{ case: 'an unknown tag', text: 'title: !js x\n', messages: ['YAML-mærker (!js) bruges ikke: slet "!js", og skriv værdien i anførselstegn, hvis den er en tekst'] },
		{ case: 'a core tag', text: 'date: !!str 2020\n', messages: ['YAML-mærker (!!str) bruges ikke: slet "!!str", og skriv værdien i anførselstegn, hvis den er en tekst'] },
	])('refuses $case in Danish and gives no data', ({ text, messages }) => {
		const source = parseYamlSource(text);
		expect(source.data).toBeUndefined();
		expect(source.errors.map((error) => error.message)).toEqual(messages);
	});

	test('refuses an alias bomb at once, without expanding it', () => {
		const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let level = 1; level < 12; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
		const source = parseYamlSource(levels.join('\n'));
		expect(source.data).toBeUndefined();
		expect(source.errors.length).toBeGreaterThan(0);
		expect(source.errors.every((error) => error.message.startsWith('YAML-'))).toBe(true);
	});

	test('keeps plain values and a text that merely contains ! or &', () => {
		expect(parseYamlSource('title: "Hej!"\nsummary: Tom & Jerry\nyear: 2020\n').data).toEqual({ title: 'Hej!', summary: 'Tom & Jerry', year: 2020 });
	});
});

describe('danishYamlError', () => {
	test('has a Danish message for every error code the yaml package names', () => {
		const codes = readFileSync(join(import.meta.dirname, '../../node_modules/yaml/dist/errors.d.ts'), 'utf8').match(/export type ErrorCode = ([^;]+);/)![1]!.match(/'([A-Z_0-9]+)'/g)!;
		const at = () => ({ line: 1, column: 1 });
		for (const code of codes.map((quoted) => quoted.slice(1, -1))) {
			const message = danishYamlError(new YAMLParseError([0, 0], code as ErrorCode, 'Some English text'), 'title: x\n', at).message;
			expect(message, code).not.toMatch(/English/);
			// IMPOSSIBLE is the parser's own bug: nothing more to say than the generic message.
			if (code !== 'IMPOSSIBLE') expect(message, code).not.toBe(GENERIC_MESSAGE);
		}
	});

	test('falls back to a Danish message on the line for a code it does not know', () => {
		const error = new YAMLParseError([9, 10], 'SOMETHING_NEW' as ErrorCode, 'Something new');
		expect(danishYamlError(error, 'title: x\nkind: y\n', () => ({ line: 2, column: 1 }))).toEqual({ line: 2, column: 1, message: GENERIC_MESSAGE });
	});
});
