// The index step on its own, on a copy of the test build: with and without the compound parts
// (the benchmark compares the two), so no extra site build is needed. On the fixture build, whose
// words are known.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { indexSite, type CompoundIndexStats } from '../../src/search/indexing/search-index.ts';
import { VOCABULARY_PATH, type Vocabulary } from '../../src/search/search-vocabulary.ts';
import { fixtureContent } from '../helpers/site.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the built site without its index and vocabulary. */
function siteCopy(name: string): string {
	const dir = join(work, name);
	cpSync(inject('fixtureSiteDir'), dir, { recursive: true, filter: (source) => !source.includes('/pagefind') && !source.endsWith('ordforraad.json') });
	return dir;
}

function bytes(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

describe('indexSite', () => {
	const documents = fixtureContent().documents.length;

	test('indexes every document with compound parts by default, and writes the vocabulary', async () => {
		const dir = siteCopy('with-parts');
		let stats: CompoundIndexStats | undefined;
		expect(await indexSite(dir, { report: (reported) => (stats = reported) })).toEqual({ da: documents });
		expect(stats).toMatchObject({ pages: documents });
		expect(stats!.compounds).toBeGreaterThan(0);
		expect(stats!.parts).toBeGreaterThanOrEqual(2 * stats!.compounds);
		const vocabulary = JSON.parse(readFileSync(join(dir, VOCABULARY_PATH), 'utf8')) as Vocabulary;
		expect(vocabulary.words.length).toBe(stats!.vocabulary);
		expect(vocabulary.words.map(([word]) => word)).toContain('socialaftale');
	});

	test('can index the pages as they are, for measuring what the parts cost', async () => {
		const plain = siteCopy('plain');
		const reports: unknown[] = [];
		expect(await indexSite(plain, { compoundParts: false, report: (stats) => reports.push(stats) })).toEqual({ da: documents });
		expect(reports).toEqual([]);
		expect(existsSync(join(plain, VOCABULARY_PATH))).toBe(false);
		// The parts make the index larger; the benchmark reports by how much.
		const withParts = siteCopy('with-parts-2');
		await indexSite(withParts);
		expect(bytes(join(withParts, 'pagefind'))).toBeGreaterThan(bytes(join(plain, 'pagefind')));
	});
});
