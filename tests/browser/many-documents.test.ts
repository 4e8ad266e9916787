// A site with more documents than the real content has: built once from a small generated corpus (the
// benchmark's generator; the build 'many-documents' of tests/helpers/test-builds.ts). The glossary
// lists ten documents per term, so it does not grow with the archive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { testBuild } from '../helpers/test-builds.ts';

const { out } = await testBuild('many-documents');

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
