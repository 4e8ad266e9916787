/**
 * The site publishes its sources' own text, cleaned and structured, never paraphrased. These checks
 * hold every document that names its raw source text (`source.file`) to that text in content/kilder/,
 * inside the repository, so that a dropped or reworded sentence, a correction no note records or a
 * note that quotes what the source does not say fails the test suite instead of reaching readers.
 * They name no document, period or source: they hold for any valid content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { comparablePublished, comparableSource } from '../../src/lib/source-comparison.ts';
import { listSourceFiles, readSourceText, sourcesDir } from '../../src/lib/source-texts.ts';
import { SOURCE_REGISTER_FILE } from '../../src/schemas/index.ts';
import { EDITORIAL_NOTE_LABEL } from '../../src/markdown/remark-editorial-notes.ts';
import { checkContent, type CheckedDocument } from '../../src/validation/check-content.ts';
import { OCR_MISREADINGS } from '../../src/validation/rules/ocr.ts';
import { checkSourceChanges } from '../../src/validation/rules/source-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_DIR = join(ROOT, 'content');
const SOURCES_DIR = sourcesDir(CONTENT_DIR);
const REGISTER = join(SOURCES_DIR, SOURCE_REGISTER_FILE);

const content = checkContent({ contentDir: CONTENT_DIR, rootDir: ROOT });
const sourceFiles = listSourceFiles(CONTENT_DIR);
const register = existsSync(REGISTER) ? readFileSync(REGISTER, 'utf8') : '';
/** Every document made from a source text in the repository, as [file, document] for test names. */
const sourced = content.documents.filter((document) => document.data.source.file).map((document) => [document.file, document] as const);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const quotedPassages = (note: string) => [...note.matchAll(/»([^«]+)«/g)].map((match) => collapse(match[1]!));
const sourceOf = (document: CheckedDocument) => readSourceText(CONTENT_DIR, document.data.source.file!);

/** The register's table row for a source file, as its cells. */
function registerRow(file: string): string[] | undefined {
	const row = register.split('\n').find((line) => line.startsWith(`| \`${file}\` |`));
	return row?.split('|').slice(1, -1).map((cell) => cell.trim());
}

/** The text of each list item's own first line on the page, without Markdown syntax. */
function listItemTexts(document: CheckedDocument): string[] {
	const texts: string[] = [];
	visit(document.markdown.tree, 'listItem', (item: ListItem) => {
		const first = item.children[0];
		if (first) texts.push(collapse(toString(first)));
	});
	return texts;
}

describe('the sources folder', () => {
	test('lies inside the repository, with its register', () => {
		expect(relative(ROOT, SOURCES_DIR).startsWith('..')).toBe(false);
		expect(existsSync(REGISTER), `the source register ${relative(ROOT, REGISTER)}`).toBe(true);
	});

	test('lists in the register exactly the source texts it holds', () => {
		const inRegister = [...register.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]!);
		expect([...inRegister].sort()).toEqual(sourceFiles);
	});

	test('holds only source texts that a document is made from, each one a file there', () => {
		expect(content.problems).toEqual([]);
		const named = new Set(sourced.map(([, document]) => document.data.source.file!));
		expect(sourceFiles.filter((file) => !named.has(file))).toEqual([]);
		expect([...named].filter((file) => !sourceFiles.includes(file))).toEqual([]);
	});

	test('is kept byte for byte by git: no line-end conversion of any file in it', () => {
		const files = [SOURCE_REGISTER_FILE, ...sourceFiles].map((file) => relative(ROOT, join(SOURCES_DIR, file)));
		const git = spawnSync('git', ['check-attr', 'text', '--', ...files], { cwd: ROOT, encoding: 'utf8' });
		// Outside a git work tree (an unpacked archive) there are no line ends for git to convert.
		if (git.status !== 0) return;
		const converted = git.stdout.trim().split('\n').filter((line) => !line.endsWith(': text: unset'));
		expect(converted).toEqual([]);
	});

	test('has the OCR misreadings the register lists, with their corrections, in the content check', () => {
		// Every "## OCR damage ..." section of the register lists `misread` → correct pairs.
		const sections = register.split(/^## /m).filter((section) => section.startsWith('OCR damage'));
		const listed = sections.flatMap((section) =>
			[...section.split(/This list is not complete/)[0]!.matchAll(/((?:`[^`]+`\/?)+) → ([^,.\n]+)/g)].flatMap(([, misreads, correct]) =>
				[...misreads!.matchAll(/`([^`]+)`/g)].map(([, misread]) => [misread, correct!.trim()]),
			),
		);
		expect(OCR_MISREADINGS.map((pair) => [...pair])).toEqual(listed);
	});
});

describe.skipIf(sourced.length === 0)('every document made from a source text', () => {
	test.each(sourced)('%s changes nothing but what its editorial notes record', (_, document) => {
		expect(checkSourceChanges([document], () => sourceOf(document))).toEqual([]);
	});

	test.each(sourced)('%s: every source error its kildefejl notes keep stands in the source and in the text', (_, document) => {
		const source = collapse(comparableSource(sourceOf(document)));
		const published = collapse(
			document.body
				.split('\n')
				.filter((line) => !line.includes(EDITORIAL_NOTE_LABEL))
				.join('\n'),
		);
		const unfounded = document.data.notes
			.filter((note) => note.kind === 'kildefejl')
			.filter((note) => !quotedPassages(note.text).some((passage) => source.includes(passage) && published.includes(passage)));
		expect(unfounded).toEqual([]);
	});

	test.each(sourced)('%s keeps the source’s bulleted and numbered lines that it publishes as list items', (_, document) => {
		const items = new Set(listItemTexts(document));
		const published = collapse(comparablePublished(document.body, document.markdown.mdx));
		const listLines = sourceOf(document)
			.split('\n')
			.filter((line) => /^[\t ]*(?:[•*-]|\d+\.)[\t ]+\S/.test(line))
			// A numbered item's number is the list's, not its text.
			.map((line) => collapse(comparableSource(line).replace(/^\s*\d+\.\s+/, '')))
			// A line the page leaves out (moved to the metadata) is a change, checked above.
			.filter((line) => published.includes(line));
		expect(listLines.filter((line) => !items.has(line))).toEqual([]);
	});

	test.each(sourced)('%s is marked as restored from a scan exactly when the register says its source was scanned', (_, document) => {
		const row = registerRow(document.data.source.file!);
		expect(row, 'the register has a row for the source').toBeDefined();
		const knownDefects = row!.at(-1)!;
		expect(document.data.source.restoredFromScan).toBe(/\bOCR\b|\bscan/i.test(knownDefects));
	});
});

describe.skipIf(content.periods.length === 0)('periods', () => {
	test.each(content.periods.map((period) => [period.data.id, period.data] as const))(
		'the vision and focus areas of %s are quoted verbatim from the documents they cite',
		(_, period) => {
			const documents = new Map(content.documents.map((document) => [`${document.period}/${document.slug}`, document]));
			// A quote is compared without the quotation marks that may enclose it in its document.
			const textOf = (ref: string) => collapse(toString(documents.get(ref)!.markdown.tree, { includeHtml: false })).replace(/[“”"]/g, '');
			const quotes = [
				...(period.vision?.source ? [[period.vision.source, period.vision.text]] : []),
				...period.focusAreas.flatMap((area) => (area.source ? [[area.source, area.title], ...(area.description ? [[area.source, area.description]] : [])] : [])),
			];
			expect(quotes.filter(([ref, quote]) => !textOf(ref!).includes(quote!))).toEqual([]);
		},
	);
});
