// Protects how schema errors become problems: field name, value found, what is expected, and the line in the file.
import { describe, expect, test } from 'vitest';
import { DocumentFrontmatterSchema } from '../../src/schemas/index.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { parseYamlSource } from '../../src/content-source/yaml-source.ts';
import { fieldName, problemsFromZod } from '../../src/validation/zod-problems.ts';

const VALID = [
	'title: Referat', // 1
	'kind: referat', // 2
	"date: '2021-03-04'", // 3
	'issuer: Testrådet', // 4
	'source:', // 5
	'  title: Kilde', // 6
	'  publisher: ukendt', // 7
	'summary: Et referat.', // 8
];

/** Problems for YAML text that starts on line `lineOffset + 1` of the file, formatted. */
function problemsFor(lines: string[], lineOffset = 1): string[] {
	const yaml = parseYamlSource(lines.join('\n'));
	const result = DocumentFrontmatterSchema.safeParse(yaml.data ?? {});
	if (result.success) return [];
	return problemsFromZod(result.error, 'content/2021-2022/x.md', yaml, lineOffset).map(
		formatProblem,
	);
}

const replace = (key: string, line: string) =>
	VALID.map((entry) => (entry.startsWith(`${key}:`) ? line : entry));

describe('fieldName', () => {
	test.each([
		{ path: ['title'], name: 'title' },
		{ path: ['source', 'journalNumber'], name: 'source.journalNumber' },
		{ path: ['focusAreas', 1], name: 'focusAreas[1]' },
		{ path: ['focusAreas', 1, 'id'], name: 'focusAreas[1].id' },
		{ path: ['notes', 0, 'kind'], name: 'notes[0].kind' },
		{ path: [], name: '' },
	])("names $path '$name'", ({ path, name }) => {
		expect(fieldName(path)).toBe(name);
	});
});

describe('problemsFromZod', () => {
	test('reports nothing for valid frontmatter', () => {
		expect(problemsFor(VALID)).toEqual([]);
	});

	test('names the field, the value and what is expected, on the line of the field', () => {
		expect(problemsFor(replace('kind', 'kind: aftale'))).toEqual([
			'content/2021-2022/x.md:3 kind "aftale" skal være en af: aftaletekst, godkendelse, resultater, visionsdag, referat, skriftligt-input',
		]);
	});

	test('adds the line offset of the frontmatter in the file', () => {
		expect(problemsFor(replace('kind', 'kind: aftale'), 10)).toEqual([
			'content/2021-2022/x.md:12 kind "aftale" skal være en af: aftaletekst, godkendelse, resultater, visionsdag, referat, skriftligt-input',
		]);
	});

	test('says a missing field is missing, on the line of its parent', () => {
		expect(problemsFor(VALID.filter((line) => !line.includes('publisher')))).toEqual([
			'content/2021-2022/x.md:6 source.publisher mangler (skal være en tekst)',
		]);
	});

	test('reports each unknown key on its own line', () => {
		expect(problemsFor([...VALID, 'titel: Referat', 'periode: 2021-2022'])).toEqual([
			'content/2021-2022/x.md:10 titel er ikke et kendt felt (stavefejl? se feltlisten i CONTRIBUTING.md)',
			'content/2021-2022/x.md:11 periode er ikke et kendt felt (stavefejl? se feltlisten i CONTRIBUTING.md)',
		]);
	});

	test('reports an unknown key inside the source with its full name', () => {
		expect(problemsFor([...VALID.slice(0, 7), '  udgiver: Regionen', VALID[7]!])).toEqual([
			'content/2021-2022/x.md:9 source.udgiver er ikke et kendt felt (stavefejl? se feltlisten i CONTRIBUTING.md)',
		]);
	});

	test.each([
		{ line: 'summary: true', shown: 'summary true skal være en tekst' },
		{ line: 'summary: 42', shown: 'summary 42 skal være en tekst' },
		{ line: 'summary: ~', shown: 'summary null skal være en tekst' },
		{ line: 'summary: [a, b]', shown: 'summary skal være en tekst' },
		{ line: 'summary: {a: b}', shown: 'summary skal være en tekst' },
	])("shows the value found in '$line'", ({ line, shown }) => {
		expect(problemsFor(replace('summary', line))).toEqual([`content/2021-2022/x.md:9 ${shown}`]);
	});

	test('shows a text of 60 characters in full and shortens a longer one', () => {
		const sixty = 'x'.repeat(60);
		expect(problemsFor(replace('kind', `kind: ${sixty}`))[0]).toContain(`kind "${sixty}" skal`);
		expect(problemsFor(replace('kind', `kind: ${sixty}y`))[0]).toContain(
			`kind "${'x'.repeat(57)}..." skal`,
		);
	});

	test("names the whole frontmatter 'metadata' when it is not a map", () => {
		expect(problemsFor(['- title', '- kind'])).toEqual([
			'content/2021-2022/x.md:2 metadata Ugyldigt input: forventede objekt, fik liste',
		]);
	});
});
