import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Debian's Chromium, the browser as the public has it: the bench weighs pages and runs Lighthouse in it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's headless shell of the same Chromium (package chromium-headless-shell, built from the same
 * source and version): the same Blink and V8 without the desktop browser's own layer, which Chromium's
 * headless mode has carried since version 132. The tests drive it: the browser files, run one at a
 * time, took Chromium 219 CPU-s in the full browser and 113 in the shell, with the same results.
 * No test tool downloads a browser of its own.
 */
export const TEST_CHROMIUM = process.env.TEST_CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/**
 * True when the tests' Chromium is present. Outside CI a missing browser skips the browser tests with
 * a loud warning; in CI (CI=true) it is an error, so a run can never pass without them.
 */
export function browserAvailable(): boolean {
	if (existsSync(TEST_CHROMIUM)) return true;
	const install = 'apt-get install -y chromium-headless-shell';
	if (process.env.CI === 'true') {
		throw new Error(`Chromium's headless shell is missing at ${TEST_CHROMIUM}: CI must run the browser tests (${install}).`);
	}
	console.warn(`\n\n*** BROWSER TESTS SKIPPED: no Chromium headless shell at ${TEST_CHROMIUM}. Install it with "${install}". ***\n\n`);
	return false;
}

/** How Chromium is started, by Playwright here and by chrome-launcher for Lighthouse: with the closed network's background traffic turned off. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const LAUNCH_ARGS = { args: CHROMIUM_FLAGS };

/** Debian's Chromium, headless, for the bench. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ ...LAUNCH_ARGS, executablePath: CHROMIUM });
}

/**
 * The same Chromium as a server that many processes connect to (`chromium.connect(wsEndpoint)`), so
 * a test run starts the browser once instead of once per test file.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer({ ...LAUNCH_ARGS, executablePath: TEST_CHROMIUM });
}
