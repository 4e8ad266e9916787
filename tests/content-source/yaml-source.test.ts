// Protects YAML parsing for the content check: YAML 1.2 keeps dates as text, and every value knows its line.
import { describe, expect, test } from 'vitest';
import { parseYamlSource } from '../../src/content-source/yaml-source.ts';

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

	test.each([
		{
			text: 'title: a\nkind: b\ntitle: c\n',
			error: { line: 3, column: 1, message: 'ugyldig YAML: Map keys must be unique' },
		},
		{
			text: 'title: a\n\tkind: b\n',
			error: { line: 2, column: 1, message: 'ugyldig YAML: Tabs are not allowed as indentation' },
		},
		{
			text: 'source:\n  title: x\n publisher: y\n',
			error: { line: 3, column: 1, message: 'ugyldig YAML: All mapping items must start at the same column' },
		},
	])('reports $error.message with its line and column and gives no data', ({ text, error }) => {
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
