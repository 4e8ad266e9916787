// `npm run dev` as an editor meets it: the preview checks the content when it starts and again for
// every saved file; a file that fails (above all one with code in it) is never rendered and never
// runs, and the Danish problem is printed with its file and line, in the terminal and, in Chromium,
// on the page itself. The preview is styled as the built site is: its policy lets Vite's styles in.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectBrowser, hasBrowser } from '../helpers/browser-session.ts';
import { ROOT, TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { THREE_PERIODS } from '../helpers/content-fixture.ts';
import { DECAP_PATH } from '../../src/cms/decap-assets.ts';
import { DECAP_INSTALLED_FROM, DECAP_SCRIPT, decapBundleDir } from '../../src/cms/decap-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-dev-'));
const content = join(work, 'content');
// Where the hostile file's code would write if it ran.
const planted = join(work, 'koden-koerte');
let server: ChildProcess;
let browser: Browser | undefined;
let output = '';
let base = '';

function editorEnvironment(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** Polls `probe` until it holds or `ms` pass; the dev server reacts to saves asynchronously. */
async function eventually<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
	const until = Date.now() + ms;
	let lastError: unknown;
	for (;;) {
		const result = await probe().catch((error) => {
			lastError = error;
			return undefined;
		});
		if (result !== undefined) return result;
		if (Date.now() > until) throw new Error(`gave up after ${ms} ms (last error: ${String(lastError)}); the dev server printed:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

// Each request is bounded: the first one waits while Vite prepares the dependencies.
const request = (path: string) => fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
const status = async (path: string) => (await request(path)).status;
const page = async (path: string) => (await request(path)).text();

beforeAll(async () => {
	cpSync(THREE_PERIODS, content, { recursive: true });
	const port = await freePort();
	server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: ROOT,
		// As an editor starts it: without the test runner's NODE_ENV=test and VITEST variables, which
		// Vite inside Astro would otherwise pick up.
		env: { ...editorEnvironment(), SITE_CONTENT_DIR: content, SITE_BUILD_DATE: TEST_BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	// Without colour codes, so the messages can be read as the editor reads them.
	const collect = (chunk: Buffer) => (output += String(chunk).replace(/\x1b\[[0-9;]*m/g, ''));
	server.stdout!.on('data', collect);
	server.stderr!.on('data', collect);
	// The address the server says it serves (Astro moves to another port when one is taken).
	base = await eventually(async () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1], 120_000);
	await eventually(async () => {
		const code = await status('/2021-2022/godkendelse/');
		if (code === 200) return true;
		throw new Error(`HTTP ${code} from ${base}`);
	}, 120_000);
	// Both waits in full: other test files may be building or driving Chromium at the same time.
}, 250_000);

afterAll(async () => {
	await browser?.close();
	server?.kill();
	rmSync(work, { recursive: true, force: true });
});

/** A fresh Chromium page that records every Content-Security-Policy violation it meets. */
async function openPage(): Promise<{ tab: Page; violations: string[] }> {
	browser ??= await connectBrowser();
	const tab = await browser.newPage();
	const violations: string[] = [];
	tab.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await tab.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await tab.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return { tab, violations };
}

/** The preview's banner of content problems on `path`, once it lists `text` (the page reloaded until then). */
async function bannerWith(tab: Page, path: string, text: string): Promise<{ status: number; items: string[]; headings: string[] }> {
	return eventually(async () => {
		const response = await tab.goto(`${base}${path}`, { timeout: 30_000 });
		const banner = tab.locator('[role="alert"].content-problems');
		if ((await banner.count()) === 0) return undefined;
		const items = await banner.locator('li').allInnerTexts();
		if (!items.some((item) => item.includes(text))) return undefined;
		return { status: response?.status() ?? 0, items, headings: await banner.locator('h3').allInnerTexts() };
	});
}

describe('npm run dev', () => {
	test('serves the checked content', async () => {
		expect(await page('/2021-2022/godkendelse/')).toContain('Godkendelse af testaftalen');
	});

	test.skipIf(!hasBrowser)("looks like the built site in Chromium: the policy lets Vite's styles in, and the stylesheet applies", async () => {
		const { tab, violations } = await openPage();
		try {
			await tab.goto(`${base}/2021-2022/godkendelse/`, { waitUntil: 'load', timeout: 30_000 });
			// src/styles/global.css: the skip link is placed off screen, the body has no margin (a
			// browser's default is 8px). Polled, since Vite may reload the page once it has prepared
			// its dependencies.
			await expect
				.poll(() => tab.evaluate(() => [getComputedStyle(document.querySelector('.skip-link')!).position, getComputedStyle(document.body).marginTop]).catch(() => []), { timeout: 15_000 })
				.toEqual(['absolute', '0px']);
			expect(await tab.locator('[role="alert"].content-problems').count()).toBe(0);
			expect(violations).toEqual([]);
			// Still the site's policy, with only what Vite needs added.
			const policy = await tab.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
			expect(policy).toContain("style-src 'self' 'unsafe-inline'");
			expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
		} finally {
			await tab.close();
		}
	});

	test("serves the CMS's bundle from what npm install unpacked, byte for byte, and nothing else of that folder", async () => {
		const served = await request(`/${DECAP_PATH}${DECAP_SCRIPT}`);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toContain('text/javascript');
		expect(Buffer.from(await served.arrayBuffer()).equals(readFileSync(join(decapBundleDir(), DECAP_SCRIPT)))).toBe(true);
		// The record of which archive it came from is the installer's, not the site's.
		expect(await status(`/${DECAP_PATH}${DECAP_INSTALLED_FROM}`)).toBe(404);
	});

	test('shows a saved change to the title and the text, answering every request while it takes the change in', async () => {
		const path = '/2021-2022/godkendelse/';
		// The reloads the browser is told to make, as Vite's client hears them.
		const hmr = new WebSocket(`${base.replace(/^http/, 'ws')}/`, 'vite-hmr');
		const reloads: (string | undefined)[] = [];
		await new Promise((resolve, reject) => {
			hmr.addEventListener('open', resolve);
			hmr.addEventListener('error', reject);
		});
		hmr.addEventListener('message', (event) => {
			const message = JSON.parse(String(event.data)) as { type: string; path?: string };
			if (message.type === 'full-reload') reloads.push(message.path);
		});
		// The pages are rendered from the content before the change until the change is synced.
		const statuses = new Set<number>();
		let polling = true;
		const poller = (async () => {
			while (polling) {
				statuses.add(await status(path));
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		})();
		const file = join(content, '2021-2022/godkendelse.md');
		try {
			const text = readFileSync(file, 'utf8').replace('title: Godkendelse af testaftalen', 'title: Godkendelse af den rettede testaftale');
			writeFileSync(file, `${text.replace(/\n*$/, '\n')}\nEt afsnit, der er skrevet til.\n`);
			const html = await eventually(async () => {
				const served = await page(path);
				return served.includes('Et afsnit, der er skrevet til.') ? served : undefined;
			});
			expect(html).toContain('Godkendelse af den rettede testaftale');
		} finally {
			polling = false;
			await poller;
			hmr.close();
		}
		expect([...statuses]).toEqual([200]);
		// The builds' caches are written meanwhile (the check's results, the rendered HTML): a reload
		// for one of their files would show the page before the change is in.
		expect(reloads.filter((reloaded) => reloaded?.includes('.build'))).toEqual([]);
	});

	test('never runs or serves an MDX file with code added while it runs, and says why in Danish', async () => {
		writeFileSync(
			join(content, '2021-2022/angreb.mdx'),
			[
				'---',
				'title: Et angreb',
				'kind: referat',
				"date: '2021-03-04'",
				'issuer: Testrådet',
				'source:',
				'  title: Testreferat',
				'  publisher: ukendt',
				'summary: Et fiktivt referat med kode.',
				'---',
				"import fs from 'node:fs'",
				'',
				'## Dagsorden',
				'',
				`{fs.writeFileSync(${JSON.stringify(planted)}, 'x')}`,
				'',
			].join('\n'),
		);
		await eventually(async () => (output.includes('angreb.mdx:15:1 et {udtryk} er JavaScript') ? true : undefined));
		expect(output).toContain('angreb.mdx:11:1 MDX-filer kan ikke importere noget');
		expect(await status('/2021-2022/angreb/')).toBe(404);
		expect(existsSync(planted)).toBe(false);
	});

	test('takes a file that stops passing the check off the preview', async () => {
		const file = join(content, '2021-2022/godkendelse.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace("date: '2020-11-24'", "date: '2020-13-45'"));
		await eventually(async () => ((await status('/2021-2022/godkendelse/')) === 404 ? true : undefined));
		expect(output).toMatch(/godkendelse\.md:\d+ date "2020-13-45" er ikke en rigtig dato/);
	});

	test.skipIf(!hasBrowser)('shows a saved bad date on the page in Chromium, with the Danish file:line message of npm run check, its own file first', async () => {
		const file = join(content, '2021-2022/godkendelse.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, "date: '3.12.2019'"));
		const message = 'godkendelse.md:4 date "3.12.2019" skal skrives som ÅÅÅÅ-MM-DD: skriv 2019-12-03';
		await eventually(async () => (output.includes(message) ? true : undefined));
		const { tab } = await openPage();
		try {
			// The file is left out of the preview, so its address is the 404 page, with the banner.
			const onItsPage = await bannerWith(tab, '/2021-2022/godkendelse/', message);
			expect(onItsPage.status).toBe(404);
			expect(onItsPage.headings).toEqual(['Fejl i denne sides fil', 'Fejl i andre filer']);
			expect(onItsPage.items[0]!.endsWith(`content/2021-2022/${message}`)).toBe(true);
			// The terminal prints the same line.
			expect(output).toContain(onItsPage.items[0]);
			// Every other page shows it too.
			const elsewhere = await bannerWith(tab, '/2018-2020/', message);
			expect(elsewhere.status).toBe(200);
			expect(elsewhere.headings).toEqual(['Fejl']);
		} finally {
			await tab.close();
		}
	});

	test.skipIf(!hasBrowser)('runs the full content rules on a saved file: a skipped heading level shows on the page', async () => {
		const file = join(content, '2021-2022/overskrifter.md');
		writeFileSync(
			file,
			['---', 'title: Referat med overskrifter', 'kind: referat', "date: '2021-03-04'", 'issuer: Testrådet', 'source:', '  title: Testreferat', '  publisher: ukendt', 'summary: Et fiktivt referat.', '---', '', '## Dagsorden', '', '#### Punkt 1', '', 'Mødet blev holdt.', ''].join('\n'),
		);
		const message = 'overskrifter.md:14 overskriften springer et niveau over: efter ## kommer ####; brug ### her';
		const { tab } = await openPage();
		try {
			const banner = await bannerWith(tab, '/2021-2022/overskrifter/', message);
			expect(banner.status).toBe(404);
			expect(banner.headings[0]).toBe('Fejl i denne sides fil');
			expect(banner.items[0]).toContain(message);
		} finally {
			await tab.close();
		}
	});
});
