// The addresses the content check believes the site publishes, derived from src/pages and the content.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listRoutes, publicFiles, routeAddresses, sitePages } from '../../src/validation/site-pages.ts';

const CONTENT = {
	periods: ['2018-2020', '2021-2022'],
	documents: [
		{ period: '2018-2020', slug: 'resultater' },
		{ period: '2021-2022', slug: 'godkendelse', sourceFile: 'godkendelse.txt' },
		{ period: '2021-2022', slug: 'referat' },
	],
	themes: ['egenmestring'],
};

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A pages folder holding empty files at the given paths. */
function pagesDir(files: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'pages-'));
	dirs.push(dir);
	for (const file of files) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), '');
	}
	return dir;
}

describe('listRoutes', () => {
	test('reads the project’s route files, leaving out the 404 page', () => {
		expect(listRoutes().map((route) => route.file)).toEqual(
			expect.arrayContaining(['index.astro', 'soeg.astro', '[period]/index.astro', '[period]/[document].astro']),
		);
		expect(listRoutes().map((route) => route.file)).not.toContain('404.astro');
	});

	test('turns file names into URL segments, endpoints without a trailing slash', () => {
		const dir = pagesDir(['index.astro', 'om/index.astro', 'data/documents.json.ts', '_helpers.ts', '_partials/x.astro', 'styles.css']);
		expect(listRoutes(dir)).toEqual([
			{ file: 'data/documents.json.ts', segments: ['data', 'documents.json'], endpoint: true },
			{ file: 'index.astro', segments: [], endpoint: false },
			{ file: 'om/index.astro', segments: ['om'], endpoint: false },
		]);
	});
});

describe('routeAddresses', () => {
	test('fills [period] and [document] from the content, each document under its own period', () => {
		const route = { file: '[period]/[document].astro', segments: ['[period]', '[document]'], endpoint: false };
		expect(routeAddresses(route, CONTENT)).toEqual(['/2018-2020/resultater/', '/2021-2022/godkendelse/', '/2021-2022/referat/']);
	});

	test('gives the home page as /', () => {
		expect(routeAddresses({ file: 'index.astro', segments: [], endpoint: false }, CONTENT)).toEqual(['/']);
	});

	test('stops with a developer message on a route parameter it does not know', () => {
		const route = { file: 'kommuner/[kommune].astro', segments: ['kommuner', '[kommune]'], endpoint: false };
		expect(() => routeAddresses(route, CONTENT)).toThrow(
			'src/pages/kommuner/[kommune].astro: the content check does not know the route parameter [kommune]',
		);
	});

	test('fills [theme] from the themes', () => {
		const route = { file: 'temaer/[theme].astro', segments: ['temaer', '[theme]'], endpoint: false };
		expect(routeAddresses(route, CONTENT)).toEqual(['/temaer/egenmestring/']);
	});

	test('gives a source-text page only to the documents made from a source text', () => {
		const route = { file: '[period]/[sourcedDocument]/kildetekst.astro', segments: ['[period]', '[sourcedDocument]', 'kildetekst'], endpoint: false };
		expect(routeAddresses(route, CONTENT)).toEqual(['/2021-2022/godkendelse/kildetekst/']);
	});

	test('fills the comparison route with every ordered pair of two different periods', () => {
		const route = { file: 'sammenlign/[a]/[b].astro', segments: ['sammenlign', '[a]', '[b]'], endpoint: false };
		expect(routeAddresses(route, CONTENT)).toEqual(['/sammenlign/2018-2020/2021-2022/', '/sammenlign/2021-2022/2018-2020/']);
	});
});

describe('sitePages', () => {
	test('publishes the home page, search, every period and every document', () => {
		const site = sitePages(CONTENT, new Map(), new Map());
		// The project's real route files: new static pages may come, so this lists what must be there.
		expect([...site.pages]).toEqual(
			expect.arrayContaining([
				'/',
				'/2018-2020/',
				'/2018-2020/resultater/',
				'/2021-2022/',
				'/2021-2022/godkendelse/',
				'/2021-2022/referat/',
				'/soeg/',
			]),
		);
	});

	test('publishes the pages across periods: themes, comparisons and timelines', () => {
		const site = sitePages(CONTENT, new Map(), new Map());
		expect([...site.pages]).toEqual(
			expect.arrayContaining([
				'/temaer/',
				'/temaer/egenmestring/',
				'/sammenlign/2018-2020/2021-2022/',
				'/sammenlign/2021-2022/2018-2020/',
				'/2021-2022/tidslinje/',
				'/ordliste/',
			]),
		);
		expect(site.pages.has('/sammenlign/2021-2022/2021-2022/')).toBe(false);
	});

	test('knows the files in public/', () => {
		expect(publicFiles().has('/favicon.svg')).toBe(true);
	});
});
