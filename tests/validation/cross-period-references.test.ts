// The content check resolves every reference to a theme, a glossary entry and a document, and says
// which file and line holds one that points nowhere.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { nearestKnown } from '../../src/validation/nearest-known.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { copyWithEdits, removeSites } from '../helpers/content-fixture.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/sites/themes-and-glossary');
afterEach(removeSites);

/** A copy of the fixture as <tmp>/content, with `edit` applied to the files it names. */
const contentWith = (edits: Record<string, (text: string) => string> = {}) => copyWithEdits(FIXTURE, edits, 'cross-period-');

const problemsOf = (edits: Record<string, (text: string) => string>) => checkContent(contentWith(edits)).problems.map(formatProblem);

/** The 1-based line of the first line in `file` of the fixture that contains `text`, after `edit`. */
function lineOf(text: string, content: string): number {
	return content.split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('the fixture', () => {
	test('is valid and yields its theme, glossary entries, stages and milestones', () => {
		const result = checkContent(contentWith());
		expect(result.problems).toEqual([]);
		expect(result.themes.map((theme) => theme.id)).toEqual(['alderdom']);
		expect(result.glossary.map((entry) => entry.id)).toEqual(['das', 'styregruppe']);
		expect(result.periods[0]!.data.focusAreaHistory).toHaveLength(1);
		expect(result.periods[0]!.data.milestones.map((milestone) => milestone.date)).toEqual(['2020-01-20', '2020']);
		expect(result.documents[0]!.data.themes).toEqual(['alderdom']);
	});
});

describe('unknown references', () => {
	test.each([
		['a document', '2021-2022/godkendelse.md', '  - alderdom', '  - ukendt-tema', 'themes[0] "ukendt-tema" er ikke et tema'],
		['the vision', '2021-2022/periode.yaml', '    - alderdom', '    - ukendt-tema', 'vision.themes[0] "ukendt-tema" er ikke et tema'],
		['an approved focus area', '2021-2022/periode.yaml', '      - alderdom\nfocusAreaHistory', '      - ukendt-tema\nfocusAreaHistory', 'focusAreas[0].themes[0] "ukendt-tema"'],
		['a stage of the focus areas', '2021-2022/periode.yaml', '          - alderdom', '          - ukendt-tema', 'focusAreaHistory[0].focusAreas[0].themes[0] "ukendt-tema"'],
	])('a theme reference from %s that points nowhere is reported with file and line', (_, file, from, to, message) => {
		const original = readFileSync(join(FIXTURE, file), 'utf8');
		const edited = original.replace(from, to);
		expect(edited).not.toBe(original);
		const line = lineOf('ukendt-tema', edited);
		const problems = problemsOf({ [file]: () => edited });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`content/${file}:${line}`);
		expect(problems[0]).toContain(message);
		expect(problems[0]).toContain('temaer/ukendt-tema.md findes ikke');
	});

	test('a glossary reference from a theme that points nowhere is reported with file and line', () => {
		const problems = problemsOf({ 'temaer/alderdom.md': (text) => text.replace('  - das', '  - kkr') });
		expect(problems).toEqual([
			'content/temaer/alderdom.md:5 glossary[0] "kkr" er ikke et begreb i ordlisten (ordliste/kkr.md findes ikke)',
		]);
	});

	test('a related glossary entry that does not exist is reported with file and line', () => {
		const problems = problemsOf({ 'ordliste/das.md': (text) => text.replace('  - styregruppe', '  - kkr') });
		expect(problems).toEqual([
			'content/ordliste/das.md:6 related[0] "kkr" er ikke et begreb i ordlisten (ordliste/kkr.md findes ikke)',
		]);
	});

	test('a milestone citing a document that is not in the archive is reported with its line', () => {
		const problems = problemsOf({
			'2021-2022/periode.yaml': (text) => text.replace("    kind: frist\n    label: Frist for kommentarer\n    source: '2021-2022/godkendelse'", "    kind: frist\n    label: Frist for kommentarer\n    source: '2021-2022/findes-ikke'"),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/2021-2022\/periode\.yaml:31 milestones\[0\]\.source "2021-2022\/findes-ikke" peger ikke på et dokument/);
	});
});

describe('an unknown id suggests the nearest known one', () => {
	test.each([
		['a focus area', '2021-2022/godkendelse.md', 'focusAreas: [alderdom]', 'focusAreas: [alderdomm]', 'focusAreas[0] "alderdomm" er ikke et fokusområde i perioden 2021-2022 (kendte: alderdom): mente du "alderdom"?'],
		['a theme', '2021-2022/godkendelse.md', 'themes:\n  - alderdom', 'themes:\n  - alderdon', 'themes[0] "alderdon" er ikke et tema: temaer/alderdon.md findes ikke (kendte temaer: alderdom): mente du "alderdom"?'],
		['a glossary entry', 'ordliste/das.md', '  - styregruppe', '  - styregrupe', 'related[0] "styregrupe" er ikke et begreb i ordlisten (ordliste/styregrupe.md findes ikke): mente du "styregruppe"?'],
		['a document', '2021-2022/periode.yaml', "  source: '2021-2022/godkendelse'\n  themes", "  source: '2021-2022/godkendelsen'\n  themes", 'mente du "2021-2022/godkendelse"?'],
	])('for %s', (_, file, from, to, message) => {
		const original = readFileSync(join(FIXTURE, file), 'utf8');
		const edited = original.replace(from, to);
		expect(edited).not.toBe(original);
		const problems = problemsOf({ [file]: () => edited });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^content/${file}:\\d+ `));
		expect(problems[0]!.endsWith(message)).toBe(true);
	});
});

describe('nearestKnown', () => {
	test.each([
		{ value: 'alderdomm', known: ['alderdom', 'socialpsykiatri'], meant: 'alderdom' },
		{ value: 'Alderdom', known: ['alderdom'], meant: 'alderdom' },
		{ value: 'den-gode-alderdom', known: ['den-gode-alderdom-', 'alderdom'], meant: 'den-gode-alderdom-' },
		{ value: 'fyrtaarne', known: ['alderdom'], meant: undefined },
		{ value: 'kkr', known: ['das'], meant: undefined },
		{ value: 'ab', known: ['ac', 'ad'], meant: 'ac' },
		{ value: 'x', known: [], meant: undefined },
	])('suggests $meant for $value among $known', ({ value, known, meant }) => {
		expect(nearestKnown(value, new Set(known))).toBe(meant);
	});
});

describe('glossary and theme files', () => {
	test('the same spelling in two glossary entries is refused', () => {
		const problems = problemsOf({ 'ordliste/styregruppe.md': (text) => text.replace('related:', "aliases:\n  - 'das'\nrelated:") });
		expect(problems).toEqual([
			'content/ordliste/styregruppe.md:2 "das" står også i content/ordliste/das.md: et ord eller en forkortelse må kun høre til ét begreb i ordlisten',
		]);
	});

	test('a theme without a description is refused', () => {
		const problems = problemsOf({ 'temaer/alderdom.md': (text) => text.replace('Et tema, der kun findes i testene.', '') });
		expect(problems).toEqual(['content/temaer/alderdom.md:7 temaet mangler en beskrivelse efter metadata']);
	});
});

describe('milestones', () => {
	test('a milestone written before one it comes after is reported on its date', () => {
		const problems = problemsOf({ '2021-2022/periode.yaml': (text) => text.replace("  - date: '2020'\n", "  - date: '2019-06'\n") });
		expect(problems).toEqual([
			'content/2021-2022/periode.yaml:32 milestones[1].date "2019-06" ligger før den forrige milepæl (2020-01-20): skriv milepælene i tidsfølge',
		]);
	});

	test('a milestone needs a date from its source', () => {
		const problems = problemsOf({ '2021-2022/periode.yaml': (text) => text.replace("  - date: '2020'\n", "  - date: 'ukendt'\n") });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/2021-2022\/periode\.yaml:32 milestones\[1\]\.date "ukendt" en milepæl skal have en dato fra kilden/);
	});
});

describe('reserved addresses', () => {
	test('a document may not take the address of the period timeline', () => {
		const { contentDir, rootDir } = contentWith();
		cpSync(join(contentDir, '2021-2022/godkendelse.md'), join(contentDir, '2021-2022/tidslinje.md'));
		const problems = checkContent({ contentDir, rootDir }).problems.map(formatProblem);
		expect(problems).toEqual([
			'content/2021-2022/tidslinje.md: filnavnet giver adressen /2021-2022/tidslinje/, som periodens egen side bruger: giv dokumentet et andet filnavn',
		]);
	});
});
