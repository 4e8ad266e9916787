// Accessibility on every page of the built site, as the law requires (WCAG 2.1 AA) and the
// accessibility statement promises: axe-core in light and dark, keyboard use, and reflow at 400 %.
// Every page of the real site is checked; what needs particular content (search results, filters) is
// checked on the fixture site.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { AXE_TAGS, REFLOW_WIDTH } from '../../src/lib/accessibility-checks.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { periodUrl } from '../../src/lib/versions.ts';
import { allPages, publishedContent } from '../helpers/site.ts';

const pages = allPages(inject('siteDir'));

/** Rule violations as short readable lines: rule, impact, and the offending elements. */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
	return results.violations.map(
		(violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
	);
}

/** axe's Playwright runner needs a page in a context of its own. */
async function withPage(session: ReturnType<typeof useBrowserPage>, colorScheme: 'light' | 'dark', run: (page: Page) => Promise<void>) {
	const context = await session.browser().newContext({ colorScheme });
	try {
		await run(await context.newPage());
	} finally {
		await context.close();
	}
}

describe.skipIf(!hasBrowser)('axe-core on every page', () => {
	const session = useBrowserPage();

	test('covers every page kind of the site', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/soeg/', '/404.html', '/tilgaengelighed/']));
		expect(pages.some((path) => /^\/\d{4}-\d{4}\/$/.test(path))).toBe(true);
		expect(pages.some((path) => /^\/\d{4}-\d{4}\/[^/]+\/$/.test(path))).toBe(true);
	});

	test.each(pages)('%s has no violations in the light colour scheme', async (path) => {
		await withPage(session, 'light', async (page) => {
			await page.goto(session.url(path));
			expect(await axeViolations(page)).toEqual([]);
		});
	});

	test.each(pages)('%s has no violations in the dark colour scheme', async (path) => {
		await withPage(session, 'dark', async (page) => {
			await page.goto(session.url(path));
			expect(await axeViolations(page)).toEqual([]);
		});
	});

});

describe.skipIf(!hasBrowser)('axe-core on the search page with results (fixture site)', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });

	test.each(['light', 'dark'] as const)('the search page with results has no violations (%s)', async (scheme) => {
		await withPage(session, scheme, async (page) => {
			await page.goto(session.url('/soeg/?q=trivsel&periode=2016-2018'));
			await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
			expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
			expect(await axeViolations(page)).toEqual([]);
		});
	});
});

/** Describes the focused element and whether a focus indicator is drawn around it. */
function focusState(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return undefined;
		const style = getComputedStyle(element);
		const rect = element.getBoundingClientRect();
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none';
		const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || (element as HTMLInputElement).value || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
		return { label, indicated: outline || shadow, visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' };
	});
}

/** The elements a keyboard user can reach with Tab, in the page as it is. */
function tabbableCount(page: Page) {
	return page.evaluate(() => {
		const candidates = document.querySelectorAll<HTMLElement>(
			'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
		);
		// checkVisibility leaves out the content of a closed <details>, which Tab skips but which still
		// has boxes (it is hidden with content-visibility, not display).
		return [...candidates].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true })).length;
	});
}

describe.skipIf(!hasBrowser)('keyboard on every page', () => {
	const session = useBrowserPage();

	test.each(pages)('%s: Tab goes round every focusable element with visible focus, and back to the skip link', async (path) => {
		const page = session.page();
		await page.goto(session.url(path));
		// The search page fills itself in from the address; wait until it has settled.
		if (path === '/soeg/') await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
		const expected = await tabbableCount(page);
		const visited: string[] = [];
		for (let presses = 0; presses < expected + 5; presses++) {
			await page.keyboard.press('Tab');
			const state = await focusState(page);
			if (!state) continue; // focus left the page for the browser's own controls
			if (visited.length > 0 && state.label === visited[0]) break;
			expect(state.visible, `${path}: ${state.label} is focused but not visible`).toBe(true);
			expect(state.indicated, `${path}: ${state.label} has no visible focus indicator`).toBe(true);
			visited.push(state.label);
		}
		expect(visited[0]).toMatch(/^a "Spring til indhold"$/);
		// Every element was reached once and Tab came back round: no trap, nothing skipped.
		expect(visited.length).toBe(expected);
		await page.keyboard.press('Shift+Tab');
		expect((await focusState(page))?.label ?? 'the browser').not.toBe(visited[0]);
	});

	test('the period switcher works by keyboard alone', async () => {
		const page = session.page();
		await page.goto(session.url(periodUrl(publishedContent().periods[0]!.data.id)));
		const target = page.getByRole('navigation', { name: 'Aftaleperioder' }).getByRole('link').first();
		const name = (await target.textContent())!.trim();
		for (let presses = 0; presses < 20; presses++) {
			await page.keyboard.press('Tab');
			if (await target.evaluate((element) => element === document.activeElement)) break;
		}
		expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`/${name}/$`));
	});

});

describe.skipIf(!hasBrowser)('keyboard on the search filters (fixture site)', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });

	test('the search filters can be opened, closed and cleared by keyboard alone', async () => {
		const page = session.page();
		await page.goto(session.url('/soeg/?q=trivsel&periode=2016-2018'));
		const summary = page.locator('.search-filters summary');
		// Collapsed from the start, so the results come first on the screen.
		expect(await page.locator('.search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('.search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
		await page.keyboard.press('Space');
		expect(await page.locator('.search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		await page.keyboard.press('Space');
		await page.locator('#search-clear').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !url.search.includes('periode='));
		expect(await page.getByRole('checkbox', { name: '2016-2018' }).isChecked()).toBe(false);
	});
});

describe.skipIf(!hasBrowser)('zoom to 400 %', () => {
	const session = useBrowserPage();

	test.each(pages)(`%s reads at ${REFLOW_WIDTH} CSS pixels without horizontal scrolling`, async (path) => {
		const page = session.page();
		await page.setViewportSize({ width: REFLOW_WIDTH, height: 256 });
		await page.goto(session.url(path));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
