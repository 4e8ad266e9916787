// Global setup for the projects whose tests open pages: starts one Chromium for the whole run, as a
// server that every test file connects to (tests/helpers/browser-session.ts), instead of a browser
// per file. Starting Chromium costs seconds of CPU on a 2-core machine; connecting costs almost none.
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserAvailable, launchBrowserServer } from '../../scripts/lib/chromium.ts';

// Every project's global setup runs in vitest's own process, so the projects of one run (site and
// clone) share this one server: the first to start starts it, and the last to finish closes it.
const shared = globalThis as typeof globalThis & { socialaftaleBrowser?: { server: Promise<BrowserServer>; users: number } };

export async function setup(project: TestProject) {
	if (!browserAvailable()) return;
	shared.socialaftaleBrowser ??= { server: launchBrowserServer(), users: 0 };
	shared.socialaftaleBrowser.users += 1;
	project.provide('browserWsEndpoint', (await shared.socialaftaleBrowser.server).wsEndpoint());
}

export async function teardown() {
	const browser = shared.socialaftaleBrowser;
	if (!browser) return;
	browser.users -= 1;
	if (browser.users > 0) return;
	shared.socialaftaleBrowser = undefined;
	await (await browser.server).close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the run's one Chromium listens; see connectBrowser() in browser-session.ts. */
		browserWsEndpoint: string;
	}
}
