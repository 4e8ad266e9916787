// What the bench gives Starlight: the same bodies as ours, at a pinned version, and an editor's
// change that our check accepts (the dev server measurement waits for it to be served).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { editedDocument } from '../../scripts/bench/editor-loop.ts';
import { readSourceText } from '../../scripts/bench/source-text.ts';
import { STARLIGHT_VERSION, starlightDocuments, starlightProjectFiles } from '../../scripts/bench/starlight.ts';
import { splitFrontmatter } from '../../src/content-source/frontmatter.ts';
import { parseYamlSource } from '../../src/content-source/yaml-source.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'socialaftale-starlight-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const contentDir = join(work, 'content');
const written = generateCorpus({ documents: 12, periods: 3, seed: 7, outDir: contentDir }, readSourceText(join(ROOT, 'content'), ROOT));
const ours = written.filter((file) => /^\d{4}-\d{4}\/[^/]+\.md$/.test(file));

describe('starlightProjectFiles', () => {
	test('pins Starlight and Astro to exact versions', () => {
		const packageJson = JSON.parse(starlightProjectFiles('7.3.5')['package.json']!) as { dependencies: Record<string, string> };
		expect(packageJson.dependencies).toEqual({ '@astrojs/starlight': STARLIGHT_VERSION, astro: '7.3.5' });
		expect(STARLIGHT_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
	});
});

describe('starlightDocuments', () => {
	const documents = starlightDocuments(contentDir);

	test('gives Starlight every document at the same address, and a home page', () => {
		expect(documents.map((document) => document.path).sort()).toEqual(['index.md', ...ours].sort());
	});

	test("keeps each document's body as it is and its title and summary as Starlight's title and description", () => {
		for (const file of ours) {
			const source = splitFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
			const theirs = splitFrontmatter(documents.find((document) => document.path === file)!.text);
			if ('error' in source || 'error' in theirs) throw new Error(`${file} has no frontmatter`);
			expect(theirs.body).toBe(source.body);
			const data = parseYamlSource(source.yaml).data as { title: string; summary: string };
			expect(parseYamlSource(theirs.yaml).data).toEqual({ title: data.title, description: data.summary });
		}
	});
});

// A full check, the first of the file (it loads the Danish dictionary): slower than 5 s under load.
describe('editedDocument', { timeout: 60_000 }, () => {
	test('makes a change the content check accepts, different for each marker', () => {
		const path = join(contentDir, ours[0]!);
		const original = readFileSync(path, 'utf8');
		expect(editedDocument(original, 1)).not.toBe(editedDocument(original, 2));
		writeFileSync(path, editedDocument(original, 1733));
		const check = checkContent({ contentDir, rootDir: ROOT });
		expect(check.problems).toEqual([]);
		expect(check.documents.find((document) => document.file.endsWith(ours[0]!))?.body).toContain('ændret 1733');
		writeFileSync(path, original);
	});
});
