// Protects the tie between a document and its raw source text: `source.file` names a file in
// content/kilder/, and every file there is named by a document.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DocumentFrontmatterSchema } from '../../../src/schemas/index.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { formatProblem } from '../../../src/validation/problems.ts';
import { checkSourceChanges, checkSourceFiles, unrecordedChanges, type SourcedDocument } from '../../../src/validation/rules/source-files.ts';
import { parseYamlSource } from '../../../src/content-source/yaml-source.ts';

/** A checked document from its frontmatter YAML, as if it started on line 2 of its file. */
function documentWith(file: string, yamlText: string): SourcedDocument {
	const yaml = parseYamlSource(yamlText);
	return { file, data: DocumentFrontmatterSchema.parse(yaml.data), yaml, yamlLineOffset: 1 };
}

const frontmatter = (sourceLines: string) =>
	['title: Referat', 'kind: referat', "date: '2019-12-03'", 'issuer: ukendt', 'source:', '  title: Referat', '  publisher: ukendt', sourceLines, 'summary: Et referat.'].join('\n');

const folder = (...files: string[]) => ({ path: 'content/kilder', files });

describe('checkSourceFiles', () => {
	test('accepts a source.file that is a file in the sources folder', () => {
		const document = documentWith('content/2021-2022/referat.md', frontmatter("  file: 'referat.txt'"));
		expect(checkSourceFiles([document], folder('referat.txt'))).toEqual([]);
	});

	test('accepts documents without source.file when no source file is left over', () => {
		const document = documentWith('content/2021-2022/referat.md', frontmatter(''));
		expect(checkSourceFiles([document], folder())).toEqual([]);
	});

	test('refuses a source.file that is not in the folder, on the line of the field, naming the files there', () => {
		const document = documentWith('content/2021-2022/referat.md', frontmatter("  file: 'refarat.txt'"));
		expect(checkSourceFiles([document], folder('referat.txt', 'andet.txt'))).toEqual([
			{
				file: 'content/2021-2022/referat.md',
				// YAML line 8 (the file line) plus the line of the opening ---.
				line: 9,
				message: 'source.file "refarat.txt" er ikke en fil i content/kilder/: ret filnavnet, eller læg kildeteksten i content/kilder/ (kildetekster dér: andet.txt, referat.txt)',
			},
			{
				file: 'content/kilder/andet.txt',
				message: 'intet dokument er lavet ud fra kildeteksten: skriv "file: andet.txt" under source i det dokument, der gengiver den, eller fjern filen',
			},
			{
				file: 'content/kilder/referat.txt',
				message: 'intet dokument er lavet ud fra kildeteksten: skriv "file: referat.txt" under source i det dokument, der gengiver den, eller fjern filen',
			},
		]);
	});

	test('says when the folder holds no source texts at all', () => {
		const document = documentWith('content/2021-2022/referat.md', frontmatter("  file: 'referat.txt'"));
		expect(checkSourceFiles([document], folder()).map((problem) => problem.message)).toEqual([
			'source.file "referat.txt" er ikke en fil i content/kilder/: ret filnavnet, eller læg kildeteksten i content/kilder/ (kildetekster dér: ingen)',
		]);
	});

	test('lets two documents be made from one source text', () => {
		const first = documentWith('content/2021-2022/a.md', frontmatter("  file: 'dagsorden.txt'"));
		const second = documentWith('content/2021-2022/b.md', frontmatter("  file: 'dagsorden.txt'"));
		expect(checkSourceFiles([first, second], folder('dagsorden.txt'))).toEqual([]);
	});
});

