import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Debian's Chromium; no test tool downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * True when Chromium is present. Outside CI a missing browser skips the browser tests with a loud
 * warning; in CI (CI=true) it is an error, so a run can never pass without them.
 */
export function browserAvailable(): boolean {
	if (existsSync(CHROMIUM)) return true;
	if (process.env.CI === 'true') {
		throw new Error(`Chromium is missing at ${CHROMIUM}: CI must run the browser tests (apt-get install -y chromium).`);
	}
	console.warn(
		`\n\n*** BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it with "apt-get install -y chromium". ***\n\n`,
	);
	return false;
}

/** How Chromium is started: Debian's build, headless, with the closed network's background traffic turned off. */
const LAUNCH_OPTIONS = {
	executablePath: CHROMIUM,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};

/** Headless Chromium with the closed network's background traffic turned off. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch(LAUNCH_OPTIONS);
}

/**
 * The same Chromium as a server that many processes connect to (`chromium.connect(wsEndpoint)`), so
 * a test run starts the browser once instead of once per test file.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer(LAUNCH_OPTIONS);
}
