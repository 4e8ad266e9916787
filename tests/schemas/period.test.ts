// Protects periode.yaml: the shape editors write, the Danish message for each rule, and the defaults a period gets.
import { describe, expect, test } from 'vitest';
import { PERIOD_FILE, PeriodSchema } from '../../src/schemas/index.ts';

const minimal = {
	id: '2021-2022',
	title: 'Nordjysk Socialaftale 2021-2022',
	firstYear: 2021,
	lastYear: 2022,
};

/** `path: message` for each issue, so a table row reads like the problem an editor sees. */
function issues(input: unknown): string[] {
	const result = PeriodSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.') || '(rod)'}: ${issue.message}`);
}

describe('PeriodSchema', () => {
	test('parses a minimal period and fills in the defaults', () => {
		expect(PeriodSchema.parse(minimal)).toMatchInlineSnapshot(`
			{
			  "firstYear": 2021,
			  "focusAreaHistory": [],
			  "focusAreas": [],
			  "id": "2021-2022",
			  "lastYear": 2022,
			  "milestones": [],
			  "notes": [],
			  "title": "Nordjysk Socialaftale 2021-2022",
			}
		`);
	});

	test('parses a full period with vision, focus areas, approval and notes', () => {
		const period = PeriodSchema.parse({
			...minimal,
			vision: {
				title: 'Egenmestring',
				text: 'Borgeren mestrer eget liv.',
				quotedFrom: 'Aftaleteksten',
				source: '2021-2022/godkendelse',
			},
			focusAreas: [
				{
					id: 'socialpsykiatri',
					number: 1,
					title: 'Socialpsykiatri',
					source: '2021-2022/godkendelse',
				},
				{
					id: 'den-gode-alderdom',
					number: 2,
					title: 'Den gode alderdom',
					description: 'Om at blive ældre.',
				},
				{ id: 'uden-nummer', title: 'Uden nummer' },
			],
			focusAreasNote: 'Fokusområderne er vedtaget af Regionsrådet.',
			approval: {
				date: '2020-11-24',
				body: 'Regionsrådet, Region Nordjylland',
				source: '2021-2022/godkendelse',
			},
			notes: [{ kind: 'bemaerkning', text: 'En note.' }],
		});
		expect(period.focusAreas.map((area) => area.id)).toEqual([
			'socialpsykiatri',
			'den-gode-alderdom',
			'uden-nummer',
		]);
		expect(period.approval?.date).toBe('2020-11-24');
	});

	test('trims text fields', () => {
		expect(PeriodSchema.parse({ ...minimal, title: '  Aftale  ' }).title).toBe('Aftale');
	});

	test('turns an approval date that js-yaml read as a Date back into text', () => {
		const period = PeriodSchema.parse({
			...minimal,
			approval: { date: new Date(Date.UTC(2020, 10, 24)), body: 'Regionsrådet' },
		});
		expect(period.approval?.date).toBe('2020-11-24');
	});

	test.each([
		{
			case: 'id with an en dash',
			input: { ...minimal, id: '2021–2022' },
			expected: [
				'id: bruger en tankestreg; skriv årene med bindestreg (fx "2021-2022")',
			],
		},
		{
			case: 'id with the years reversed',
			input: { ...minimal, id: '2022-2021' },
			expected: [
				'id: er ikke en periode (forventet første og sidste år, fx "2021-2022")',
			],
		},
		{
			case: 'id as a number',
			input: { ...minimal, id: 2021 },
			expected: ['id: skal være en tekst'],
		},
		{
			case: 'missing title',
			input: { ...minimal, title: undefined },
			expected: ['title: skal være en tekst'],
		},
		{
			case: 'blank title',
			input: { ...minimal, title: ' ' },
			expected: ['title: må ikke være tom'],
		},
		{
			case: 'first year as text',
			input: { ...minimal, firstYear: '2021' },
			expected: ['firstYear: skal være et årstal'],
		},
		{
			case: 'first year with decimals',
			input: { ...minimal, firstYear: 2021.5 },
			expected: ['firstYear: skal være et årstal'],
		},
		{
			case: 'first year before 1970',
			input: { ...minimal, id: '1969-2022', firstYear: 1969 },
			expected: ['firstYear: skal være et årstal'],
		},
		{
			case: 'last year after 2100',
			input: { ...minimal, id: '2021-2101', lastYear: 2101 },
			expected: ['lastYear: skal være et årstal'],
		},
		{
			case: 'years that do not match the id',
			input: { ...minimal, lastYear: 2023 },
			expected: ['firstYear: og lastYear (2021-2023) skal passe med id "2021-2022"'],
		},
		{
			case: 'focus area id used twice',
			input: {
				...minimal,
				focusAreas: [
					{ id: 'alderdom', title: 'A' },
					{ id: 'alderdom', title: 'B' },
				],
			},
			expected: ['focusAreas.1.id: er brugt to gange'],
		},
		{
			case: 'focus area number used twice',
			input: {
				...minimal,
				focusAreas: [
					{ id: 'a', number: 1, title: 'A' },
					{ id: 'b', number: 1, title: 'B' },
				],
			},
			expected: ['focusAreas.1.number: er brugt to gange'],
		},
		{
			case: 'focus area number 0',
			input: { ...minimal, focusAreas: [{ id: 'a', number: 0, title: 'A' }] },
			expected: ['focusAreas.0.number: skal være 1 eller større'],
		},
		{
			case: 'focus area number with decimals',
			input: { ...minimal, focusAreas: [{ id: 'a', number: 1.5, title: 'A' }] },
			expected: ['focusAreas.0.number: skal være et helt tal'],
		},
		{
			case: 'focus area id that is not a slug',
			input: { ...minimal, focusAreas: [{ id: 'Den gode alderdom', title: 'Den gode alderdom' }] },
			expected: [
				'focusAreas.0.id: skal bestå af små bogstaver a-z, tal og bindestreger (fx "den-gode-alderdom")',
			],
		},
		{
			case: 'vision source that is not a document reference',
			input: {
				...minimal,
				vision: { title: 'V', text: 'T', quotedFrom: 'Q', source: 'godkendelse' },
			},
			expected: [
				'vision.source: skal pege på et dokument som "periode/dokument" (fx "2021-2022/godkendelse-regionsraadet")',
			],
		},
		{
			case: 'document reference with an en dash',
			input: {
				...minimal,
				approval: { date: '2020-11-24', body: 'B', source: '2021–2022/godkendelse' },
			},
			expected: [
				'approval.source: skal pege på et dokument som "periode/dokument" (fx "2021-2022/godkendelse-regionsraadet")',
			],
		},
		{
			case: 'vision without quotedFrom',
			input: { ...minimal, vision: { title: 'V', text: 'T' } },
			expected: ['vision.quotedFrom: skal være en tekst'],
		},
		{
			case: 'approval on a day that does not exist',
			input: { ...minimal, approval: { date: '2020-02-30', body: 'B' } },
			expected: ['approval.date: er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD)'],
		},
		{
			case: 'approval with only a year',
			input: { ...minimal, approval: { date: '2020', body: 'B' } },
			expected: ['approval.date: er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD)'],
		},
		{
			case: 'note of an unknown kind',
			input: { ...minimal, notes: [{ kind: 'rettelser', text: 'x' }] },
			expected: ['notes.0.kind: skal være en af: rettelse, mangler, kildefejl, bemaerkning'],
		},
		{
			case: 'empty note',
			input: { ...minimal, notes: [{ kind: 'rettelse', text: '' }] },
			expected: ['notes.0.text: må ikke være tom'],
		},
	])('rejects a $case', ({ input, expected }) => {
		expect(issues(input)).toEqual(expected);
	});

	test.each([
		{ where: 'the period', input: { ...minimal, periode: '2021-2022' }, path: [], key: 'periode' },
		{
			where: 'a focus area',
			input: { ...minimal, focusAreas: [{ id: 'a', title: 'A', titel: 'A' }] },
			path: ['focusAreas', 0],
			key: 'titel',
		},
		{
			where: 'the vision',
			input: { ...minimal, vision: { title: 'V', text: 'T', quotedFrom: 'Q', kilde: 'x' } },
			path: ['vision'],
			key: 'kilde',
		},
		{
			where: 'the approval',
			input: { ...minimal, approval: { date: '2020-11-24', body: 'B', dato: 'x' } },
			path: ['approval'],
			key: 'dato',
		},
	])('rejects an unknown key in $where', ({ input, path, key }) => {
		const result = PeriodSchema.safeParse(input);
		expect(result.error?.issues).toEqual([
			expect.objectContaining({ code: 'unrecognized_keys', path, keys: [key] }),
		]);
	});
});

describe('PERIOD_FILE', () => {
	test('is periode.yaml', () => {
		expect(PERIOD_FILE).toBe('periode.yaml');
	});
});
