// The CMS writes content files the content check accepts as they are, in the style `npm run new`
// writes them: read through the content reader's own frontmatter split, written through the
// scaffold's YAML function, fields in the form's (the schema's) order, empty fields left out.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cmsConfig, cmsSettings, type CmsContent, type CmsField } from '../../src/cms/cms-config.ts';
import { markdownFileData, markdownFileText, yamlFileData, yamlFileText } from '../../src/cms/content-format.ts';
import { FILE_NAME_KEY, FILE_NAME_TEMPLATE, fileNameFor, UNNAMED_FILE } from '../../src/cms/file-names.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { documentText, periodText } from '../../scripts/lib/scaffold.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { FIXTURE_CONTENT } from '../helpers/build-site.ts';
import { emptyRoot, removeSites } from '../helpers/content-fixture.ts';

const CONTENT: CmsContent = { periods: [{ id: '2025-2026', title: 'P', focusAreas: [], stages: [] }], themes: [], glossary: [], documents: [], sources: [] };
const collections = cmsConfig(CONTENT, cmsSettings({}, 'https://x.example')).collections as { name: string; fields: CmsField[]; slug: string; identifier_field: string }[];
const fieldsOf = (name: string) => collections.find((collection) => collection.name === name)!.fields;

afterAll(removeSites);

/** A copy of the fixture content in which `files` are replaced by what the CMS writes for them. */
function rewritten(files: { path: string; collection: string }[]): string {
	const root = emptyRoot('cms-format-');
	cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
	for (const { path, collection } of files) {
		const full = join(root, 'content', path);
		const text = readFileSync(full, 'utf8');
		const written = path.endsWith('.yaml') ? yamlFileText(yamlFileData(text), fieldsOf(collection)) : markdownFileText(markdownFileData(text), fieldsOf(collection));
		writeFileSync(full, written);
	}
	return root;
}

