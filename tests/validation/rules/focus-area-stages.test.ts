// A document is tagged with the focus areas of the stage it belongs to; the check refuses a stage
// or a focus area the period does not have, with the file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/validation/check-content.ts';
import { formatProblem } from '../../../src/validation/problems.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/sites/themes-and-glossary');
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const PERIOD = '2021-2022/periode.yaml';
const DOCUMENT = '2021-2022/godkendelse.md';

/** The fixture's stage gets an id and its focus area an id and what it became. */
const withStageIds = (text: string) =>
	text
		.replace('  - label: Foreslået', '  - id: foreslaaet\n    label: Foreslået')
		.replace('      - number: 1\n        title: Alderdom for alle', '      - id: alderdom-for-alle\n        number: 1\n        title: Alderdom for alle\n        becomes: alderdom');

function problemsOf(edits: Record<string, (text: string) => string>): string[] {
	const root = mkdtempSync(join(tmpdir(), 'focus-stages-'));
	folders.push(root);
	const contentDir = join(root, 'content');
	cpSync(FIXTURE, contentDir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(contentDir, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	return checkContent({ contentDir, rootDir: root }).problems.map(formatProblem);
}

const tagged = (stage: string, ids: string) => (text: string) => text.replace('focusAreas: [alderdom]', `focusAreaStage: ${stage}\nfocusAreas: [${ids}]`);

describe('focusAreaStageReferences', () => {
	test('accepts a document tagged with the focus areas of the stage it names', () => {
		expect(problemsOf({ [PERIOD]: withStageIds, [DOCUMENT]: tagged('foreslaaet', 'alderdom-for-alle') })).toEqual([]);
	});

	test('accepts a document without a stage tagged with the approved focus areas', () => {
		expect(problemsOf({ [PERIOD]: withStageIds })).toEqual([]);
	});

	test('reports a stage the period does not have, once, with its line', () => {
		const problems = problemsOf({ [PERIOD]: withStageIds, [DOCUMENT]: tagged('droeftet', 'alderdom-for-alle') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`content/${DOCUMENT}:9`);
		expect(problems[0]).toContain('focusAreaStage "droeftet" er ikke et trin under focusAreaHistory i perioden 2021-2022 (kendte: foreslaaet');
	});

	test('reports an approved focus area used with a stage that did not have it yet', () => {
		const problems = problemsOf({ [PERIOD]: withStageIds, [DOCUMENT]: tagged('foreslaaet', 'alderdom') });
		expect(problems).toEqual([expect.stringContaining('focusAreas[0] "alderdom" er ikke et fokusområde i trinnet "foreslaaet" i perioden 2021-2022 (kendte: alderdom-for-alle)')]);
	});

	test('reports a stage\'s focus area used without naming the stage', () => {
		const problems = problemsOf({ [PERIOD]: withStageIds, [DOCUMENT]: (text) => text.replace('focusAreas: [alderdom]', 'focusAreas: [alderdom-for-alle]') });
		expect(problems).toEqual([expect.stringContaining('focusAreas[0] "alderdom-for-alle" er ikke et fokusområde i perioden 2021-2022 (kendte: alderdom)')]);
	});

	test('tells an editor who names the approved stage to leave the field out', () => {
		const problems = problemsOf({ [PERIOD]: withStageIds, [DOCUMENT]: tagged('godkendt', 'alderdom') });
		expect(problems[0]).toContain('focusAreaStage "godkendt" skrives ikke: udelad feltet');
	});

	test('reports a "becomes" that names no approved focus area, with its line', () => {
		const problems = problemsOf({ [PERIOD]: (text) => withStageIds(text).replace('becomes: alderdom', 'becomes: ukendt') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/content\/2021-2022\/periode\.yaml:\d+ focusAreaHistory\[0\]\.focusAreas\[0\]\.becomes "ukendt" er ikke et af periodens godkendte fokusområder \(kendte: alderdom\)/);
	});
});
