// Accessibility in Chromium, as the law requires (WCAG 2.1 AA) and the accessibility statement
// promises. Every page of the real site gets axe-core in light and dark, a keyboard round and reflow at
// 400 % in its one visit (tests/browser/every-page.test.ts); here, what needs particular content
// (search results, filters) on the fixture site, and the period switcher by keyboard.
import AxeBuilder from '@axe-core/playwright';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { axeViolations, violationLines } from '../helpers/page-visit.ts';
import { AXE_TAGS } from '../../src/lib/accessibility-checks.ts';
import { periodUrl } from '../../src/lib/versions.ts';
import { publishedContent } from '../helpers/site.ts';

/** axe's Playwright runner needs a page in a context of its own (so these describes open no other). */
async function withPage(session: ReturnType<typeof useBrowserPage>, colorScheme: 'light' | 'dark', run: (page: Page) => Promise<void>) {
	const context = await session.browser().newContext({ colorScheme });
	try {
		await run(await context.newPage());
	} finally {
		await context.close();
	}
}

describe.skipIf(!hasBrowser)('axe-core on the search page with results (fixture site)', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir'), pagePerTest: false });

	test.each(['light', 'dark'] as const)('the search page with results has no violations (%s)', async (scheme) => {
		await withPage(session, scheme, async (page) => {
			await page.goto(session.url('/soeg/?q=trivsel&periode=2016-2018'));
			await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? ''));
			expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
			expect(await axeViolations(page)).toEqual([]);
		});
	});
});

describe.skipIf(!hasBrowser)('axe-core as the browser tests run it', () => {
	const session = useBrowserPage({ pagePerTest: false });
	// A page with what axe must find: an image without a text, and text whose contrast fails only in
	// the dark scheme; and the same inside a frame, which only axe's Playwright runner checks.
	const BROKEN = `<!doctype html><html lang="da"><head><title>Fejl</title><style>
		p { color: #000; background: #fff; }
		@media (prefers-color-scheme: dark) { p { color: #222; background: #000; } }
	</style></head><body><main><h1>Fejl</h1><p>Tekst</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`;
	/** How long @axe-core/playwright's inject waits for a frame to take axe's script before leaving it out. */
	const RUNNER_FRAME_LIMIT_MS = 1000;
	const runner = async (page: Page) => violationLines((await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze()).violations);

	test.each(['light', 'dark'] as const)('finds what axe’s Playwright runner finds (%s)', async (scheme) => {
		await withPage(session, scheme, async (page) => {
			await page.setContent(BROKEN);
			const found = await axeViolations(page);
			expect(found).toEqual(await runner(page));
			expect(found.some((line) => line.startsWith('image-alt '))).toBe(true);
			expect(found.some((line) => line.startsWith('color-contrast '))).toBe(scheme === 'dark');
		});
	});

	// The runner itself gives a frame one second to take axe's script and then leaves the frame out
	// without a word; a loaded machine made that happen here. The frame's first evaluation (axe's
	// script) is held back past that second, the same way each time, as a loaded machine would take
	// it: the runner as it comes then leaves the frame out, and the replacement of that step checks it.
	// (Chromium's CPU throttled forty times did the same only as long as the machine was slow enough.)
	test('finds what is wrong inside a frame, however slowly axe loads in it', async () => {
		await withPage(session, 'dark', async (page) => {
			await page.setContent(`<!doctype html><html lang="da"><head><title>Ramme</title></head><body><main><h1>Ramme</h1><iframe title="Fejl" srcdoc="${BROKEN.replaceAll('"', '&quot;')}"></iframe></main></body></html>`);
			// The frame's srcdoc loads after setContent returns, and the frame is about:blank until then.
			await page.frameLocator('iframe').locator('img').waitFor({ state: 'attached' });
			// Playwright hands the runner this same object for the frame (contentFrame()).
			const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
			const evaluate = frame.evaluate.bind(frame);
			let slowNext = true;
			frame.evaluate = (async (...args: Parameters<typeof evaluate>) => {
				if (slowNext) {
					slowNext = false;
					await sleep(RUNNER_FRAME_LIMIT_MS + 500);
				}
				return evaluate(...args);
			}) as typeof frame.evaluate;
			const inFrame = (lines: string[]) => lines.filter((line) => line.includes('iframe ')).map((line) => line.split(' ')[0]).sort();

			expect(inFrame(await runner(page)), 'the runner as it comes leaves the slow frame out').toEqual([]);
			slowNext = true;
			const found = await axeViolations(page);
			expect(inFrame(found), found.join('\n')).toEqual(['color-contrast', 'image-alt']);
		});
	});
});

describe.skipIf(!hasBrowser)('keyboard on the real site', () => {
	const session = useBrowserPage();

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
