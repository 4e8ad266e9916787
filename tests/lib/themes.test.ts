import { describe, expect, test } from 'vitest';
import { oldestFirst, periodPairs, unorderedPeriodPairs, visionDiff } from '../../src/lib/compare.ts';
import { focusAreaStages, periodThemeIds, themeInPeriods } from '../../src/lib/themes.ts';
import { PeriodSchema } from '../../src/schemas/index.ts';

const older = PeriodSchema.parse({
	id: '2018-2020',
	title: 'Aftale 2018-2020',
	firstYear: 2018,
	lastYear: 2020,
	vision: { title: 'Egenmestring', text: 'Tekst.', quotedFrom: 'Kilde.', themes: ['egenmestring'] },
});
const newer = PeriodSchema.parse({
	id: '2021-2022',
	title: 'Aftale 2021-2022',
	firstYear: 2021,
	lastYear: 2022,
	vision: { title: 'Egenmestring', text: 'Tekst.', quotedFrom: 'Kilde.', themes: ['egenmestring'] },
	focusAreas: [
		{ id: 'psykiatri', number: 1, title: 'Sammen om en stærk socialpsykiatri', themes: ['socialpsykiatri'] },
		{ id: 'alderdom', number: 2, title: 'Den gode alderdom', themes: ['alderdom'] },
	],
	focusAreaHistory: [
		{
			label: 'Foreslået',
			date: '2019-12',
			source: '2021-2022/referat',
			focusAreas: [
				{ number: 1, title: 'Den gode alderdom for borgere med et handicap', themes: ['alderdom'] },
				{ number: 2, title: 'Flere borgere i socialpsykiatrien', themes: ['socialpsykiatri'] },
			],
		},
	],
	approval: { date: '2020-11-24', body: 'Regionsrådet', source: '2021-2022/godkendelse' },
});
const documents = [
	{ id: 'a', period: '2018-2020', themes: ['egenmestring', 'beskaeftigelse'] },
	{ id: 'b', period: '2021-2022', themes: ['alderdom'] },
];

describe('focusAreaStages', () => {
	test('gives the stages before approval, then the approved focus areas with the approval', () => {
		const stages = focusAreaStages(newer);
		expect(stages.map((stage) => [stage.date, stage.label, stage.approved])).toEqual([
			['2019-12', 'Foreslået', false],
			['2020-11-24', 'Regionsrådet', true],
		]);
		expect(stages[1]!.source).toBe('2021-2022/godkendelse');
		expect(stages[1]!.focusAreas.map((area) => area.title)).toEqual(['Sammen om en stærk socialpsykiatri', 'Den gode alderdom']);
	});

	test('has no stages where the sources name no focus areas', () => {
		expect(focusAreaStages(older)).toEqual([]);
	});

	test('gives approved focus areas an unknown date when no approval is recorded', () => {
		const { approval: _, ...withoutApproval } = newer;
		expect(focusAreaStages({ ...withoutApproval, focusAreaHistory: [] })).toMatchObject([{ date: 'ukendt', approved: true }]);
	});
});

describe('themeInPeriods', () => {
	test('follows a focus-area theme through its stages, period by period', () => {
		const [inOlder, inNewer] = themeInPeriods('alderdom', [older, newer], documents);
		expect(inOlder).toMatchObject({ asVision: false, focusAreas: [], stages: [], documents: [] });
		expect(inNewer!.asVision).toBe(false);
		expect(inNewer!.focusAreas.map((area) => area.number)).toEqual([2]);
		expect(inNewer!.stages.map(({ stage, focusAreas }) => [stage.date, focusAreas[0]!.number])).toEqual([
			['2019-12', 1],
			['2020-11-24', 2],
		]);
		expect(inNewer!.documents.map((document) => document.id)).toEqual(['b']);
	});

	test('finds a vision theme in every period whose vision belongs to it', () => {
		expect(themeInPeriods('egenmestring', [older, newer], documents).map((found) => found.asVision)).toEqual([true, true]);
	});
});

describe('periodThemeIds', () => {
	test('lists vision, focus-area and document themes once each, first seen first', () => {
		expect(periodThemeIds(newer, documents)).toEqual(['egenmestring', 'alderdom', 'socialpsykiatri']);
		expect(periodThemeIds(older, documents)).toEqual(['egenmestring', 'beskaeftigelse']);
	});
});

describe('periodPairs', () => {
	test('pairs every period with every other, both ways round', () => {
		const pairs = periodPairs([{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map(([a, b]) => `${a.id}-${b.id}`);
		expect(pairs).toEqual(['a-b', 'a-c', 'b-a', 'b-c', 'c-a', 'c-b']);
	});

	test('one period has nothing to compare with', () => {
		expect(periodPairs([{ id: 'a' }])).toEqual([]);
	});
});

describe('oldestFirst', () => {
	test('orders two periods oldest first whichever way they come', () => {
		expect(oldestFirst(newer, older).map((period) => period.id)).toEqual(['2018-2020', '2021-2022']);
		expect(oldestFirst(older, newer).map((period) => period.id)).toEqual(['2018-2020', '2021-2022']);
	});
});

describe('unorderedPeriodPairs', () => {
	const third = PeriodSchema.parse({ id: '2023-2024', title: 'Aftale 2023-2024', firstYear: 2023, lastYear: 2024 });

	test('gives each pair once, oldest first, whatever order the periods come in', () => {
		const ids = (pairs: [{ id: string }, { id: string }][]) => pairs.map(([a, b]) => `${a.id} ${b.id}`);
		expect(ids(unorderedPeriodPairs([third, newer, older]))).toEqual(['2021-2022 2023-2024', '2018-2020 2023-2024', '2018-2020 2021-2022']);
		expect(unorderedPeriodPairs([older])).toEqual([]);
		expect(unorderedPeriodPairs([older, newer, third])).toHaveLength(periodPairs([older, newer, third]).length / 2);
	});
});

describe('visionDiff', () => {
	const withVision = (textKind: 'vision' | 'omtale', text: string) => ({ vision: { title: 'V', text, quotedFrom: 'K.', themes: [], textKind } });

	test('diffs two visions’ own wordings', () => {
		expect(visionDiff(withVision('vision', 'Alle borgere'), withVision('vision', 'Alle nye borgere'))?.map((part) => part.kind)).toEqual(['same', 'added', 'same']);
	});

	test.each([
		['a source’s sentence about a vision against a vision', withVision('vision', 'A'), withVision('omtale', 'B')],
		['two sentences about visions', withVision('omtale', 'A'), withVision('omtale', 'B')],
		['a period without a vision', withVision('vision', 'A'), {}],
	])('does not diff %s', (_, a, b) => {
		expect(visionDiff(a, b)).toBeUndefined();
	});
});
