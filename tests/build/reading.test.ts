// What the site says around the texts, on fictional content made for the cases (fixture "reading"):
// a document of an earlier focus-area stage, a document titled like its period, a vision that is a
// source's sentence about the vision, and a newest period without a vision, built on a day inside
// that period and on a day after every period.
import { describe, expect, test } from 'vitest';
import { readPage } from '../helpers/site.ts';
import { testBuild } from '../helpers/test-builds.ts';

// Both builds are made by the global setup with npm run build's own script (tests/helpers/test-builds.ts).
const builtOn = {
	'2025-03-01': (await testBuild('reading-2025-03-01')).out,
	'2027-06-01': (await testBuild('reading-2027-06-01')).out,
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a build on a day inside the newest period, which has no vision', () => {
	const site = builtOn['2025-03-01'];

	test('the home page says which agreement is in force, by its name’s years', () => {
		const text = squash(readPage(site, '/')('#i-dag').parent().text());
		expect(text).toContain('I dag gælder Fiktiv aftale 2025-2026 ifølge arkivet: perioden løber til og med 2026 ifølge periodens navn.');
	});

	test('the home page shows the newest vision in the archive, says whose it is, and that its approval is not known', () => {
		const $ = readPage(site, '/');
		const text = squash($('#i-dag').parent().text());
		expect(text).toContain('Kilderne i arkivet oplyser endnu ikke visionen for Fiktiv aftale 2025-2026. Den nyeste vision i arkivet er fra Fiktiv aftale 2023-2024.');
		expect(squash($('#i-dag').parent().find('blockquote').text())).toBe('Alle borgere skal have mulighed for at leve et så selvstændigt liv som muligt.');
		expect(text).toContain('Visionens ordlyd.');
		expect(text).toContain('Kilderne i arkivet oplyser ikke, hvornår og af hvem Fiktiv aftale 2023-2024 blev godkendt.');
	});

	test('a period page says who approved the period and what its vision text is', () => {
		expect(squash(readPage(site, '/2021-2022/')('#godkendelse').parent().text())).toContain('Godkendt af Testrådet den 24. november 2020.');
		expect(squash(readPage(site, '/2021-2022/')('#vision').parent().find('figcaption').text())).toContain('Kildens omtale af visionen.');
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

	test('diffs two visions’ own wordings word for word', () => {
		const $ = readPage(site, '/sammenlign/2018-2020/2023-2024/');
		expect($('.word-diff ins').length).toBeGreaterThan(0);
		expect(squash($('#ordforskelle').text())).toBe('Ordforskelle i visionsteksten fra 2018-2020 til 2023-2024');
	});

	test('compares a vision with a source’s sentence about a vision side by side, but not word for word', () => {
		const $ = readPage(site, '/sammenlign/2018-2020/2021-2022/');
		expect($('.word-diff').length).toBe(0);
		expect(squash($('#vision').parent().text())).toContain('Ordforskellene vises ikke: for 2021-2022 er visionens egen ordlyd ikke i arkivet');
		expect(squash($('#vision').parent().text())).toContain('Alle borgere skal kunne leve et selvstændigt liv.');
	});

	test('lists each pair of the four periods once on the comparisons’ index', () => {
		const $ = readPage(site, '/sammenlign/');
		const items = $('.compare-pairs > li').map((_, item) => squash($(item).text())).get();
		expect(items).toHaveLength(6);
		expect(items).toContain('Sammenlign 2018-2020 med 2021-2022 (eller med 2021-2022 først)');
		expect(items.filter((item) => item.startsWith('Sammenlign 2021-2022 med 2018-2020'))).toEqual([]);
	});
});

describe('a build on a day after every period', () => {
	const site = builtOn['2027-06-01'];

	test('the home page says that no agreement in the archive is in force, and why it cannot say more', () => {
		const text = squash(readPage(site, '/')('#i-dag').parent().text());
		expect(text).toContain('Ingen af arkivets aftaler gælder i dag. Den nyeste, Fiktiv aftale 2025-2026, gik til og med 2026 ifølge periodens navn.');
		expect(text).toContain('En nyere aftale kan være indgået uden at være i arkivet endnu.');
		expect(text).not.toContain('I dag gælder');
	});

	test('every period’s status says that its end comes from its name', () => {
		const $ = readPage(site, '/');
		expect($('.period-list .status').map((_, status) => squash($(status).text())).get()).toEqual([
			'Afsluttet aftaleperiode (til og med 2026 ifølge periodens navn)',
			'Afsluttet aftaleperiode (til og med 2024 ifølge periodens navn)',
			'Afsluttet aftaleperiode (til og med 2022 ifølge periodens navn)',
			'Afsluttet aftaleperiode (til og med 2020 ifølge periodens navn)',
		]);
	});
});
