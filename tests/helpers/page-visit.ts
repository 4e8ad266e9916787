// One visit to one page in Chromium that gathers what every per-page browser check needs: what the
// page requested, reported and stored while it loaded (privacy), axe in the light and the dark colour
// scheme, a round of Tab presses, the width at 400 % zoom and on phones, and on a document page where
// its text begins. Loading a page and starting axe are most of a browser test's time; each is done
// once per page here, and tests/browser/every-page.test.ts asserts on the result.
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Frame, Page, Request } from 'playwright-core';
import { AXE_TAGS, REFLOW_WIDTH } from '../../src/lib/accessibility-checks.ts';

/** The phone and desktop the reading layout is judged on. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
/** The viewport a page is loaded in: Playwright's default. */
const LOADED_AT = { width: 1280, height: 720 };

/** What the page keeps about the reader: cookies and web storage. */
export interface StoredState {
	cookies: unknown[];
	documentCookie: string;
	localStorage: number;
	sessionStorage: number;
}

/** What a page that keeps nothing about the reader has stored. */
export const NOTHING_STORED: StoredState = { cookies: [], documentCookie: '', localStorage: 0, sessionStorage: 0 };

/** The focused element, and whether it is drawn and has a focus indicator. */
export interface FocusState {
	label: string;
	indicated: boolean;
	visible: boolean;
}

/** Where, from the top of the page, the title, the line on what the document is and its first line end. */
export interface TextStart {
	title: number;
	what: number;
	text: number;
}

export interface PageVisit {
	/** Every request made while the page loaded, until the network was idle. */
	requests: string[];
	/** Console errors and warnings and page errors while it loaded. */
	problems: string[];
	stored: StoredState;
	/** axe-core's violations as `rule (impact): targets`, in each colour scheme. */
	axe: { light: string[]; dark: string[] };
	keyboard: {
		/** How many elements Tab should reach. */
		expected: number;
		/** What Tab reached, in order, until it came back to the first. */
		visited: FocusState[];
		/** What Shift+Tab from there focused ('the browser' when focus left the page). */
		afterShiftTab: string;
	};
	/** Horizontal overflow in CSS pixels at REFLOW_WIDTH (400 % zoom of 1280). */
	reflowOverflow: number;
	/** The headings whose year span broke across lines, at the phone's width and at 320 px. */
	brokenYearSpans: Record<number, string[]>;
	/** On a document page: where its text begins on the phone and the desktop, and the phone's page width. */
	document?: { phone: TextStart; phoneScrollWidth: number; desktop: TextStart; foldsOpenByKeyboard: boolean };
}

/** axe-core's script, the very copy @axe-core/playwright injects, so both ways below run the same axe. */
const AXE_SOURCE: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core').source;

/** What of axe-core's API the page is asked to run; its results as far as they are read here. */
interface AxeInPage {
	run(context: Document, options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] }): Promise<{ violations: AxeViolation[] }>;
}
interface AxeViolation {
	id: string;
	impact?: string | null;
	nodes: { target: unknown[] }[];
}

/**
 * axe's Playwright runner, with axe's script given to each frame without a time limit. The runner's
 * own `inject` races the script against one second and, in a child frame, leaves the frame out of the
 * results without a word when the second runs out: on a loaded machine a frame's violations vanished
 * (tests/browser/accessibility.test.ts holds a frame's evaluation back to show it). The replacement
 * does what `inject` does, minus the race; it uses the runner's private `script` and `axeConfigure`, so a release that renames them
 * fails here at once rather than quietly racing again.
 */
function patientRunner(page: Page): AxeBuilder {
	const runner = new AxeBuilder({ page });
	const internals = runner as unknown as { script?: () => string; axeConfigure?: () => Promise<string>; inject: unknown };
	if (typeof internals.script !== 'function' || typeof internals.axeConfigure !== 'function') {
		throw new Error('@axe-core/playwright no longer has script() and axeConfigure(): update patientRunner');
	}
	internals.inject = async (frames: Frame[], shouldThrow?: boolean) => {
		for (const frame of frames) {
			try {
				await frame.evaluate(internals.script!.call(runner));
				await frame.evaluate(await internals.axeConfigure!.call(runner));
			} catch (error) {
				if (shouldThrow) throw error;
			}
		}
	};
	return runner;
}

