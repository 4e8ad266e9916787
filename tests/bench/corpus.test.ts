// The benchmark's corpus generator: the same seed must give the same files (or runs would not
// compare), and every file must pass the content check (or the benchmark would measure broken input).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus, periodIds } from '../../scripts/bench/corpus.ts';
import { createRandom } from '../../scripts/bench/random.ts';
import { harvestBody, readSourceText } from '../../scripts/bench/source-text.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'socialaftale-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const text = readSourceText(join(ROOT, 'content'), ROOT);

function generate(name: string, seed: number) {
	const outDir = join(work, name);
	const files = generateCorpus({ documents: 60, periods: 4, seed, outDir }, text);
	return { outDir, files, read: (file: string) => readFileSync(join(outDir, file), 'utf8') };
}

describe('createRandom', () => {
	test('gives the same sequence for the same seed and another for another seed', () => {
		const sequence = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
		expect(sequence(1)).toEqual(sequence(1));
		expect(sequence(1)).not.toEqual(sequence(2));
	});
});

describe('harvestBody', () => {
	test('splits paragraphs into sentences and keeps headings and list items apart', () => {
		const parts = harvestBody('## Baggrund\n\nDette er den første sætning i teksten. Her kommer den anden sætning i teksten.\n\n- Et punkt i en liste\n\n> **Redaktionel note:** Springes over.');
		expect(parts.headings).toEqual(['Baggrund']);
		expect(parts.sentences).toEqual(['Dette er den første sætning i teksten.', 'Her kommer den anden sætning i teksten.']);
		expect(parts.listItems).toEqual(['Et punkt i en liste']);
	});
});

describe('periodIds', () => {
	test('gives consecutive two-year periods ending in 2022', () => {
		expect(periodIds(3)).toEqual(['2017-2018', '2019-2020', '2021-2022']);
	});
});

// Each test checks a generated archive in full, the first loading the Danish dictionary: seconds on
// a quiet machine, more than the default 5 s on the shared one.
describe('generateCorpus', { timeout: 60_000 }, () => {
	const first = generate('first', 42);
	const again = generate('again', 42);
	const other = generate('other', 43);

	test('writes identical files for the same seed', () => {
		expect(again.files).toEqual(first.files);
		for (const file of first.files) expect(again.read(file)).toBe(first.read(file));
	});

	test('writes different documents for another seed', () => {
		expect(other.files.map(other.read)).not.toEqual(first.files.map(first.read));
	});

	test('writes N documents over M periods, all valid under the content check', () => {
		const check = checkContent({ contentDir: first.outDir, rootDir: first.outDir });
		expect(check.problems).toEqual([]);
		expect(check.documents).toHaveLength(60);
		expect(check.periods.map((period) => period.data.id)).toEqual(periodIds(4));
		expect(new Set(check.documents.map((document) => document.period)).size).toBe(4);
		// The real themes and glossary come along, and documents point to the themes.
		expect(check.themes.map((theme) => theme.id)).toEqual(text.themeIds);
		expect(check.glossary.length).toBeGreaterThan(0);
		expect(check.documents.some((document) => document.data.themes.length > 0)).toBe(true);
	});

	test('builds documents from the real text, with headings, lists and tables', () => {
		const bodies = checkContent({ contentDir: first.outDir, rootDir: first.outDir }).documents.map((document) => document.body).join('\n');
		expect(bodies).toMatch(/^## /m);
		expect(bodies).toMatch(/^### /m);
		expect(bodies).toMatch(/^- /m);
		expect(bodies).toMatch(/^\| --- \| --- /m);
		// Paragraphs are real sentences joined by spaces: each begins with a sentence of the sources.
		const paragraphs = bodies.split('\n').filter((line) => line !== '' && !/^(#|- |\|)/.test(line));
		expect(paragraphs.length).toBeGreaterThan(100);
		for (const paragraph of paragraphs) expect(text.sentences.some((sentence) => paragraph.startsWith(sentence)), paragraph).toBe(true);
	});

	test('stays valid when the content it reads links one document from another', () => {
		// An editor's new document that links another one, as CONTRIBUTING.md shows: recombined into the
		// synthetic archive, such a link would lead to a page the archive does not have.
		const content = join(work, 'linked-content');
		cpSync(join(ROOT, 'content'), content, { recursive: true });
		const target = checkContent({ contentDir: content, rootDir: ROOT }).documents[0]!;
		writeFileSync(
			join(content, target.period, 'henvisning-til-dokumentet.md'),
			`---\ntitle: 'Henvisning til dokumentet'\nkind: referat\ndate: ukendt\nissuer: ukendt\nsource:\n  title: 'Henvisning'\n  publisher: ukendt\nsummary: 'Et referat, der henviser til et andet dokument.'\n---\n\n## Referat\n\nMødet drøftede sagen, som den står i [det andet dokument](/${target.period}/${target.slug}/), og tog den til efterretning.\n`,
		);
		expect(checkContent({ contentDir: content, rootDir: ROOT }).problems).toEqual([]);
		const outDir = join(work, 'linked');
		generateCorpus({ documents: 60, periods: 4, seed: 42, outDir }, readSourceText(content, ROOT));
		expect(checkContent({ contentDir: outDir, rootDir: outDir }).problems).toEqual([]);
	});

	test('refuses a folder that is not empty', () => {
		expect(() => generateCorpus({ documents: 1, periods: 1, seed: 1, outDir: first.outDir }, text)).toThrow(/not empty/);
	});
});
