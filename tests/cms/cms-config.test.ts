// The CMS's forms are generated from the schemas: every schema field is a field in the form, with
// a Danish label, and the checks the form can make are the schema's own.
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { cmsConfig, cmsFields, cmsSettings, DEFAULT_LOCAL_BACKEND, type CmsContent, type CmsField } from '../../src/cms/cms-config.ts';
import { DOCUMENT_TEXTS, GLOSSARY_TEXTS, PERIOD_TEXTS, THEME_TEXTS } from '../../src/cms/field-texts.ts';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { DocumentFrontmatterSchema, GlossaryEntrySchema, PeriodSchema, ThemeSchema } from '../../src/schemas/index.ts';

const CONTENT: CmsContent = {
	periods: [
		{
			id: '2025-2026',
			title: 'Fiktiv socialaftale 2025-2026',
			focusAreas: [{ id: 'alderdom', title: 'Den trygge alderdom' }],
			stages: [{ id: 'foreslaaet', label: 'Foreslået', focusAreas: [{ id: 'aeldre', title: 'De ældre' }, { title: 'Uden id' }] }],
		},
		{ id: '2016-2018', title: 'Fiktiv socialaftale 2016-2018', focusAreas: [], stages: [] },
	],
	themes: [{ id: 'trivsel', title: 'Trivsel' }, { id: 'alderdom', title: 'Alderdom' }],
	glossary: [{ id: 'das', term: 'DAS' }],
	documents: [{ ref: '2025-2026/godkendelse', title: 'Godkendelse' }],
	sources: ['fiktive-resultater.txt'],
};
const SETTINGS = cmsSettings({}, 'https://socialaftale.example');

/** The path of every field in a form, as schemaFields writes paths ('source.title', 'notes[].kind'). */
function formPaths(fields: readonly CmsField[], prefix = ''): string[] {
	return fields.flatMap((field) => {
		const path = `${prefix}${field.name}`;
		const children = field.fields as CmsField[] | undefined;
		if (!children) return [path];
		return [path, ...formPaths(children, field.widget === 'list' ? `${path}[].` : `${path}.`)];
	});
}

const collection = (name: string) => (cmsConfig(CONTENT, SETTINGS).collections as { name: string; fields: CmsField[]; create: boolean }[]).find((item) => item.name === name)!;

describe('cmsFields', () => {
	test.each([
		{ kind: 'a document', schema: DocumentFrontmatterSchema, collection: 'dokumenter-2025-2026' },
		{ kind: 'a period', schema: PeriodSchema, collection: 'perioder' },
		{ kind: 'a theme', schema: ThemeSchema, collection: 'temaer' },
		{ kind: 'a glossary entry', schema: GlossaryEntrySchema, collection: 'ordliste' },
	])('gives every field of $kind a field in the form, and the body its own', ({ schema, collection: name }) => {
		const fields = collection(name).fields;
		expect(formPaths(fields.filter((field) => field.name !== 'body'))).toEqual(schemaFields(schema).map((field) => field.path));
		expect(collection(name).create).toBe(true);
		if (name !== 'perioder') expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', modes: ['raw'] });
	});

	test.each([
		{ kind: 'document', texts: DOCUMENT_TEXTS },
		{ kind: 'period', texts: PERIOD_TEXTS },
		{ kind: 'theme', texts: THEME_TEXTS },
		{ kind: 'glossary', texts: GLOSSARY_TEXTS },
	])('labels every $kind field in Danish', ({ texts }) => {
		for (const [path, text] of Object.entries(texts)) {
			expect(text.label, path).toMatch(/^[A-ZÆØÅ]/);
			expect(text.label, path).not.toMatch(/[a-z][A-Z]/); // no camelCase field name left as a label
		}
	});

	test('refuses a schema field that has no CMS field, naming it and where to add it', () => {
		const schema = z.strictObject({ title: z.string(), added: z.string() });
		expect(() => cmsFields(schema, { title: { label: 'Titel' } }, () => [])).toThrow('the schema field "added" has no CMS field: give it a Danish label in src/cms/field-texts.ts');
	});

	test('refuses a label for a field no schema has, so the table cannot keep a removed field', () => {
		const schema = z.strictObject({ title: z.string() });
		expect(() => cmsFields(schema, { title: { label: 'Titel' }, gone: { label: 'Væk' } }, () => [])).toThrow('words fields no schema has: gone');
	});

	test('makes required only what the schema requires, and checks what the schema checks', () => {
		const fields = collection('dokumenter-2025-2026').fields;
		const field = (name: string) => fields.find((item) => item.name === name)!;
		expect(field('title')).toMatchObject({ widget: 'string', required: true, label: 'Titel' });
		expect(field('dateNote')).toMatchObject({ widget: 'text', required: false });
		expect(field('kind')).toMatchObject({ widget: 'select', required: true });
		expect((field('kind').options as { label: string; value: string }[])[0]).toEqual({ label: 'Aftaletekst', value: 'aftaletekst' });
		expect(field('summary').pattern).toEqual(['^[\\s\\S]{0,400}$', 'Højst 400 tegn.']);
		const date = new RegExp((field('date').pattern as string[])[0]!);
		for (const good of ['2019-12-03', '2019-12', '2019', 'ukendt']) expect(date.test(good), good).toBe(true);
		for (const bad of ['3.12.2019', '2019-13', 'Ukendt', '19']) expect(date.test(bad), bad).toBe(false);
		const periods = collection('perioder').fields;
		expect(periods.find((item) => item.name === 'firstYear')).toMatchObject({ widget: 'number', value_type: 'int', min: 1970, max: 2100, required: true });
		// Inside an optional object nothing is required in the form, or a period without a vision could not be saved.
		expect((periods.find((item) => item.name === 'vision')!.fields as CmsField[]).find((item) => item.name === 'title')).toMatchObject({ required: false });
		expect((periods.find((item) => item.name === 'focusAreas')!.fields as CmsField[]).find((item) => item.name === 'title')).toMatchObject({ required: true });
		const milestone = new RegExp(((periods.find((item) => item.name === 'milestones')!.fields as CmsField[]).find((item) => item.name === 'date')!.pattern as string[])[0]!);
		expect(milestone.test('ukendt')).toBe(false);
	});
});

