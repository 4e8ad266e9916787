// Protects date validation: real calendar dates only, partial dates allowed for documents, js-yaml Dates turned back into text.
import { describe, expect, test } from 'vitest';
import { DocumentDateSchema, IsoDateSchema, UNKNOWN, isRealDate } from '../../src/schemas/index.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
	result.error?.issues.map((issue) => issue.message) ?? [];

const ISO_DATE_MESSAGE = 'er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD)';
const DOCUMENT_DATE_MESSAGE =
	'er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "ukendt")';

describe('isRealDate', () => {
	test.each(['2020', '2020-02', '2020-02-29', '2019-12-31', '2021-01-01', '2000-02-29'])(
		"accepts '%s'",
		(date) => {
			expect(isRealDate(date)).toBe(true);
		},
	);

	test.each([
		'2019-02-29',
		'1900-02-29',
		'2020-13-45',
		'2020-13',
		'2020-00',
		'2020-04-31',
		'2020-01-00',
		'2020-1-5',
		'2020–02–03',
		'',
		'ukendt',
	])("rejects '%s'", (date) => {
		expect(isRealDate(date)).toBe(false);
	});
});

describe('IsoDateSchema', () => {
	test("accepts '2020-11-24'", () => {
		expect(IsoDateSchema.parse('2020-11-24')).toBe('2020-11-24');
	});

	test('turns a Date from a YAML 1.1 parser back into the text the editor wrote', () => {
		expect(IsoDateSchema.parse(new Date(Date.UTC(2020, 10, 24)))).toBe('2020-11-24');
	});

	test.each([
		{ value: '2020-02-30', case: 'a day that does not exist' },
		{ value: '2020-13-45', case: 'a month and day that do not exist' },
		{ value: '2020', case: 'only a year' },
		{ value: '2020-11', case: 'only a year and month' },
		{ value: 20201124, case: 'a number' },
		{ value: new Date('ikke en dato'), case: 'an invalid Date' },
		{ value: undefined, case: 'no value' },
	])('rejects $case with the one Danish message', ({ value }) => {
		expect(messages(IsoDateSchema.safeParse(value))).toEqual([ISO_DATE_MESSAGE]);
	});
});

describe('a date in a Danish form', () => {
	test.each([
		{ value: '3.12.2019', write: '2019-12-03' },
		{ value: '03.12.2019', write: '2019-12-03' },
		{ value: '3. december 2019', write: '2019-12-03' },
		{ value: 'd. 3. dec. 2019', write: '2019-12-03' },
		{ value: '03-12-2019', write: '2019-12-03' },
		{ value: '3/12-2019', write: '2019-12-03' },
		{ value: '2019–12–03', write: '2019-12-03' },
		{ value: '2019-12-3', write: '2019-12-03' },
	])("'$value' is answered with the form to write, '$write'", ({ value, write }) => {
		expect(messages(DocumentDateSchema.safeParse(value))).toEqual([`skal skrives som ÅÅÅÅ-MM-DD: skriv ${write}`]);
		expect(messages(IsoDateSchema.safeParse(value))).toEqual([`skal skrives som ÅÅÅÅ-MM-DD: skriv ${write}`]);
	});

	test('a month and year is answered with the month, never made a day', () => {
		expect(messages(DocumentDateSchema.safeParse('december 2019'))).toEqual(['skal skrives som ÅÅÅÅ-MM: skriv 2019-12']);
		expect(messages(IsoDateSchema.safeParse('december 2019'))).toEqual([ISO_DATE_MESSAGE]);
	});
});

describe('DocumentDateSchema', () => {
	test.each(['2019-12-03', '2020-02-29', '2020-02', '2020', UNKNOWN])(
		"accepts '%s' as it is",
		(date) => {
			expect(DocumentDateSchema.parse(date)).toBe(date);
		},
	);

	test('turns a Date from a YAML 1.1 parser back into the text the editor wrote', () => {
		expect(DocumentDateSchema.parse(new Date(Date.UTC(2020, 1, 3)))).toBe('2020-02-03');
	});

	test('turns a year that YAML read as a number back into text', () => {
		expect(DocumentDateSchema.parse(2020)).toBe('2020');
	});

	test.each([
		{ value: '2020-13-45', case: 'a month and day that do not exist' },
		{ value: '2019-02-29', case: 'a leap day in a year that has none' },
		{ value: '2020-13', case: 'a month that does not exist' },
		{ value: '31.02.2020', case: 'a Danish form of a day that does not exist' },
		{ value: 'sommeren 2020', case: 'words that are not a date' },
		{ value: 'Ukendt', case: 'ukendt with a capital letter' },
		{ value: '', case: 'an empty text' },
	])("rejects '$value' ($case) with the one Danish message", ({ value }) => {
		expect(messages(DocumentDateSchema.safeParse(value))).toEqual([DOCUMENT_DATE_MESSAGE]);
	});

	test.each([
		{ value: true, case: 'a boolean' },
		{ value: null, case: 'an empty field' },
		{ value: ['2020'], case: 'a list' },
		{ value: new Date('ikke en dato'), case: 'an invalid Date' },
		{ value: 2020.5, case: 'a number with decimals' },
		{ value: 20200203, case: 'a number that is not a year' },
		{ value: undefined, case: 'no value' },
	])('rejects $case with the one Danish message', ({ value }) => {
		expect(messages(DocumentDateSchema.safeParse(value))).toEqual([DOCUMENT_DATE_MESSAGE]);
	});
});