describe('unrecordedChanges', () => {
	const data = (notes: [kind: string, text: string][], restoredFromScan = false) =>
		DocumentFrontmatterSchema.parse({
			title: 'Referat af mødet',
			kind: 'referat',
			date: 'ukendt',
			issuer: 'ukendt',
			source: { title: 'Referat', publisher: 'ukendt', file: 'referat.txt', restoredFromScan },
			summary: 'Et referat.',
			notes: notes.map(([kind, text]) => ({ kind, text })),
		});

	test.each([
		['a passage a note quotes', { removed: 'Tilbage til oversigt Udskriv', added: '' }, [['bemaerkning', 'Websidens links »Tilbage til oversigt« og »Udskriv« er fjernet.']]],
		['the title line', { removed: 'Referat af mødet', added: '' }, []],
		['a cookie notice the check knows as cruft', { removed: 'Vi bruger cookies til statistik. Se vores "cookiepolitik".', added: '' }, [['bemaerkning', 'Websidens cookie-meddelelse er fjernet.']]],
		['an editor line', { removed: 'Ansvarlig redaktør: Anne Andersen', added: '' }, [['bemaerkning', 'Linjen med sidens ansvarlige redaktør er fjernet.']]],
		['an in-text editorial note', { removed: '', added: 'Redaktionel note: Listen mangler i kilden.' }, [['mangler', 'Listen mangler i kilden.']]],
		['a replacement whose both sides a note quotes', { removed: 'godkendelse.Sagsfremstilling', added: 'godkendelse. Sagsfremstilling' }, [['rettelse', '»godkendelse.Sagsfremstilling« er delt i »godkendelse.« og »Sagsfremstilling«.']]],
	] as const)('accepts %s', (_, change, notes) => {
		expect(unrecordedChanges([change], data(notes.map(([kind, text]) => [kind, text])))).toEqual([]);
	});

	test.each([
		['a removed sentence', { removed: 'Rådet tog forslaget til efterretning.', added: '' }],
		['an added word', { removed: '', added: 'ikke' }],
		['a changed word', { removed: 'fremsendes', added: 'sendes' }],
		['a removal only partly quoted', { removed: 'Tilbage til oversigt og mere', added: '' }],
	] as const)('refuses %s that no note records', (_, change) => {
		expect(unrecordedChanges([change], data([['bemaerkning', 'Linket »Tilbage til oversigt« er fjernet.']]))).toEqual([change]);
	});

	test('in a text restored from a scan, accepts words put back with æ, ø or å, and misreadings a note quotes', () => {
		const notes: [string, string][] = [['rettelse', 'Tegnfejl fra scanningen er rettet, fx »tiloyde« til »tilbyde«.']];
		const changes = [
			{ removed: 'pa gget', added: 'på øget' },
			{ removed: 'tiloyde', added: 'tilbyde' },
			{ removed: 'kort', added: 'lang' },
		];
		expect(unrecordedChanges(changes, data(notes, true))).toEqual([{ removed: 'kort', added: 'lang' }]);
		expect(unrecordedChanges(changes.slice(0, 1), data(notes, false)), 'only in a scanned text').toEqual(changes.slice(0, 1));
	});
});

describe('checkSourceChanges', () => {
	const document = (body: string) => ({
		...documentWith('content/2021-2022/referat.md', frontmatter("  file: 'referat.txt'")),
		body,
		markdown: { mdx: false },
	});
	const sources: Record<string, string> = { 'referat.txt': 'Referat\n\nSagen fremsendes til drøftelse.\n' };

	test('accepts a text whose only change is the recorded title line', () => {
		expect(checkSourceChanges([document('Sagen fremsendes til drøftelse.\n')], (file) => sources[file])).toEqual([]);
	});

	test('reports each unrecorded change on the line of source.file, quoting the words', () => {
		expect(checkSourceChanges([document('Sagen sendes til drøftelse.\n')], (file) => sources[file])).toEqual([
			{
				file: 'content/2021-2022/referat.md',
				line: 9,
				message: 'kildeteksten referat.txt har »fremsendes«, hvor dokumentet har »sendes«, og ingen note siger det: ret teksten tilbage, eller skriv en rettelse-note, der citerer begge dele i »...«',
			},
		]);
	});

	test('leaves a missing source text to checkSourceFiles', () => {
		expect(checkSourceChanges([document('Tekst.\n')], () => undefined)).toEqual([]);
	});
});

