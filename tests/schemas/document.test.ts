// Protects document frontmatter: the fields editors write, the Danish message for each rule, and the defaults.
import { describe, expect, test } from 'vitest';
import { DocumentFrontmatterSchema, isUnknown } from '../../src/schemas/index.ts';

const minimal = {
	title: 'Godkendelse af Nordjysk Socialaftale 2021-2022',
	kind: 'godkendelse',
	date: '2020-11-24',
	issuer: 'Regionsrådet, Region Nordjylland',
	source: { title: 'Godkendelse', publisher: 'Region Nordjylland' },
	summary: 'Regionsrådets godkendelse af aftalen.',
};

/** `path: message` for each issue, so a table row reads like the problem an editor sees. */
function issues(input: unknown): string[] {
	const result = DocumentFrontmatterSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.') || '(rod)'}: ${issue.message}`);
}

describe('DocumentFrontmatterSchema', () => {
	test('parses a minimal document and fills in the defaults', () => {
		expect(DocumentFrontmatterSchema.parse(minimal)).toMatchInlineSnapshot(`
			{
			  "date": "2020-11-24",
			  "focusAreas": [],
			  "issuer": "Regionsrådet, Region Nordjylland",
			  "kind": "godkendelse",
			  "notes": [],
			  "source": {
			    "publisher": "Region Nordjylland",
			    "restoredFromScan": false,
			    "title": "Godkendelse",
			  },
			  "summary": "Regionsrådets godkendelse af aftalen.",
			  "themes": [],
			  "title": "Godkendelse af Nordjysk Socialaftale 2021-2022",
			}
		`);
	});

	test('parses a document with every optional field', () => {
		const document = DocumentFrontmatterSchema.parse({
			...minimal,
			date: '2020',
			dateNote: 'Kun året står i kilden.',
			source: {
				title: 'Godkendelse',
				publisher: 'ukendt',
				journalNumber: '2019-053472',
				url: 'https://rn.dk/sager/1',
				restoredFromScan: true,
			},
			focusAreas: ['socialpsykiatri', 'den-gode-alderdom'],
			notes: [
				{ kind: 'rettelse', text: 'Et ord er rettet.' },
				{ kind: 'kildefejl', text: 'Kilden skriver 2021 for 2020.' },
			],
		});
		expect(document.source.restoredFromScan).toBe(true);
		expect(document.notes).toHaveLength(2);
	});

	test('accepts every document kind in the closed list', () => {
		for (const kind of [
			'aftaletekst',
			'godkendelse',
			'resultater',
			'visionsdag',
			'referat',
			'skriftligt-input',
		]) {
			expect(DocumentFrontmatterSchema.parse({ ...minimal, kind }).kind).toBe(kind);
		}
	});

	test.each(['2019-12-03', '2020-02', '2020', 'ukendt'])(
		"accepts the date '%s' as precise as the source",
		(date) => {
			expect(DocumentFrontmatterSchema.parse({ ...minimal, date }).date).toBe(date);
		},
	);

	test('accepts a year that YAML read as a number', () => {
		expect(DocumentFrontmatterSchema.parse({ ...minimal, date: 2020 }).date).toBe('2020');
	});

	test('turns a date that js-yaml read as a Date back into text', () => {
		expect(
			DocumentFrontmatterSchema.parse({ ...minimal, date: new Date(Date.UTC(2020, 10, 24)) }).date,
		).toBe('2020-11-24');
	});

	test('accepts a summary of exactly 400 characters', () => {
		expect(
			DocumentFrontmatterSchema.safeParse({ ...minimal, summary: 'x'.repeat(400) }).success,
		).toBe(true);
	});

	test.each([
		{
			case: 'missing title',
			input: { ...minimal, title: undefined },
			expected: ['title: skal være en tekst'],
		},
		{
			case: 'blank title',
			input: { ...minimal, title: '   ' },
			expected: ['title: må ikke være tom'],
		},
		{
			case: 'unknown kind',
			input: { ...minimal, kind: 'aftale' },
			expected: [
				'kind: skal være en af: aftaletekst, godkendelse, resultater, visionsdag, referat, skriftligt-input',
			],
		},
		{
			case: 'missing kind',
			input: { ...minimal, kind: undefined },
			expected: [
				'kind: skal være en af: aftaletekst, godkendelse, resultater, visionsdag, referat, skriftligt-input',
			],
		},
		{
			case: 'date that does not exist',
			input: { ...minimal, date: '2020-13-45' },
			expected: [
				'date: er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "ukendt")',
			],
		},
		{
			case: 'missing date',
			input: { ...minimal, date: undefined },
			expected: [
				'date: er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "ukendt")',
			],
		},
		{
			case: 'blank date note',
			input: { ...minimal, dateNote: '' },
			expected: ['dateNote: må ikke være tom'],
		},
		{
			case: 'missing issuer',
			input: { ...minimal, issuer: undefined },
			expected: ['issuer: skal være en tekst'],
		},
		{
			case: 'missing source',
			input: { ...minimal, source: undefined },
			expected: ['source: Ugyldigt input: forventede objekt, fik undefined'],
		},
		{
			case: 'source without publisher',
			input: { ...minimal, source: { title: 'T' } },
			expected: ['source.publisher: skal være en tekst'],
		},
		{
			case: 'source url without https',
			input: { ...minimal, source: { ...minimal.source, url: 'www.rn.dk' } },
			expected: ['source.url: skal være en webadresse, der begynder med https:// eller http://'],
		},
		{
			case: 'source url with another protocol',
			input: { ...minimal, source: { ...minimal.source, url: 'ftp://rn.dk/x' } },
			expected: ['source.url: skal være en webadresse, der begynder med https:// eller http://'],
		},
		{
			case: 'restoredFromScan as text',
			input: { ...minimal, source: { ...minimal.source, restoredFromScan: 'ja' } },
			expected: ['source.restoredFromScan: skal være true eller false'],
		},
		{
			case: 'focus area that is not a slug',
			input: { ...minimal, focusAreas: ['Den gode alderdom'] },
			expected: [
				'focusAreas.0: skal bestå af små bogstaver a-z, tal og bindestreger (fx "den-gode-alderdom")',
			],
		},
		{
			case: 'summary of 401 characters',
			input: { ...minimal, summary: 'x'.repeat(401) },
			expected: ['summary: må højst være 400 tegn (et eller to sætninger)'],
		},
		{
			case: 'blank summary',
			input: { ...minimal, summary: '' },
			expected: ['summary: må ikke være tom'],
		},
		{
			case: 'note of an unknown kind',
			input: { ...minimal, notes: [{ kind: 'rettelser', text: 'x' }] },
			expected: ['notes.0.kind: skal være en af: rettelse, mangler, kildefejl, bemaerkning'],
		},
		{
			case: 'note without text',
			input: { ...minimal, notes: [{ kind: 'rettelse' }] },
			expected: ['notes.0.text: skal være en tekst'],
		},
	])('rejects a $case', ({ input, expected }) => {
		expect(issues(input)).toEqual(expected);
	});

	test.each([
		{
			where: 'the document (titel for title)',
			input: { ...minimal, titel: 'x' },
			path: [],
			key: 'titel',
		},
		{
			where: 'the document (period, which the folder gives)',
			input: { ...minimal, period: '2021-2022' },
			path: [],
			key: 'period',
		},
		{
			where: 'the source',
			input: { ...minimal, source: { ...minimal.source, udgiver: 'x' } },
			path: ['source'],
			key: 'udgiver',
		},
		{
			where: 'a note',
			input: { ...minimal, notes: [{ kind: 'rettelse', text: 'x', dato: '2020' }] },
			path: ['notes', 0],
			key: 'dato',
		},
	])('rejects an unknown key in $where', ({ input, path, key }) => {
		const result = DocumentFrontmatterSchema.safeParse(input);
		expect(result.error?.issues).toEqual([
			expect.objectContaining({ code: 'unrecognized_keys', path, keys: [key] }),
		]);
	});
});

describe('isUnknown', () => {
	test.each([
		{ value: 'ukendt', unknown: true },
		{ value: undefined, unknown: true },
		{ value: 'Testrådet', unknown: false },
		{ value: 'Ukendt', unknown: false },
		{ value: '', unknown: false },
	])('is $unknown for $value', ({ value, unknown }) => {
		expect(isUnknown(value)).toBe(unknown);
	});
});
