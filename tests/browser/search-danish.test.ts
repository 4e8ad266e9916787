// Searching in Danish as readers write it: parts of compounds, words typed without æ, ø and å,
// abbreviations, questions and typos; with clean excerpts, and help when nothing is found.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

describe.skipIf(!hasBrowser)('Danish search in Chromium', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	async function search(query: string) {
		const page = session.page();
		await page.goto(session.url(`/soeg/?q=${encodeURIComponent(query)}`));
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		return page;
	}

	test('a word found only inside a compound finds the compound, and the excerpt shows the word as written', async () => {
		const page = await search('psykiatri');
		const result = page.locator('#search-results > li', { hasText: 'Resultater og initiativer' });
		await expect.poll(() => result.locator('mark').allTextContents()).toContainEqual(expect.stringMatching(/^behandlingspsykiatrien/i));
	});

	test('the extra words of the index never show: not in excerpts, titles or section names', async () => {
		for (const query of ['aftale', 'psykiatri', 'udvalget', 'fokusområder']) {
			const page = await search(query);
			expect(await page.locator('#search-results').textContent()).not.toContain('^~');
		}
	});

	test('a word typed with aa, ae or oe finds it written with å, æ or ø, and says how', async () => {
		const page = await search('fyrtaarn');
		const result = page.locator('#search-results > li').first();
		expect(await result.locator('h2').textContent()).toBe('Output fra den fiktive visionsdag');
		expect(await result.locator('.search-results__variant').textContent()).toBe('Fundet ved at søge på »fyrtårn«');
		expect(await result.locator('mark').first().textContent()).toMatch(/^fyrtårne/);
	});

	test('a word typed with å finds a name the text spells with aa', async () => {
		const page = await search('Ålborg');
		const result = page.locator('#search-results > li', { hasText: 'Godkendelse af den fiktive aftale 2025-2026' });
		expect(await result.locator('.search-results__variant').textContent()).toBe('Fundet ved at søge på »aalborg«');
		expect(await result.locator('mark').first().textContent()).toMatch(/Aalborg/);
	});

	test('pages that match the query as typed rank above pages found by a variant', async () => {
		const page = await search('Handicaprådet');
		const variants = await page.locator('#search-results > li').evaluateAll((items) => items.map((item) => item.querySelector('.search-results__variant') !== null));
		expect(variants[0]).toBe(false);
		expect(variants.indexOf(true) === -1 || !variants.slice(variants.indexOf(true)).includes(false)).toBe(true);
	});

	test('an abbreviation finds the pages that only write it out, and the reverse', async () => {
		let page = await search('DAS');
		// The document that writes the abbreviation ranks above the one that only writes it out.
		const titles = await page.locator('#search-results h2').allTextContents();
		const [writes, writesOut] = ['Godkendelse af den fiktive aftale 2025-2026', 'Referat fra det fiktive råd'].map((title) => titles.indexOf(title));
		expect(writes).toBeGreaterThanOrEqual(0);
		expect(writesOut).toBeGreaterThan(writes!);
		const expansion = page.locator('#search-results > li', { hasText: 'Referat fra det fiktive råd' });
		expect(await expansion.locator('.search-results__variant').textContent()).toMatch(/^Fundet ved at søge på »Den Administrative Styregruppe/);
		page = await search('administrative styregruppe');
		expect(await page.locator('#search-results h2').allTextContents()).toContain('Godkendelse af den fiktive aftale 2025-2026');
	});

	test('a mistyped word shows the results for the corrected query, and offers the query as typed', async () => {
		const page = await search('fyrtorn');
		expect(await page.locator('#search-status').textContent()).toBe('1 resultat for »fyrtårne« (rettet fra »fyrtorn«)');
		const notice = page.locator('#search-notice');
		expect(await notice.textContent()).toBe('Viser resultater for »fyrtårne«. Søg i stedet efter »fyrtorn«.');
		expect(await page.locator('#search-results h2').allTextContents()).toEqual(['Output fra den fiktive visionsdag']);
		// As typed, the word is in no page: the page says so, and suggests the nearest words.
		await notice.getByRole('link', { name: '»fyrtorn«' }).click();
		await page.waitForFunction(() => /^0 resultater for »fyrtorn«/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await notice.textContent()).toBe('Ingen sider indeholder »fyrtorn«.');
		const help = page.locator('#search-help');
		expect(await help.locator('h2').textContent()).toBe('Forslag');
		await help.getByRole('link', { name: 'fyrtårne' }).click();
		await page.waitForURL(/q=fyrt%C3%A5rne/);
		await page.waitForFunction(() => /^1 resultat for »fyrtårne«$/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await help.isHidden()).toBe(true);
		expect(await notice.isHidden()).toBe(true);
	});

	test('a word like no indexed word finds nothing, rather than pages that share its first letter', async () => {
		// Not "døve": the fixture's synonym list makes that a word for "høretab".
		const page = await search('dyrlæge');
		expect(await page.locator('#search-status').textContent()).toBe('0 resultater for »dyrlæge«. Se forslagene herunder.');
		expect(await page.locator('#search-notice').textContent()).toBe('Ingen sider indeholder »dyrlæge«.');
		expect(await page.locator('#search-results > li').count()).toBe(0);
	});

	test('a question finds its answer without the question words, which are never listed as missing', async () => {
		const page = await search('hvilke fokusområder har aftalen');
		// Among the first three: once period pages are searchable, the period's own page may lead.
		const titles = (await page.locator('#search-results h2').allTextContents()).slice(0, 3);
		expect(titles).toContain('Godkendelse af den fiktive aftale 2025-2026');
		const approval = page.locator('#search-results > li', { hasText: 'Godkendelse af den fiktive aftale 2025-2026' });
		expect(await approval.locator('.search-results__missing').count()).toBe(0);
		for (const missing of await page.locator('#search-results .search-results__missing').allTextContents()) expect(missing).toBe('Mangler: fokusområder');
		expect(await page.locator('#search-notice').isHidden()).toBe(true);
	});

	test('pages with the most query words come first; the others say which words they lack', async () => {
		const page = await search('demens fyrtårne xylofon');
		expect(await page.locator('#search-notice').textContent()).toBe('Ingen sider indeholder »xylofon«.');
		const items = page.locator('#search-results > li');
		expect(await items.first().locator('h2').textContent()).toBe('Output fra den fiktive visionsdag');
		expect(await items.first().locator('.search-results__missing').count()).toBe(0);
		const other = page.locator('#search-results > li', { hasText: 'Godkendelse af den fiktive aftale 2025-2026' });
		expect(await other.locator('.search-results__missing').textContent()).toBe('Mangler: fyrtårne');
	});

	test('a word typed with a and o for å and ø finds it, ranked with the word as typed', async () => {
		const page = await search('okonomi');
		const result = page.locator('#search-results > li').first();
		expect(await result.locator('h2').textContent()).toBe('Godkendelse af den fiktive aftale 2025-2026');
		expect(await result.locator('.search-results__variant').textContent()).toBe('Fundet ved at søge på »økonomi«');
	});

	test('a filtered search that finds nothing offers the same search without the filters', async () => {
		const page = await search('demens');
		await page.goto(session.url('/soeg/?q=demens&periode=2016-2018'));
		const help = page.locator('#search-help');
		// The help runs searches of its own; on a busy machine that takes more than poll's default second.
		await expect.poll(() => help.textContent(), { timeout: 10_000 }).toContain('2 resultater for »demens« uden afgrænsningen.');
		expect(await page.locator('#search-notice').isHidden()).toBe(true);
		await help.getByRole('button', { name: 'Søg i alle perioder' }).click();
		await page.waitForURL((url) => !url.search.includes('periode='));
		await page.waitForFunction(() => /^2 resultater for/.test(document.querySelector('#search-status')?.textContent ?? ''));
	});
});