describe('cmsConfig', () => {
	test('gives each period its own documents, newest first, with that period\'s focus areas and stages to choose from', () => {
		const names = (cmsConfig(CONTENT, SETTINGS).collections as { name: string }[]).map((item) => item.name);
		expect(names).toEqual(['dokumenter-2025-2026', 'dokumenter-2016-2018', 'perioder', 'temaer', 'ordliste']);
		const fields = collection('dokumenter-2025-2026').fields;
		expect(fields.find((item) => item.name === 'focusAreas')).toMatchObject({
			widget: 'select',
			multiple: true,
			options: [
				{ label: 'Den trygge alderdom', value: 'alderdom' },
				{ label: 'De ældre (Foreslået)', value: 'aeldre' },
			],
		});
		expect(fields.find((item) => item.name === 'focusAreaStage')).toMatchObject({ options: [{ label: 'Foreslået', value: 'foreslaaet' }], multiple: false });
		expect(fields.find((item) => item.name === 'themes')!.options).toEqual([
			{ label: 'Alderdom', value: 'alderdom' },
			{ label: 'Trivsel', value: 'trivsel' },
		]);
		expect(collection('dokumenter-2016-2018').fields.find((item) => item.name === 'focusAreas')!.options).toEqual([]);
	});

	test('saves through pull requests: the editorial workflow, in Danish, on the configured GitHub repository', () => {
		const config = cmsConfig(CONTENT, cmsSettings({ SITE_EDIT_URL: 'https://github.com/region/socialaftale/edit/main/', SITE_CMS_AUTH_URL: 'https://auth.example' }, 'https://socialaftale.example'));
		expect(config).toMatchObject({
			backend: { name: 'github', repo: 'region/socialaftale', branch: 'main', base_url: 'https://auth.example' },
			local_backend: { url: DEFAULT_LOCAL_BACKEND },
			publish_mode: 'editorial_workflow',
			locale: 'da',
			load_config_file: false,
		});
	});

	test('without a repository, saves only through decap-server on this machine', () => {
		expect(cmsConfig(CONTENT, SETTINGS).backend).toMatchObject({ name: 'proxy', proxy_url: DEFAULT_LOCAL_BACKEND });
	});
});

describe('cmsSettings', () => {
	test.each([
		{ env: {}, repo: undefined, branch: 'main' },
		{ env: { SITE_EDIT_URL: 'https://github.com/region/socialaftale/edit/udgivet/' }, repo: 'region/socialaftale', branch: 'udgivet' },
		{ env: { SITE_EDIT_URL: 'https://git.example/socialaftale/edit/main/' }, repo: undefined, branch: 'main' },
		{ env: { SITE_EDIT_URL: 'https://github.com/a/b/edit/main/', SITE_CMS_REPO: 'c/d', SITE_CMS_BRANCH: 'indhold' }, repo: 'c/d', branch: 'indhold' },
	])('reads the repository $repo and branch $branch', ({ env, repo, branch }) => {
		expect(cmsSettings(env, 'https://x.example')).toMatchObject({ repo, branch });
	});

	test.each([
		[{ SITE_CMS_REPO: 'not a repo' }, /owner\/name/],
		[{ SITE_CMS_LOCAL_BACKEND: 'https://proxy.example/api/v1' }, /on this machine/],
		[{ SITE_CMS_AUTH_URL: 'http://auth.example' }, /https:\/\//],
	])('refuses %o', (env, message) => {
		expect(() => cmsSettings(env, 'https://x.example')).toThrow(message);
	});
});
