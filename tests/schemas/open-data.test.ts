// The open-data records are the content schemas plus the site's ids and addresses, and every field
// of them is explained on /om-data/.
import { describe, expect, test } from 'vitest';
import { documentRecord, glossaryRecord, periodRecord } from '../../src/lib/open-data.ts';
import { periodStatus } from '../../src/lib/periods.ts';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import {
	DocumentFrontmatterSchema,
	DocumentRecordSchema,
	DocumentsExportSchema,
	GlossaryEntrySchema,
	GlossaryRecordSchema,
	PeriodRecordSchema,
	PeriodSchema,
	PeriodStatusSchema,
	SynonymRecordSchema,
} from '../../src/schemas/index.ts';
import { DOCUMENT_FIELDS, GLOSSARY_FIELDS, PERIOD_FIELDS, SYNONYM_FIELDS } from '../../src/ui/open-data-fields.ts';

const SITE = 'https://socialaftale.example';
const frontmatter = DocumentFrontmatterSchema.parse({
	title: 'Godkendelse',
	kind: 'godkendelse',
	date: '2020-11-24',
	issuer: 'Regionsrådet',
	source: { title: 'Godkendelse', publisher: 'Region Nordjylland', journalNumber: '2019-053472' },
	focusAreas: ['den-gode-alderdom'],
	summary: 'Sagen om godkendelse.',
});
const period = PeriodSchema.parse({ id: '2021-2022', title: 'Nordjysk Socialaftale 2021-2022', firstYear: 2021, lastYear: 2022 });

describe('documentRecord', () => {
	test('is the frontmatter with id, period, slug, absolute address and last change, and parses unchanged', () => {
		const record = documentRecord(
			{ period: '2021-2022', slug: 'godkendelse', url: '/2021-2022/godkendelse/', data: frontmatter },
			SITE,
			'2024-03-05T23:30:00+01:00',
		);
		expect(record).toMatchObject({
			id: '2021-2022/godkendelse',
			url: 'https://socialaftale.example/2021-2022/godkendelse/',
			lastUpdated: '2024-03-05T23:30:00+01:00',
			title: 'Godkendelse',
		});
		expect(DocumentRecordSchema.parse(record)).toEqual(record);
	});

	test('leaves lastUpdated out where the history does not tell it, rather than writing null', () => {
		const record = documentRecord({ period: '2021-2022', slug: 'x', url: '/2021-2022/x/', data: frontmatter }, SITE, undefined);
		expect('lastUpdated' in record).toBe(false);
		expect(DocumentRecordSchema.parse(record)).toEqual(record);
	});

	test('is strict: a field the schema does not know is refused', () => {
		const record = documentRecord({ period: '2021-2022', slug: 'x', url: '/2021-2022/x/', data: frontmatter }, SITE, undefined);
		expect(() => DocumentsExportSchema.parse({ generated: '2026-06-01', documents: [{ ...record, extra: 1 }] })).toThrow();
	});
});

describe('periodRecord', () => {
	test('is the period with address, status and document ids, and keeps the period’s own rules', () => {
		const record = periodRecord(period, '/2021-2022/', 'afsluttet', ['2021-2022/godkendelse'], SITE);
		expect(PeriodRecordSchema.parse(record)).toEqual(record);
		expect(() => PeriodRecordSchema.parse({ ...record, firstYear: 2020 })).toThrow(/skal passe med id/);
	});

	test.each([2020, 2021, 2023])('the status on a day in %i is one the export allows', (year) => {
		expect(PeriodStatusSchema.parse(periodStatus(period, `${year}-06-01`))).toBe(periodStatus(period, `${year}-06-01`));
	});
});

describe('glossaryRecord', () => {
	test('is the entry with its id and trimmed explanation', () => {
		const data = GlossaryEntrySchema.parse({ term: 'DAS', type: 'forkortelse', expansion: 'Den Administrative Styregruppe' });
		const record = glossaryRecord('das', data, '\nStyregruppen på socialområdet.\n');
		expect(record.explanation).toBe('Styregruppen på socialområdet.');
		expect(GlossaryRecordSchema.parse(record)).toEqual(record);
	});
});

describe('the field explanations on /om-data/', () => {
	test.each([
		['documents.json', DocumentRecordSchema, DOCUMENT_FIELDS],
		['periods.json', PeriodRecordSchema, PERIOD_FIELDS],
		['glossary.json', GlossaryRecordSchema, GLOSSARY_FIELDS],
		['synonyms.json', SynonymRecordSchema, SYNONYM_FIELDS],
	] as const)('explain every field of %s and no field it does not have', (_, schema, explanations) => {
		expect(Object.keys(explanations).sort()).toEqual(schemaFields(schema).map((field) => field.path).sort());
		for (const text of Object.values(explanations)) expect(text.trim().length).toBeGreaterThan(5);
	});
});
