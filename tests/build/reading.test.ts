// What the site says around the texts, on fictional content made for the cases (fixture "reading"):
// a document of an earlier focus-area stage, a document titled like its period, a vision that is a
// source's sentence about the vision, and a newest period without a vision, built on a day inside
// that period and on a day after every period.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { readPage } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/sites/reading');
const work = mkdtempSync(join(tmpdir(), 'socialaftale-reading-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(buildDate: string): string {
	const out = join(work, buildDate);
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', FIXTURE, '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_BUILD_DATE: buildDate, CI: '', SITE_URL: '', SITE_EDIT_URL: '' },
	});
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
	return out;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a build on a day inside the newest period, which has no vision', () => {
	const site = build('2024-03-01');

	test('the home page says which agreement is in force, by its name’s years', () => {
		const text = squash(readPage(site, '/')('#i-dag').parent().text());
		expect(text).toContain('I dag gælder Fiktiv aftale 2023-2024 ifølge arkivet: perioden løber til og med 2024 ifølge periodens navn.');
	});

	test('the home page shows the newest vision in the archive, says whose it is, and gives its approval', () => {
		const $ = readPage(site, '/');
		const text = squash($('#i-dag').parent().text());
		expect(text).toContain('Kilderne i arkivet oplyser endnu ikke visionen for Fiktiv aftale 2023-2024. Den nyeste vision i arkivet er fra Fiktiv aftale 2021-2022.');
		expect(squash($('#i-dag').parent().find('blockquote').text())).toBe('Egenmestring er valgt som vision for at sætte fokus på borgerne.');
		expect(text).toContain('Kildens omtale af visionen.');
		expect(text).toContain('Fiktiv aftale 2021-2022 blev godkendt af Testrådet den 24. november 2020.');
	});

	test('a document of the proposal shows the names it used, what they became, and no later name as its own', () => {
		const $ = readPage(site, '/2021-2022/forslag/');
		const filters = $('[data-pagefind-filter="fokusomraade"]').map((_, element) => $(element).text()).get();
		// In the stage's order, with the stage's names.
		expect(filters).toEqual(['Alderdom for alle', 'Billige pladser']);
		const meta = squash($('.document-meta').text());
		expect(meta).toContain('Dokumentet hører til trinnet »Foreslået af styregruppen« (senest 4. maj 2020)');
		expect(meta).toContain('Alderdom for alle – blev til Den gode alderdom (redaktionens sammenkædning)');
		expect(meta).toContain('Billige pladser – kilderne viser ikke, hvilket godkendt fokusområde det blev til');
		expect($('.document-meta a[href="/2021-2022/#fokusomraade-alderdom"]').text()).toBe('Den gode alderdom');
		expect(readPage(site, '/2021-2022/')('#fokusomraade-alderdom').length).toBe(1);
	});

	test('the approved document is tagged with the approved name, and the search offers all names used', () => {
		expect(readPage(site, '/2021-2022/godkendelse/')('[data-pagefind-filter="fokusomraade"]').text()).toBe('Den gode alderdom');
		const $ = readPage(site, '/soeg/');
		expect($('input[name="fokusomraade"]').map((_, input) => $(input).attr('value')).get()).toEqual(['Alderdom for alle', 'Billige pladser', 'Den gode alderdom']);
	});

	test('a document without an issuer says so in the line on what it is; one with an issuer names it', () => {
		expect(squash(readPage(site, '/2021-2022/forslag/')('.document__what').text())).toBe('Skriftligt input · 1. juni 2020 · Udsteder ikke angivet i kilden');
		expect(squash(readPage(site, '/2021-2022/godkendelse/')('.document__what').text())).toBe('Godkendelsessag · 24. november 2020 · Udstedt af Testrådet');
	});

	test('counts the notes in the folded list', () => {
		expect(squash(readPage(site, '/2021-2022/forslag/')('.editorial-notes > summary').text())).toBe('3 redaktionelle noter');
	});

	test('a document titled like its period is told apart from the period, in lists and in the breadcrumbs', () => {
		const $ = readPage(site, '/2021-2022/');
		expect(squash($('a[href="/2021-2022/forslag/"]').text())).toBe('Fiktiv aftale 2021-2022 (skriftligt input)');
		const page = readPage(site, '/2021-2022/forslag/');
		const crumbs = page('nav.breadcrumbs a').map((_, link) => squash(page(link).text())).get();
		expect(crumbs).toEqual(['Forside', 'Aftaleperioden 2021-2022', 'Fiktiv aftale 2021-2022']);
	});

	test('compares a vision with a source’s sentence about a vision side by side, but not word for word', () => {
		const $ = readPage(site, '/sammenlign/2018-2020/2021-2022/');
		expect($('.word-diff').length).toBe(0);
		expect(squash($('#vision').parent().text())).toContain('Ordforskellene vises ikke: for 2021-2022 er visionens egen ordlyd ikke i arkivet');
		expect(squash($('#vision').parent().text())).toContain('Alle borgere skal kunne leve et selvstændigt liv.');
	});

	test('lists each pair of the three periods once on the comparisons’ index', () => {
		const $ = readPage(site, '/sammenlign/');
		expect($('.compare-pairs > li').map((_, item) => squash($(item).text())).get()).toEqual([
			'Sammenlign 2021-2022 med 2023-2024 (eller med 2023-2024 først)',
			'Sammenlign 2018-2020 med 2023-2024 (eller med 2023-2024 først)',
			'Sammenlign 2018-2020 med 2021-2022 (eller med 2021-2022 først)',
		]);
	});
});

describe('a build on a day after every period', () => {
	const site = build('2026-06-01');

	test('the home page says that no agreement in the archive is in force, and why it cannot say more', () => {
		const text = squash(readPage(site, '/')('#i-dag').parent().text());
		expect(text).toContain('Ingen af arkivets aftaler gælder i dag. Den nyeste, Fiktiv aftale 2023-2024, gik til og med 2024 ifølge periodens navn');
		expect(text).toContain('En nyere aftale kan være indgået uden at være i arkivet endnu.');
		expect(text).not.toContain('I dag gælder');
	});

	test('every period’s status says that its end comes from its name', () => {
		const $ = readPage(site, '/');
		expect($('.period-list .status').map((_, status) => squash($(status).text())).get()).toEqual([
			'Afsluttet aftaleperiode (til og med 2024 ifølge periodens navn)',
			'Afsluttet aftaleperiode (til og med 2022 ifølge periodens navn)',
			'Afsluttet aftaleperiode (til og med 2020 ifølge periodens navn)',
		]);
	});
});
