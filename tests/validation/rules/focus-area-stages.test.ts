// A document is tagged with the focus areas of the stage it belongs to; the check refuses a stage
// or a focus area the period does not have, with the file and line.
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/validation/check-content.ts';
import { formatProblem } from '../../../src/validation/problems.ts';
import { copyWithEdits, removeSites } from '../../helpers/content-fixture.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/sites/themes-and-glossary');
afterEach(removeSites);

const PERIOD = '2021-2022/periode.yaml';
const DOCUMENT = '2021-2022/godkendelse.md';

/** The fixture's stage gets an id and its focus area an id and what it became. */
const withStageIds = (text: string) =>
	text
		.replace('  - label: Foreslået', '  - id: foreslaaet\n    label: Foreslået')
		.replace('      - number: 1\n        title: Alderdom for alle', '      - id: alderdom-for-alle\n        number: 1\n        title: Alderdom for alle\n        becomes: alderdom');

const problemsOf = (edits: Record<string, (text: string) => string>): string[] => checkContent(copyWithEdits(FIXTURE, edits, 'focus-stages-')).problems.map(formatProblem);

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