describe('markdownFileText and yamlFileText', () => {
	test('rewrite a period, documents, a theme and a glossary entry so that the content check still passes', () => {
		const site = rewritten([
			{ path: '2025-2026/periode.yaml', collection: 'perioder' },
			{ path: '2025-2026/godkendelse-af-aftalen.md', collection: 'dokumenter-2025-2026' },
			{ path: '2025-2026/referat-fra-raadet.md', collection: 'dokumenter-2025-2026' },
			{ path: 'temaer/trivsel.md', collection: 'temaer' },
			{ path: 'ordliste/das.md', collection: 'ordliste' },
		]);
		expect(checkContent({ contentDir: join(site, 'content'), rootDir: site }).problems.map(formatProblem)).toEqual([]);
	});

	test('write what npm run new writes for the same fields: a document apart from its comments, a period with them', () => {
		const answers = { period: '2025-2026', title: 'Et referat', kind: 'referat', date: '2025-05', issuer: 'ukendt', 'source-title': 'Et referat', publisher: 'ukendt', 'focus-areas': 'alderdom', summary: 'Et resumé.' };
		const scaffolded = documentText(answers);
		const data = markdownFileData(scaffolded);
		const withoutComments = (text: string) => text.split('\n').filter((line) => !line.startsWith('# ')).join('\n');
		expect(markdownFileText(data, fieldsOf('dokumenter-2025-2026'))).toBe(withoutComments(scaffolded));
		const period = periodText({ id: '2029-2030', title: 'Nordjysk Socialaftale 2029-2030' });
		expect(yamlFileText(yamlFileData(period), fieldsOf('perioder'))).toBe(period);
	});

	test('write a new period, which no file was read for, as npm run new writes it, its comment included', () => {
		const values = { id: '2031-2032', title: 'Nordjysk Socialaftale 2031-2032', firstYear: 2031, lastYear: 2032 };
		const text = yamlFileText(values, fieldsOf('perioder'));
		expect(text).toBe(periodText({ id: values.id, title: values.title }));
		expect(text).toMatch(/^# /);
	});

	test('leave out what the form left empty, put fields in the schema\'s order, and keep what the form does not know', () => {
		const text = markdownFileText(
			{ body: '\nTekst.\n', summary: 'Resumé.', title: 'Titel', dateNote: '  ', notes: [], source: { publisher: 'ukendt', title: 'Kilde', url: '', restoredFromScan: false }, unknown: 'bevaret' },
			fieldsOf('dokumenter-2025-2026'),
		);
		expect(text).toBe(["---", "title: 'Titel'", 'source:', "  title: 'Kilde'", "  publisher: 'ukendt'", "summary: 'Resumé.'", "unknown: 'bevaret'", '---', '', 'Tekst.', ''].join('\n'));
	});
});

describe('a new file’s name', () => {
	test('is made from the title as npm run new makes it, and left out of the file itself', () => {
		expect(fileNameFor('Referat fra rådets møde i maj')).toBe(slugify('Referat fra rådets møde i maj'));
		expect(fileNameFor('Referat fra rådets møde i maj')).toBe('referat-fra-raadets-moede-i-maj');
		const text = markdownFileText({ title: 'Titel', [FILE_NAME_KEY]: 'titel', body: 'Tekst.' }, fieldsOf('dokumenter-2025-2026'));
		expect(text).not.toContain(FILE_NAME_KEY);
		expect(text).toBe(['---', "title: 'Titel'", '---', '', 'Tekst.', ''].join('\n'));
	});

	test('is never empty, which would hide the file from the check and the site: a title without letters or digits gets a name of its own', () => {
		for (const title of ['§§', '—', '???', 'Ελληνικά', '', undefined]) expect(fileNameFor(title)).toBe(UNNAMED_FILE);
		expect(fileNameFor('§ 108')).toBe('108');
		expect(slugify(UNNAMED_FILE)).toBe(UNNAMED_FILE);
	});

	test('is what every collection named from a title or a term saves under; a period is named by its id', () => {
		for (const collection of collections) {
			if (collection.name === 'perioder') expect(collection.slug).toBe('{{id}}');
			else expect([collection.name, collection.slug, fieldsOf(collection.name).some((field) => field.name === collection.identifier_field)]).toEqual([collection.name, FILE_NAME_TEMPLATE, true]);
		}
	});
});

describe('markdownFileData', () => {
	test('reads the frontmatter and the body as the content reader splits them', () => {
		expect(markdownFileData("---\ntitle: 'A: b'\n---\n\n## Overskrift\n")).toEqual({ title: 'A: b', body: '## Overskrift\n' });
	});

	test('refuses a file without frontmatter in Danish, with the line', () => {
		expect(() => markdownFileData('Bare tekst')).toThrow('linje 1: filen skal begynde med metadata');
	});
});

describe('yamlFileText for a period file the form read with yamlFileData', () => {
	const text = [
		'# Where the values come from.',
		"id: '2031-2032'",
		"title: 'Fiktiv aftale'",
		'focusAreas:',
		'  - id: alderdom',
		'    number: 1',
		"    # The approval's own words.",
		"    title: 'Den trygge alderdom'",
		'  - id: psykiatri',
		'    number: 2',
		'    # From the minutes.',
		"    title: 'Psykiatrien'",
		'focusAreaHistory:',
		"  - label: 'Foreslået'",
		'    # As the register dates it.',
		"    date: '2030'",
		'',
	].join('\n');

	test("keeps the editors' comments where the values they describe stay", () => {
		const data = yamlFileData(text);
		expect(yamlFileText({ ...data, title: 'Ny titel' }, fieldsOf('perioder'))).toBe(text.replace("title: 'Fiktiv aftale'", "title: 'Ny titel'"));
	});

	test('drops a comment with the list item it was on, and keeps the others on theirs', () => {
		const data = yamlFileData(text) as { focusAreas: unknown[] };
		const written = yamlFileText({ ...data, focusAreas: data.focusAreas.slice(1) }, fieldsOf('perioder'));
		expect(written).not.toContain("The approval's own words.");
		expect(written).toContain("  - id: psykiatri\n    number: 2\n    # From the minutes.\n    title: 'Psykiatrien'");
	});

	test('writes a list of items without ids anew when an item changed, so no comment describes another value', () => {
		const data = yamlFileData(text) as { focusAreaHistory: Record<string, unknown>[] };
		const written = yamlFileText({ ...data, focusAreaHistory: [{ ...data.focusAreaHistory[0], date: '2029' }] }, fieldsOf('perioder'));
		expect(written).not.toContain('As the register dates it.');
		expect(written).toContain("  - label: 'Foreslået'\n    date: '2029'");
		expect(written.startsWith('# Where the values come from.\n')).toBe(true);
	});
});
