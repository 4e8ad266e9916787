// Protects the shared building blocks: period ids (hyphen, not en dash), slugs and non-empty text.
import { describe, expect, test } from 'vitest';
import { PeriodIdSchema, SlugSchema, TextSchema, parsePeriodId } from '../../src/schemas/index.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
	result.error?.issues.map((issue) => issue.message) ?? [];

describe('parsePeriodId', () => {
	test.each([
		{ id: '2018-2020', years: { firstYear: 2018, lastYear: 2020 } },
		{ id: '2021-2022', years: { firstYear: 2021, lastYear: 2022 } },
		{ id: '2024-2024', years: { firstYear: 2024, lastYear: 2024 } },
	])("reads '$id' as its first and last year", ({ id, years }) => {
		expect(parsePeriodId(id)).toEqual(years);
	});

	test.each([
		'2018–2020',
		'2018—2020',
		'2020-2018',
		'18-20',
		'2018-20',
		'2018 - 2020',
		' 2018-2020',
		'2018-2020/',
		'',
	])("returns undefined for '%s'", (id) => {
		expect(parsePeriodId(id)).toBeUndefined();
	});
});

describe('PeriodIdSchema', () => {
	test.each(['2018-2020', '2021-2022', '2023-2024'])("accepts '%s'", (id) => {
		expect(PeriodIdSchema.parse(id)).toBe(id);
	});

	test.each([
		{
			id: '2018–2020',
			message: 'bruger en tankestreg; skriv årene med bindestreg (fx "2021-2022")',
		},
		{
			id: '2018—2020',
			message: 'bruger en tankestreg; skriv årene med bindestreg (fx "2021-2022")',
		},
		{
			id: '2020-2018',
			message: 'er ikke en periode (forventet første og sidste år, fx "2021-2022")',
		},
		{
			id: '2018-20',
			message: 'er ikke en periode (forventet første og sidste år, fx "2021-2022")',
		},
		{ id: '', message: 'er ikke en periode (forventet første og sidste år, fx "2021-2022")' },
	])("rejects '$id' and says why", ({ id, message }) => {
		expect(messages(PeriodIdSchema.safeParse(id))).toEqual([message]);
	});

	test.each([2018, null, undefined, ['2018-2020']])('rejects %j as not text', (id) => {
		expect(messages(PeriodIdSchema.safeParse(id))).toEqual(['skal være en tekst']);
	});
});

describe('SlugSchema', () => {
	test.each(['den-gode-alderdom', 'effektive-loesninger', 'a', '2021'])("accepts '%s'", (slug) => {
		expect(SlugSchema.parse(slug)).toBe(slug);
	});

	test.each([
		'Den-gode-alderdom',
		'den gode alderdom',
		'fokusområde',
		'den--gode',
		'-alderdom',
		'alderdom-',
		'',
	])("rejects '%s'", (slug) => {
		expect(messages(SlugSchema.safeParse(slug))).toEqual([
			'skal bestå af små bogstaver a-z, tal og bindestreger (fx "den-gode-alderdom")',
		]);
	});
});

describe('TextSchema', () => {
	test('trims the text', () => {
		expect(TextSchema.parse('  Testrådet \n')).toBe('Testrådet');
	});

	test.each(['', '   ', '\n\t'])('rejects the blank text %j', (text) => {
		expect(messages(TextSchema.safeParse(text))).toEqual(['må ikke være tom']);
	});

	test('rejects a number', () => {
		expect(messages(TextSchema.safeParse(2020))).toEqual(['skal være en tekst']);
	});
});
