// Every page of the real site, visited once in Chromium (tests/helpers/page-visit.ts) and held to
// what every page must do, whatever the content: no axe-core violation in the light and the dark
// colour scheme (WCAG 2.1 AA, as the law and the accessibility statement require), a keyboard round
// with visible focus and no trap, reflow at 400 % zoom, year spans in headings kept whole on a phone,
// nothing requested from another site, nothing stored, no policy broken, at most 10 KiB gzip fetched
// before any interaction (issue #15, as the bench weighs a page); and on every document page,
// the text beginning near the top on a phone and a desktop, and its metadata folding by keyboard.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { gzipBytes, PAGE_WEIGHT_BUDGET } from '../../scripts/bench/page-weight.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { REFLOW_WIDTH } from '../../src/lib/accessibility-checks.ts';
import { documentUrl } from '../../src/lib/versions.ts';
import { connectBrowser, hasBrowser, reusedPages } from '../helpers/browser-session.ts';
import { DESKTOP, NOTHING_STORED, PHONE, visitPage, type PageVisit } from '../helpers/page-visit.ts';
import { runLimited } from '../helpers/run-limited.ts';
import { pageFile, publishedContent, readerPages } from '../helpers/site.ts';

const pages = readerPages(inject('siteDir'));
const documentPaths = new Set(publishedContent().documents.map((document) => documentUrl(document.period, document.slug)));

describe.skipIf(!hasBrowser)('every page of the real site in Chromium', () => {
	// The browser is driven here rather than through useBrowserPage, which opens a page for every
	// test: each page is visited once, before its tests, which only read what the visit gathered.
	// The visits start together, as many at a time as there are cores (Chromium renders each page
	// in a process of its own), and each page's tests wait for its visit. Each of those lanes loads
	// its pages one after another in one page of its own, wiped between visits (reusedPages): a
	// context and page for every visit was half of Chromium's CPU here.
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveSite>>;
	let lanes: ReturnType<typeof reusedPages>;
	let visits: Map<string, Promise<PageVisit>>;
	beforeAll(async () => {
		server = await serveSite(inject('siteDir'));
		browser = await connectBrowser();
		lanes = reusedPages(browser, { colorScheme: 'light' });
		visits = runLimited(pages, (path) =>
			lanes.use((page) => visitPage(page, `${server.url}${path}`, { isDocument: documentPaths.has(path), isSearch: path === '/soeg/' })),
		);
	});
	afterAll(async () => {
		await lanes?.close();
		await browser?.close();
		await server?.close();
	});

	test('covers every page kind of the site, and every document page', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/soeg/', '/404.html', '/tilgaengelighed/']));
		expect(pages.some((path) => /^\/\d{4}-\d{4}\/$/.test(path))).toBe(true);
		expect(pages.some((path) => /^\/\d{4}-\d{4}\/[^/]+\/$/.test(path))).toBe(true);
		expect(documentPaths.size).toBe(publishedContent().documents.length);
		expect(documentPaths.size).toBeGreaterThan(0);
		expect([...documentPaths].filter((path) => !pages.includes(path))).toEqual([]);
	});

	describe.each(pages)('%s', (path) => {
		let visit: PageVisit;
		beforeAll(async () => {
			visit = await visits.get(path)!;
		});

		test('has no axe violations in the light colour scheme', () => {
			expect(visit.axe.light).toEqual([]);
		});

		test('has no axe violations in the dark colour scheme', () => {
			expect(visit.axe.dark).toEqual([]);
		});

		test('Tab goes round every focusable element with visible focus, and back to the skip link', () => {
			const { expected, visited, afterShiftTab } = visit.keyboard;
			for (const state of visited) {
				expect(state.visible, `${path}: ${state.label} is focused but not visible`).toBe(true);
				expect(state.indicated, `${path}: ${state.label} has no visible focus indicator`).toBe(true);
			}
			expect(visited[0]?.label).toMatch(/^a "Spring til indhold"$/);
			// Every element was reached once and Tab came back round: no trap, nothing skipped.
			expect(visited.length).toBe(expected);
			expect(afterShiftTab).not.toBe(visited[0]!.label);
		});

		test(`reads at ${REFLOW_WIDTH} CSS pixels (400 % zoom) without horizontal scrolling`, () => {
			expect(visit.reflowOverflow).toBeLessThanOrEqual(0);
		});

		test('keeps every year span in its headings on one line, on a phone and at 320 px', () => {
			expect(visit.brokenYearSpans).toEqual({ [PHONE.width]: [], 320: [] });
		});

		test('requests nothing from another site, stores nothing and breaks no policy', () => {
			const origin = new URL(server.url).origin;
			expect(visit.requests.length).toBeGreaterThan(0);
			expect(visit.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
			// A 404 page is loaded with status 404, which Chromium reports on the console; nothing else may be.
			expect(visit.problems.filter((problem) => !(path === '/404.html' && /status of 404/.test(problem)))).toEqual([]);
			expect(visit.stored).toEqual(NOTHING_STORED);
		});

		test('fetches at most 10 KiB gzip before any interaction: HTML, styles, scripts and icon', () => {
			// What Chromium requested while the page loaded, each file weighed as the bench weighs it
			// (gzip at level 6), from the built site the server sent it from.
			const fetched = visit.requests.map((url) => {
				const file = decodeURIComponent(new URL(url).pathname);
				return { file, gzip: gzipBytes(readFileSync(pageFile(inject('siteDir'), file))) };
			});
			const total = fetched.reduce((sum, item) => sum + item.gzip, 0);
			const list = fetched.map((item) => `${item.file} ${item.gzip} B`).join(', ');
			expect(total, `${path}: ${total} B gzip (${list})`).toBeLessThanOrEqual(PAGE_WEIGHT_BUDGET);
		});

		// Only a document page has a text to begin and metadata to fold.
		if (documentPaths.has(path)) {
			test('on a 390x844 phone: title, what it is and the text begin within a screen and a half', () => {
				const at = visit.document!.phone;
				expect(at.title).toBeLessThan(at.what);
				expect(at.what).toBeLessThan(at.text);
				expect(at.text, `first line of the text ends at ${Math.round(at.text)} px`).toBeLessThanOrEqual(PHONE.height * 1.5);
				// Nothing is wider than the phone.
				expect(visit.document!.phoneScrollWidth).toBeLessThanOrEqual(PHONE.width);
			});

			test('on a 1280x900 desktop: the text begins within the first screen', () => {
				const at = visit.document!.desktop;
				expect(at.text, `first line of the text ends at ${Math.round(at.text)} px`).toBeLessThanOrEqual(DESKTOP.height);
			});

			test('folds its metadata open with the keyboard', () => {
				expect(visit.document!.foldsOpenByKeyboard).toBe(true);
			});
		}
	});
});
