import { describe, expect, test } from 'vitest';
import { documentFocusAreaTags, documentStage, stageDateText } from '../../src/lib/focus-area-tags.ts';
import { PeriodSchema } from '../../src/schemas/index.ts';

// A fictional period: one earlier stage whose first focus area became an approved one and whose
// second became none the editors can tell.
const period = PeriodSchema.parse({
	id: '2031-2032',
	title: 'Aftale 2031-2032',
	firstYear: 2031,
	lastYear: 2032,
	focusAreas: [{ id: 'alderdom', number: 1, title: 'Den gode alderdom' }],
	focusAreaHistory: [
		{
			id: 'foreslaaet',
			label: 'Foreslået',
			date: '2030-05-04',
			dateText: 'senest 4. maj 2030',
			note: 'Dagsordenens side er opdateret den dag.',
			focusAreas: [
				{ id: 'alder', number: 1, title: 'Alderdom for alle', becomes: 'alderdom' },
				{ id: 'pladser', number: 2, title: 'Billige pladser' },
			],
		},
	],
	approval: { date: '2030-11-01', body: 'Testrådet' },
});

describe('documentFocusAreaTags', () => {
	test('names a staged document’s focus areas as its stage did, with what they became', () => {
		const tags = documentFocusAreaTags(period, { focusAreaStage: 'foreslaaet', focusAreas: ['pladser', 'alder'] });
		// In the stage's order, not the document's.
		expect(tags.map((tag) => [tag.title, tag.number, tag.became?.title])).toEqual([
			['Alderdom for alle', 1, 'Den gode alderdom'],
			['Billige pladser', 2, undefined],
		]);
		expect(tags.every((tag) => tag.stage.id === 'foreslaaet' && !tag.stage.approved)).toBe(true);
	});

	test('names a document without a stage by the approved focus areas, which became nothing further', () => {
		const tags = documentFocusAreaTags(period, { focusAreas: ['alderdom'] });
		expect(tags.map((tag) => [tag.title, tag.stage.approved, tag.became])).toEqual([['Den gode alderdom', true, undefined]]);
	});

	test.each([
		{ case: 'an unknown stage', document: { focusAreaStage: 'droeftet', focusAreas: ['alder'] } },
		{ case: 'an approved id under a stage', document: { focusAreaStage: 'foreslaaet', focusAreas: ['alderdom'] } },
		{ case: 'a stage’s id without the stage', document: { focusAreas: ['alder'] } },
		{ case: 'no focus areas', document: { focusAreas: [] } },
	])('gives no tag for $case (the content check reports it)', ({ document }) => {
		expect(documentFocusAreaTags(period, document)).toEqual([]);
	});

	test('gives no approved stage to a period without approved focus areas', () => {
		const bare = PeriodSchema.parse({ id: '2033-2034', title: 'Aftale 2033-2034', firstYear: 2033, lastYear: 2034 });
		expect(documentStage(bare, {})).toBeUndefined();
		expect(documentFocusAreaTags(bare, { focusAreas: ['x'] })).toEqual([]);
	});
});

describe('stageDateText', () => {
	test.each([
		{ stage: { date: '2030-05-04', dateText: 'senest 4. maj 2030' }, text: 'senest 4. maj 2030' },
		{ stage: { date: '2030-05-04' }, text: '4. maj 2030' },
		{ stage: { date: '2030-05' }, text: 'maj 2030' },
		{ stage: { date: 'ukendt' }, text: undefined },
	])('words $stage.date as "$text"', ({ stage, text }) => {
		expect(stageDateText(stage)).toBe(text);
	});
});
