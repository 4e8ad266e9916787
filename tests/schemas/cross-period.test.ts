import { describe, expect, test } from 'vitest';
import { dateBounds, DocumentFrontmatterSchema, MilestoneSchema, PeriodSchema, ThemeSchema } from '../../src/schemas/index.ts';

describe('dateBounds', () => {
	test.each([
		['2020-02-03', '2020-02-03', '2020-02-03'],
		['2020-02', '2020-02-01', '2020-02-29'],
		['2019-02', '2019-02-01', '2019-02-28'],
		['2020', '2020-01-01', '2020-12-31'],
	])('%s runs from %s to %s', (date, first, last) => {
		expect(dateBounds(date)).toEqual({ first, last });
	});
});

describe('ThemeSchema', () => {
	test('parses a minimal theme with its defaults', () => {
		expect(ThemeSchema.parse({ title: 'Egenmestring', summary: 'Visionen.' })).toMatchInlineSnapshot(`
			{
			  "glossary": [],
			  "summary": "Visionen.",
			  "title": "Egenmestring",
			}
		`);
	});

	test('refuses an unknown field', () => {
		expect(ThemeSchema.safeParse({ title: 'X', summary: 'Y', beskrivelse: 'Z' }).success).toBe(false);
	});
});

describe('MilestoneSchema', () => {
	test('keeps a partial date as the source gives it, with its own words for it', () => {
		expect(MilestoneSchema.parse({ date: 2020, dateText: 'sommeren 2020', kind: 'plan', label: 'Behandling' })).toEqual({
			date: '2020',
			dateText: 'sommeren 2020',
			kind: 'plan',
			label: 'Behandling',
		});
	});

	test.each([['ukendt'], ['2020-13'], ['sommer 2020']])('refuses the date %s', (date) => {
		expect(MilestoneSchema.safeParse({ date, kind: 'frist', label: 'Frist' }).success).toBe(false);
	});

	test('refuses a kind outside the closed list', () => {
		expect(MilestoneSchema.safeParse({ date: '2020-01-20', kind: 'deadline', label: 'Frist' }).success).toBe(false);
	});
});

describe('PeriodSchema with milestones', () => {
	const period = { id: '2021-2022', title: 'T', firstYear: 2021, lastYear: 2022 };

	test('accepts milestones whose order does not contradict their dates', () => {
		const milestones = [
			{ date: '2020-02-03', kind: 'moede', label: 'Visionsdag' },
			{ date: '2020', kind: 'plan', label: 'Sommer' },
			{ date: '2020-10-23', kind: 'beslutning', label: 'Udvalg' },
		];
		expect(PeriodSchema.safeParse({ ...period, milestones }).success).toBe(true);
	});

	test('refuses a milestone certainly earlier than the one before it', () => {
		const result = PeriodSchema.safeParse({
			...period,
			milestones: [
				{ date: '2020-10-23', kind: 'beslutning', label: 'Udvalg' },
				{ date: '2020-02', kind: 'moede', label: 'Visionsdag' },
			],
		});
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path).toEqual(['milestones', 1, 'date']);
	});

	test('defaults themes, stages and milestones to empty', () => {
		const parsed = PeriodSchema.parse({ ...period, vision: { title: 'V', text: 'T', quotedFrom: 'Q' }, focusAreas: [{ id: 'a', title: 'A' }] });
		expect([parsed.vision!.themes, parsed.focusAreas[0]!.themes, parsed.focusAreaHistory, parsed.milestones]).toEqual([[], [], [], []]);
	});
});

describe('DocumentFrontmatterSchema', () => {
	test('themes are slugs', () => {
		const document = { title: 'T', kind: 'referat', date: 'ukendt', issuer: 'ukendt', source: { title: 'T', publisher: 'ukendt' }, summary: 'S' };
		expect(DocumentFrontmatterSchema.parse(document).themes).toEqual([]);
		expect(DocumentFrontmatterSchema.safeParse({ ...document, themes: ['Den gode alderdom'] }).success).toBe(false);
	});
});
