// Search quality, measured: every query of tests/search-quality/queries.ts typed into the real search
// page in Chromium (one page, one session), against the fixture site built for the tests. Prints recall at 5
// and mean reciprocal rank; a query listed in baseline.json that no longer finds its documents fails.
// UPDATE_SEARCH_BASELINE=1 adds queries that now pass to the baseline (it never removes one).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser, hasBrowser } from '../helpers/browser-session.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { measureQuery, summarise, type QueryMeasure } from '../search-quality/metrics.ts';
import { QUERIES } from '../search-quality/queries.ts';

const BASELINE_FILE = new URL('../search-quality/baseline.json', import.meta.url);
const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as { passing: string[] };

describe.skipIf(!hasBrowser)('search quality', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;
	let page: Page;
	const measures = new Map<string, QueryMeasure>();

	beforeAll(async () => {
		server = await serveSite(inject('fixtureSiteDir'));
		browser = await connectBrowser();
		page = await browser.newPage();
		await page.goto(`${server.url}/soeg/`);
		// Every query is run through the page's own form, so it is searched exactly as a reader's is.
		for (const { query, expected } of QUERIES) {
			await page.locator('#search-q').fill(query);
			await page.locator('#search-q').press('Enter');
			await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent?.includes(text), `»${query}«`);
			const hrefs = await page.locator('#search-results > li > h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
			const found = hrefs.map((path) => path.replace(/^\/|\/$/g, ''));
			measures.set(query, measureQuery(query, found, expected));
		}
		const summary = summarise([...measures.values()]);
		const kinds = [...new Set(QUERIES.map((query) => query.kind))].map((kind) => {
			const ofKind = summarise(QUERIES.filter((query) => query.kind === kind).map((query) => measures.get(query.query)!));
			return `  ${kind}: ${ofKind.passing}/${ofKind.total}, recall@5 ${ofKind.recallAt5.toFixed(3)}, MRR ${ofKind.mrr.toFixed(3)}`;
		});
		const failing = [...measures.values()].filter((measure) => !measure.passes).map((measure) => `  »${measure.query}« found ${JSON.stringify(measure.found.slice(0, 5))}`);
		console.log(
			[
				`Search quality over ${summary.total} queries: recall@5 ${summary.recallAt5.toFixed(3)}, MRR ${summary.mrr.toFixed(3)}, ${summary.passing} pass.`,
				...kinds,
				...(failing.length ? ['Not passing:', ...failing] : []),
			].join('\n'),
		);
		const newlyPassing = [...measures.values()].filter((measure) => measure.passes && !baseline.passing.includes(measure.query));
		if (newlyPassing.length > 0 && process.env.UPDATE_SEARCH_BASELINE === '1') {
			const passing = QUERIES.map((query) => query.query).filter((query) => baseline.passing.includes(query) || newlyPassing.some((measure) => measure.query === query));
			writeFileSync(BASELINE_FILE, `${JSON.stringify({ passing }, null, '\t')}\n`);
		} else if (newlyPassing.length > 0) {
			console.log(`Now passing, not yet in baseline.json (run with UPDATE_SEARCH_BASELINE=1 to add): ${newlyPassing.map((measure) => `»${measure.query}«`).join(', ')}`);
		}
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('the set has at least 40 queries of every kind, and the baseline names only queries of the set', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(40);
		expect(new Set(QUERIES.map((query) => query.query)).size).toBe(QUERIES.length);
		for (const kind of ['exact', 'inflection', 'compound part', 'spelling', 'abbreviation', 'multi-word']) {
			expect(QUERIES.some((query) => query.kind === kind), kind).toBe(true);
		}
		const known = new Set(QUERIES.map((query) => query.query));
		expect(baseline.passing.filter((query) => !known.has(query))).toEqual([]);
	});

	test.each(baseline.passing)('»%s« still finds its documents among the first five results', (query) => {
		const measure = measures.get(query)!;
		const { expected } = QUERIES.find((candidate) => candidate.query === query)!;
		expect(measure.found.slice(0, 5), `expected ${JSON.stringify(expected)}`).toEqual(expect.arrayContaining(expected));
	});
});