/** axe-core's violations as short readable lines: rule, impact, and the offending elements. */
export function violationLines(violations: readonly AxeViolation[]): string[] {
	return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Rule violations as short readable lines (violationLines). */
export async function axeViolations(page: Page): Promise<string[]> {
	// A page with frames goes through axe's Playwright runner, which checks every frame (axe in each,
	// results joined in a blank page of the same context). The site's pages have none, and for them
	// the same rules run in the page itself: axe injected once per page (a second pass, in the other
	// colour scheme, reuses it), and with only the violations listed node by node, since passes are
	// never read. That takes a third to a fifth of the runner's time a pass.
	if (page.frames().length > 1) {
		return violationLines((await patientRunner(page).withTags([...AXE_TAGS]).analyze()).violations);
	}
	if (!(await page.evaluate(() => typeof (window as { axe?: AxeInPage }).axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: AxeInPage };
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		// Only what the lines read comes back out of the page.
		return results.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) }));
	}, [...AXE_TAGS]);
	return violationLines(violations);
}

/**
 * Visits `url` in `page` (a fresh page, or one lent by reusedPages in tests/helpers/browser-session.ts,
 * which wipes what the last visit left) and gathers a PageVisit. The order matters: privacy is read before anything but the
 * page has run, and the keyboard round and the document's fold, which move focus and open things,
 * come after the checks that look at the page as loaded. Changing the colour scheme and the viewport
 * on the loaded page is what a reader's system setting and zoom do, without a reload.
 */
export async function visitPage(page: Page, url: string, { isDocument = false, isSearch = false } = {}): Promise<PageVisit> {
	await page.setViewportSize(LOADED_AT);
	await page.emulateMedia({ colorScheme: 'light' });
	const { requests, problems, stop } = watch(page, { nextDocument: true });
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		// The search page fills itself in from the address; wait until it has settled.
		if (isSearch) await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
	} finally {
		// Only the load is watched; a page reused for the next visit (reusedPages) must not keep listening.
		stop();
	}
	const loaded = { requests: [...requests], problems: [...problems], stored: await storedState(page) };

	const light = await axeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await axeViolations(page);
	await page.emulateMedia({ colorScheme: 'light' });

	const keyboard = await tabRound(page);

	await page.setViewportSize({ width: REFLOW_WIDTH, height: 256 });
	const reflowOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	const brokenYearSpans: Record<number, string[]> = {};
	// 320 px first, so the phone's size, set last, is the one a document page is read at next.
	for (const width of [320, PHONE.width]) {
		await page.setViewportSize({ width, height: PHONE.height });
		brokenYearSpans[width] = await page.evaluate(() =>
			[...document.querySelectorAll(':is(h1, h2, h3, h4) .nowrap')]
				// One line box: a span broken across lines has more than one client rect.
				.filter((span) => span.getClientRects().length !== 1)
				.map((span) => span.closest('h1, h2, h3, h4')!.textContent!.trim()),
		);
	}

	let documentVisit: PageVisit['document'];
	if (isDocument) {
		// The viewport is the phone's already (the year spans' last width).
		const phone = await textStart(page);
		const phoneScrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		await page.setViewportSize(DESKTOP);
		const desktop = await textStart(page);
		await page.locator('.document-meta > summary').focus();
		await page.keyboard.press('Enter');
		const foldsOpenByKeyboard = await page.locator('.document-meta').evaluate((element) => (element as HTMLDetailsElement).open);
		documentVisit = { phone, phoneScrollWidth, desktop, foldsOpenByKeyboard };
	}
	return { ...loaded, axe: { light, dark }, keyboard, reflowOverflow, brokenYearSpans, document: documentVisit };
}

/**
 * Records every request the page makes and every error and warning it reports on the console, until
 * `stop()`. With `nextDocument`, only the next document loaded in the page's main frame is watched:
 * its navigation, and what happens from its commit on. What the document still in the page does
 * until then is left out, so a page reused from another visit (reusedPages) reports nothing of the
 * last page as the next one's; Chromium reports a document's commit before anything it loads.
 */
