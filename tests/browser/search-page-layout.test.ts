// The search page as a sighted reader meets it: once a query is sent, the first result is on the
// first screen, on a phone and on a desktop; the filters wait behind a button that says how many are
// chosen; answers from the periods, themes and glossary come above the documents. On the fixture site.
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';

const SCREENS = [
	{ name: 'a phone', width: 390, height: 844 },
	{ name: 'a desktop', width: 1280, height: 900 },
];

describe.skipIf(!hasBrowser)('the search page layout', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	async function sendQuery(query: string) {
		const page = session.page();
		await page.locator('#search-q').fill(query);
		await page.locator('#search-q').press('Enter');
		await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent?.includes(text), `»${query}«`);
		await page.locator('#search-results > li').first().waitFor();
	}

	/** The element's box lies wholly within the viewport, with the page not scrolled. */
	async function onFirstScreen(selector: string) {
		const page = session.page();
		const box = await page.locator(selector).first().boundingBox();
		const scrolled = await page.evaluate(() => window.scrollY);
		const viewport = page.viewportSize()!;
		return box !== null && scrolled === 0 && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
	}

	test.each(SCREENS)('on $name, the first result is on the first screen after Enter, filters collapsed', async ({ width, height }) => {
		const page = session.page();
		await page.setViewportSize({ width, height });
		await page.goto(session.url('/soeg/'));
		await sendQuery('demens');
		expect(await page.locator('.search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect(await onFirstScreen('#search-results > li h2')).toBe(true);
	});

	test.each(SCREENS)('on $name, an answer card and the first document are both on the first screen', async ({ width, height }) => {
		const page = session.page();
		await page.setViewportSize({ width, height });
		await page.goto(session.url('/soeg/'));
		await sendQuery('hvad er nødspor');
		expect(await page.locator('#search-answers > li h2').allTextContents()).toEqual(['nødspor']);
		expect(await onFirstScreen('#search-answers > li')).toBe(true);
		expect(await onFirstScreen('#search-results > li h2')).toBe(true);
	});

	test('the filter button says how many filters and orders are chosen, and keeps count as they change', async () => {
		const page = session.page();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(session.url('/soeg/?q=trivsel&periode=2025-2026&type=Godkendelsessag&sortering=nyeste'));
		const summary = page.locator('.search-filters summary');
		await expect.poll(() => summary.textContent()).toBe('Afgræns og sortér (3 valgt)');
		await page.locator('#search-results > li').first().waitFor();
		expect(await onFirstScreen('#search-results > li h2')).toBe(true);
		await summary.click();
		await page.getByRole('checkbox', { name: 'Godkendelsessag' }).uncheck();
		await expect.poll(() => summary.textContent()).toBe('Afgræns og sortér (2 valgt)');
		// Resetting clears the order too: what the disclosure holds is all back as the page starts.
		await page.locator('#search-clear').click();
		await expect.poll(() => summary.textContent()).toBe('Afgræns og sortér (ingen valgt)');
		expect(await page.locator('#search-sort').inputValue()).toBe('relevans');
		expect(await page.locator('#search-filters input[type="checkbox"]:checked').count()).toBe(0);
		expect(new URL(page.url()).search).toBe('?q=trivsel');
	});

	test('all results fit on one page of ten here, so there is no "Vis flere"', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=trivsel'));
		await page.locator('#search-results > li').first().waitFor();
		expect(await page.locator('#search-results > li').count()).toBeLessThanOrEqual(10);
		expect(await page.locator('#search-more').isHidden()).toBe(true);
	});
});

describe.skipIf(!hasBrowser)('answers above the documents', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: 'wiped' });

	async function answersFor(path: string) {
		const page = session.page();
		await page.goto(session.url(path));
		await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
		return page.locator('#search-answers > li').evaluateAll((items) =>
			items.map((item) => ({
				title: item.querySelector('h2')?.textContent,
				href: item.querySelector('h2 a')?.getAttribute('href'),
				kind: item.querySelector('.search-answer__kind')?.textContent,
				lines: [...item.querySelectorAll('dl > div')].map((line) => line.textContent),
			})),
		);
	}

	test('a question about a term gets the glossary’s own explanation, with a link to the entry', async () => {
		expect(await answersFor('/soeg/?q=hvad+er+DAS')).toEqual([
			{
				title: 'DAS',
				href: '/ordliste/#das',
				kind: 'Ordliste',
				lines: ['Står for: Den Administrative Styregruppe', 'I arkivets dokumenter: Forkortelsen står i den fiktive godkendelsessag. Forklaringen er opdigtet til test.'],
			},
		]);
	});

	test('an editors’ synonym of a term finds the term’s answer', async () => {
		expect((await answersFor('/soeg/?q=styregruppen')).map((answer) => answer.title)).toEqual(['DAS']);
	});

	test('"when was … approved" gets the period, its approval and the source of it', async () => {
		const [answer, ...rest] = await answersFor('/soeg/?q=hvorn%C3%A5r+blev+den+trygge+alderdom+godkendt');
		expect(answer).toMatchObject({ title: 'Fiktiv socialaftale 2025-2026', href: '/2025-2026/', kind: 'Aftaleperiode' });
		expect(answer!.lines).toContain('Status: Løbende aftaleperiode (til og med 2026 ifølge periodens navn)');
		expect(answer!.lines.find((line) => line?.startsWith('Godkendelse: '))).toMatch(/^Godkendelse: Godkendt af .+ den \d+\. \w+ \d{4}\. \(Kilde: .+\)$/);
		// The theme of the same name is an answer too.
		expect(rest.map((other) => other.title)).toEqual(['Den trygge alderdom']);
	});

	test('a theme’s name alone gets the theme, not the period', async () => {
		expect((await answersFor('/soeg/?q=den+trygge+alderdom')).map((answer) => [answer.kind, answer.title])).toEqual([['Tema', 'Den trygge alderdom']]);
	});

	test('the kind filter and the period filter apply to answers as to documents', async () => {
		expect(await answersFor('/soeg/?q=hvad+er+DAS&type=Referat')).toEqual([]);
		expect((await answersFor('/soeg/?q=hvad+er+DAS&type=Ordliste')).map((answer) => answer.title)).toEqual(['DAS']);
		expect(await answersFor('/soeg/?q=hvorn%C3%A5r+blev+2025-2026+godkendt&periode=2023-2024')).toEqual([]);
	});

	test('a query that names nothing of the kind has no answers', async () => {
		expect(await answersFor('/soeg/?q=fyrt%C3%A5rn')).toEqual([]);
		expect(await session.page().locator('#search-answers').isHidden()).toBe(true);
	});
});
