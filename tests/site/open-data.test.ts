// The published open data parses with the content's own schemas, holds every period and document
// exactly as the content files say, and every field is explained on /om-data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { periodStatus } from '../../src/lib/periods.ts';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { DocumentRecordSchema, DocumentsExportSchema, GlossaryExportSchema, GlossaryRecordSchema, PeriodRecordSchema, PeriodsExportSchema, SynonymRecordSchema, SynonymsExportSchema } from '../../src/schemas/index.ts';
import { TEST_BUILD_DATE, TEST_SITE_URL } from '../helpers/build-site.ts';
import { publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const { documents, periods, glossary, synonyms } = publishedContent();
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(siteDir, 'data', name), 'utf8'));

describe('/data/documents.json', () => {
	const raw = readJson('documents.json');
	const parsed = DocumentsExportSchema.parse(raw);

	test('parses with the document schema unchanged, dated the build day', () => {
		expect(parsed).toEqual(raw);
		expect(parsed.generated).toBe(TEST_BUILD_DATE);
	});

	test.each(documents.map((document) => [document.file, document] as const))('holds %s with its frontmatter and address', (_, document) => {
		const record = parsed.documents.find((candidate) => candidate.id === `${document.period}/${document.slug}`)!;
		expect(record).toBeDefined();
		const { id, period, slug, url, lastUpdated, ...frontmatter } = record;
		expect(frontmatter).toEqual(document.data);
		expect({ period, slug, url }).toEqual({ period: document.period, slug: document.slug, url: `${TEST_SITE_URL}${documentUrl(document.period, document.slug)}` });
		// The same last change as the page says, or none on either.
		const $ = readPage(siteDir, documentUrl(document.period, document.slug));
		expect(lastUpdated).toBe($('.page-provenance time').attr('datetime'));
		expect(id).toBe(`${document.period}/${document.slug}`);
	});

	test('holds nothing else', () => {
		expect(parsed.documents.length).toBe(documents.length);
	});
});

describe('/data/periods.json', () => {
	const raw = readJson('periods.json');
	const parsed = PeriodsExportSchema.parse(raw);

	test('parses with the period schema unchanged and holds every period', () => {
		expect(parsed).toEqual(raw);
		expect(parsed.periods.map((period) => period.id).sort()).toEqual(periods.map((period) => period.data.id).sort());
	});

	test.each(periods.map((period) => [period.data.id, period.data] as const))('holds %s with its status and documents', (id, period) => {
		const { url, status, documents: ids, ...data } = parsed.periods.find((candidate) => candidate.id === id)!;
		expect(data).toEqual(period);
		expect(url).toBe(`${TEST_SITE_URL}${periodUrl(id)}`);
		expect(status).toBe(periodStatus(period, TEST_BUILD_DATE));
		expect([...ids].sort()).toEqual(documents.filter((document) => document.period === id).map((document) => `${id}/${document.slug}`).sort());
	});
});

describe('/data/glossary.json', () => {
	test('parses with the glossary schema and holds every entry of the glossary (none yet is an empty list)', () => {
		const raw = readJson('glossary.json');
		const parsed = GlossaryExportSchema.parse(raw);
		expect(parsed).toEqual(raw);
		expect(parsed.glossary.map((entry) => entry.id).sort()).toEqual(glossary.map((entry) => entry.id).sort());
	});
});

describe('/data/synonyms.json', () => {
	test('parses with the synonym schema and holds the groups of content/synonymer.yaml in order', () => {
		const raw = readJson('synonyms.json');
		const parsed = SynonymsExportSchema.parse(raw);
		expect(parsed).toEqual(raw);
		expect(parsed.synonyms).toEqual(synonyms.map((group) => group.data));
	});
});

describe('/om-data/', () => {
	const $ = readPage(siteDir, '/om-data/');

	test('links the three files and the feeds', () => {
		const links = $('main a').map((_, a) => $(a).attr('href')).get();
		expect(links).toEqual(expect.arrayContaining(['/data/documents.json', '/data/periods.json', '/data/glossary.json', '/data/synonyms.json', '/rss.xml', '/sitemap-index.xml']));
		for (const period of periods) expect(links).toContain(`/${period.data.id}/rss.xml`);
	});

	test.each([
		['documents', DocumentRecordSchema],
		['periods', PeriodRecordSchema],
		['glossary', GlossaryRecordSchema],
		['synonyms', SynonymRecordSchema],
	] as const)('explains every field of %s, in a table row of its own', (name, schema) => {
		const table = $('table.field-table').filter((_, element) => $(element).find('caption').text().includes(` ${name}`));
		expect(table.length).toBe(1);
		const rows = table.find('tbody tr');
		expect(rows.map((_, row) => $(row).find('th code').text()).get()).toEqual(schemaFields(schema).map((field) => field.path));
		rows.each((_, row) => expect($(row).find('td').last().text().trim().length).toBeGreaterThan(5));
	});
});