describe('the schema of source.file', () => {
	test.each([
		['en/sti.txt', 'skal være et filnavn i content/kilder/ uden mappe og mellemrum, fx resultater-2018-2020.txt'],
		['../udenfor.txt', 'skal være et filnavn i content/kilder/ uden mappe og mellemrum, fx resultater-2018-2020.txt'],
		['.skjult', 'skal være et filnavn i content/kilder/ uden mappe og mellemrum, fx resultater-2018-2020.txt'],
		['med mellemrum.txt', 'skal være et filnavn i content/kilder/ uden mappe og mellemrum, fx resultater-2018-2020.txt'],
		['README.md', 'README.md er kildeoversigten, ikke en kildetekst: skriv navnet på den fil, dokumentet er lavet ud fra'],
	])('refuses %j', (file, message) => {
		const result = DocumentFrontmatterSchema.safeParse(parseYamlSource(frontmatter(`  file: '${file}'`)).data);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([`source.file: ${message}`]);
	});

	test.each(['resultater-2018-2020.txt', 'møde_2019.txt', 'scan.OCR.txt'])('accepts %j', (file) => {
		expect(DocumentFrontmatterSchema.parse(parseYamlSource(frontmatter(`  file: '${file}'`)).data).source.file).toBe(file);
	});
});

describe('the content check', () => {
	const FIXTURE = join(import.meta.dirname, '../../fixtures/sites/themes-and-glossary');
	const roots: string[] = [];
	afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

	function site(sourceFiles: Record<string, string>, fileField: string | undefined) {
		const root = mkdtempSync(join(tmpdir(), 'source-files-'));
		roots.push(root);
		const contentDir = join(root, 'content');
		cpSync(FIXTURE, contentDir, { recursive: true });
		mkdirSync(join(contentDir, 'kilder'));
		writeFileSync(join(contentDir, 'kilder', 'README.md'), '# Kildeoversigt\n');
		for (const [name, text] of Object.entries(sourceFiles)) writeFileSync(join(contentDir, 'kilder', name), text);
		const documentPath = join(contentDir, '2021-2022', 'godkendelse.md');
		if (fileField) writeFileSync(documentPath, readFileSync(documentPath, 'utf8').replace('  publisher: ukendt\n', `  publisher: ukendt\n  file: '${fileField}'\n`));
		return checkContent({ contentDir, rootDir: root }).problems.map(formatProblem);
	}

	test('reads the sources folder and its register as no content file of its own', () => {
		expect(site({ 'godkendelse.txt': 'Resumé\nTestrådet godkender aftalen om den gode alderdom efter indstilling fra DAS.\n' }, 'godkendelse.txt')).toEqual([]);
	});

	test('reports a change against the source that no note records, as npm run check', () => {
		expect(site({ 'godkendelse.txt': 'Resumé\nTestrådet godkender aftalen om den gode alderdom.\n' }, 'godkendelse.txt')).toEqual([
			'content/2021-2022/godkendelse.md:9 »efter indstilling fra DAS« står ikke i kildeteksten godkendelse.txt, og ingen note siger, at det er tilføjet: slet det, eller skriv en note, der citerer det i »...«',
		]);
	});

	test('reports a source.file that names no file, with file and line', () => {
		expect(site({}, 'godkendelsen.txt')).toEqual([
			'content/2021-2022/godkendelse.md:9 source.file "godkendelsen.txt" er ikke en fil i content/kilder/: ret filnavnet, eller læg kildeteksten i content/kilder/ (kildetekster dér: ingen)',
		]);
	});

	test('reports a source text no document is made from', () => {
		expect(site({ 'glemt.txt': 'Tekst.\n' }, undefined)).toEqual([
			'content/kilder/glemt.txt: intet dokument er lavet ud fra kildeteksten: skriv "file: glemt.txt" under source i det dokument, der gengiver den, eller fjern filen',
		]);
	});
});
