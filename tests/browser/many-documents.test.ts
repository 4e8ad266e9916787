// A site with more documents than the real content has: built once from a small generated corpus (the
// benchmark's generator). The glossary lists ten documents per term, so it does not grow with the archive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { readSourceText } from '../../scripts/bench/source-text.ts';
import { ROOT, TEST_BUILD_DATE } from '../helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-many-'));
const out = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
	const content = join(work, 'content');
	generateCorpus({ documents: 24, periods: 2, seed: 7, outDir: content }, readSourceText(join(ROOT, 'content'), ROOT));
	const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '' },
	});
	expect(build.status, build.stderr).toBe(0);
});

describe('the glossary with many documents', () => {
	test('lists at most ten documents per term, then says how many more and links to a search for the term', () => {
		const $ = load(readFileSync(join(out, 'ordliste/index.html'), 'utf8'));
		const usedIn = $('.glossary__more').filter((_, p) => $(p).text().startsWith('Bruges i:'));
		expect(usedIn.length).toBeGreaterThan(0);
		for (const p of usedIn.toArray()) expect($(p).find('a[href^="/20"]').length).toBeLessThanOrEqual(10);
		const capped = usedIn.filter((_, p) => /og \d+ andre? dokument/.test($(p).text()));
		expect(capped.length).toBeGreaterThan(0);
		const link = $(capped[0]).find('a[href^="/soeg/?q="]');
		const term = new URL(link.attr('href')!, 'http://localhost').searchParams.get('q')!;
		expect(link.text()).toBe(`søg efter »${term}«`);
		expect($(capped[0]).closest('dd').prev('dt').text()).toContain(term);
	});
});