export function watch(page: Page, { nextDocument = false } = {}): { requests: string[]; problems: string[]; stop(): void } {
	const requests: string[] = [];
	const problems: string[] = [];
	let committed = !nextDocument;
	const onNavigated = (frame: Frame) => {
		if (frame === page.mainFrame()) committed = true;
	};
	const onRequest = (request: Request) => {
		if (committed || (request.isNavigationRequest() && request.frame() === page.mainFrame())) requests.push(request.url());
	};
	const onConsole = (message: ConsoleMessage) => {
		if (committed && (message.type() === 'error' || message.type() === 'warning')) problems.push(`${message.type()}: ${message.text()}`);
	};
	const onPageError = (error: Error) => {
		if (committed) problems.push(`pageerror: ${error.message}`);
	};
	page.on('framenavigated', onNavigated);
	page.on('request', onRequest);
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	return {
		requests,
		problems,
		stop() {
			page.off('framenavigated', onNavigated);
			page.off('request', onRequest);
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
		},
	};
}

/** What the page keeps about the reader: cookies and web storage. */
export async function storedState(page: Page): Promise<StoredState> {
	return {
		cookies: await page.context().cookies(),
		documentCookie: await page.evaluate(() => document.cookie),
		localStorage: await page.evaluate(() => localStorage.length),
		sessionStorage: await page.evaluate(() => sessionStorage.length),
	};
}

/**
 * A keyboard round: Tab from the top of the page until focus is back at the first element it reached
 * (or five presses more than the page has elements to reach), then Shift+Tab. The page describes the
 * focused element itself as each Tab is let go (`keyup`, after focus has moved), so the presses that
 * reach every counted element are made without a look at the page in between: a look cost Chromium as
 * much CPU as the press itself (every page of the real site: 6 of 12 CPU-s). After those, one look a
 * press, until focus is back at the start.
 */
async function tabRound(page: Page): Promise<PageVisit['keyboard']> {
	const expected = await tabbableCount(page);
	await page.evaluate(() => {
		const log: (FocusState | null)[] = [];
		(window as unknown as { tabLog: typeof log }).tabLog = log;
		window.addEventListener(
			'keyup',
			(event) => {
				if (event.key !== 'Tab') return;
				// Focus on the page itself, or gone to the browser's own controls, is no element's.
				const element = document.activeElement as HTMLElement | null;
				if (!element || element === document.body) {
					log.push(null);
					return;
				}
				const style = getComputedStyle(element);
				const rect = element.getBoundingClientRect();
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
				const shadow = style.boxShadow !== 'none';
				const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || (element as HTMLInputElement).value || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
				log.push({ label, indicated: outline || shadow, visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' });
			},
			true,
		);
	});
	const described = () => page.evaluate(() => (window as unknown as { tabLog: (FocusState | null)[] }).tabLog.splice(0));

	const visited: FocusState[] = [];
	let back = false;
	const follow = (states: (FocusState | null)[]) => {
		for (const state of states) {
			if (back || !state) continue;
			if (visited.length > 0 && state.label === visited[0]!.label) back = true;
			else visited.push(state);
		}
	};
	let presses = 0;
	for (; presses < expected; presses++) await page.keyboard.press('Tab');
	follow(await described());
	for (; !back && presses < expected + 5; presses++) {
		await page.keyboard.press('Tab');
		follow(await described());
	}
	await page.keyboard.press('Shift+Tab');
	return { expected, visited, afterShiftTab: (await described()).at(-1)?.label ?? 'the browser' };
}

/** The elements a keyboard user can reach with Tab, in the page as it is. */
function tabbableCount(page: Page): Promise<number> {
	return page.evaluate(() => {
		const candidates = document.querySelectorAll<HTMLElement>(
			'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
		);
		// checkVisibility leaves out the content of a closed <details>, which Tab skips but which still
		// has boxes (it is hidden with content-visibility, not display).
		return [...candidates].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true })).length;
	});
}

/** Where, from the top of the page, the first line of the document's text ends. */
function textStart(page: Page): Promise<TextStart> {
	return page.evaluate(() => {
		const bottom = (element: Element | null) => (element ? element.getBoundingClientRect().top + window.scrollY : Number.NaN);
		const first = document.querySelector('.document__text')!.firstElementChild!;
		// The first line: the element's top plus one line of its text.
		const line = parseFloat(getComputedStyle(first).lineHeight) || 24;
		return { title: bottom(document.querySelector('h1')), what: bottom(document.querySelector('.document__what')), text: bottom(first) + line };
	});
}
