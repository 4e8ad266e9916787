// Search quality, measured: every query of tests/search-quality/queries.ts typed into the real search
// page in Chromium (one page, one session), against the fixture site built for the tests, and the same
// query given straight to Pagefind's API on that page, as the baseline without the query planning.
// Prints recall at 3 and 5 and mean reciprocal rank per class for both, as the table README.md shows;
// a query listed in baseline.json that no longer finds its pages fails.
// UPDATE_SEARCH_BASELINE=1 adds queries that now pass to the baseline (it never removes one).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { measureQuery, summarise, type QueryMeasure } from '../search-quality/metrics.ts';
import { QUERIES, QUERY_KINDS } from '../search-quality/queries.ts';

const BASELINE_FILE = new URL('../search-quality/baseline.json', import.meta.url);
const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as { passing: string[] };
/** Every class must find at least this share of its pages among the first three. */
const MIN_RECALL_AT_3 = 0.9;

const pathOf = (href: string) => new URL(href).pathname.replace(/^\/|\/$/g, '');
/** A period page, a theme page or the glossary: the pages the answer cards lead to, not documents. */
const isAnswerPage = (page: string) => !/^\d{4}-\d{4}\/./.test(page);

/** The pages Pagefind's own API returns for a query, in its order, on the page's loaded index. */
async function pagefindAlone(page: Page, query: string): Promise<string[]> {
	// A string, not a function: vitest's transform would rewrite a function's import() for Node.
	const urls = await page.evaluate<string[]>(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const found = await pagefind.search(${JSON.stringify(query)});
		return Promise.all((found?.results ?? []).map(async (result) => (await result.data()).url));
	})()`);
	return urls.map((url) => pathOf(new URL(url, 'http://site.invalid').href));
}

describe.skipIf(!hasBrowser)('search quality', () => {
	// One page for every query, opened in beforeAll; the tests only read what it measured.
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: false });
	const measures = new Map<string, QueryMeasure>();
	const plain = new Map<string, QueryMeasure>();

	beforeAll(async () => {
		const page = await session.browser().newPage();
		await page.goto(session.url('/soeg/'));
		// Every query is run through the page's own form, so it is searched exactly as a reader's is.
		for (const { query, expected } of QUERIES) {
			await page.locator('#search-q').fill(query);
			await page.locator('#search-q').press('Enter');
			await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent?.includes(text), `»${query}«`);
			const linksOf = async (list: string) =>
				(await page.locator(`${list} > li > h2 a`).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).map(pathOf);
			// Answer cards (periods, themes, the glossary) sit above the documents in a list of their own:
			// a query after a page of that kind is measured on the cards, then the documents; a query after
			// documents on the documents' list, where a card above it takes no document's place.
			const documents = await linksOf('#search-results');
			const found = expected.some(isAnswerPage) ? [...(await linksOf('#search-answers')), ...documents] : documents;
			measures.set(query, measureQuery(query, found, expected));
			plain.set(query, measureQuery(query, await pagefindAlone(page, query), expected));
		}
		await page.close();
		const row = (label: string, ofEngine: QueryMeasure[], ofPlain: QueryMeasure[]) => {
			const [engine, alone] = [summarise(ofEngine), summarise(ofPlain)];
			const figures = (summary: typeof engine) => `${summary.recallAt3.toFixed(2)} | ${summary.mrr.toFixed(2)} | ${summary.recallAt5.toFixed(2)}`;
			return `| ${label} | ${engine.total} | ${figures(engine)} | ${figures(alone)} |`;
		};
		const of = (map: Map<string, QueryMeasure>, kind?: string) => QUERIES.filter((query) => !kind || query.kind === kind).map((query) => map.get(query.query)!);
		const failing = QUERIES.map(({ query, kind }) => ({ kind, measure: measures.get(query)! }))
			.filter(({ measure }) => measure.recallAt3 < 1)
			.map(({ kind, measure }) => `  [${kind}] »${measure.query}« found ${JSON.stringify(measure.found.slice(0, 3))}`);
		console.log(
			[
				`Search quality over ${QUERIES.length} queries on the fixture site (search page | Pagefind alone):`,
				'| Class | Queries | recall@3 | MRR | recall@5 | Pagefind recall@3 | Pagefind MRR | Pagefind recall@5 |',
				'| --- | --: | --: | --: | --: | --: | --: | --: |',
				...QUERY_KINDS.map((kind) => row(kind, of(measures, kind), of(plain, kind))),
				row('all', of(measures), of(plain)),
				...(failing.length ? ['Not all expected pages among the first three:', ...failing] : []),
			].join('\n'),
		);
		const newlyPassing = [...measures.values()].filter((measure) => measure.passes && !baseline.passing.includes(measure.query));
		if (newlyPassing.length > 0 && process.env.UPDATE_SEARCH_BASELINE === '1') {
			const passing = QUERIES.map((query) => query.query).filter((query) => baseline.passing.includes(query) || newlyPassing.some((measure) => measure.query === query));
			writeFileSync(BASELINE_FILE, `${JSON.stringify({ passing }, null, '\t')}\n`);
		} else if (newlyPassing.length > 0) {
			console.log(`Now passing, not yet in baseline.json (run with UPDATE_SEARCH_BASELINE=1 to add): ${newlyPassing.map((measure) => `»${measure.query}«`).join(', ')}`);
		}
	}, 600_000);

	test('the set has at least 150 queries, 15 of every class, and the baseline names only queries of the set', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(150);
		expect(new Set(QUERIES.map((query) => query.query)).size).toBe(QUERIES.length);
		for (const kind of QUERY_KINDS) expect(QUERIES.filter((query) => query.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
		const known = new Set(QUERIES.map((query) => query.query));
		expect(baseline.passing.filter((query) => !known.has(query))).toEqual([]);
	});

	test.each(QUERY_KINDS)(`the %s class finds at least ${MIN_RECALL_AT_3} of its pages among the first three`, (kind) => {
		const { recallAt3 } = summarise(QUERIES.filter((query) => query.kind === kind).map((query) => measures.get(query.query)!));
		expect(recallAt3).toBeGreaterThanOrEqual(MIN_RECALL_AT_3);
	});

	test.each(baseline.passing)('»%s« still finds its pages among the first five results', (query) => {
		const measure = measures.get(query)!;
		const { expected } = QUERIES.find((candidate) => candidate.query === query)!;
		expect(measure.found.slice(0, 5), `expected ${JSON.stringify(expected)}`).toEqual(expect.arrayContaining(expected));
	});
});
