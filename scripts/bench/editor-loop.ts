// The editors' loop, measured: `npm run check` on a corpus, and the time from saving a document to
// the dev server serving the changed page.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../lib/local-address.ts';
import { measureProcess, type ProcessCost } from './measure-process.ts';

/** One `npm run check` (node scripts/check.ts) of a content folder, as its own process. */
export function measureCheck(rootDir: string, contentDir: string): Promise<ProcessCost> {
	return measureProcess({ command: process.execPath, args: [join(rootDir, 'scripts/check.ts')], cwd: rootDir, env: { SITE_CONTENT_DIR: contentDir }, quiet: true });
}

/**
 * A change an editor saves: the document's last line with a new paragraph after it. The sentence is
 * Danish and spelled right, so the check lets it through; `marker` (digits) makes each save unique.
 */
export function editedDocument(text: string, marker: number): string {
	return `${text.replace(/\n*$/, '\n')}\nTeksten er ændret ${marker}.\n`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` gives a value or `ms` pass. */
async function until<T>(probe: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
	const end = performance.now() + ms;
	for (;;) {
		const value = await probe().catch(() => undefined);
		if (value !== undefined) return value;
		if (performance.now() > end) throw new Error(`gave up waiting for ${what} after ${ms} ms`);
		await sleep(20);
	}
}

/** What the dev server measurement found. */
export interface DevChangeTiming {
	/** From spawning `astro dev` to the first document page served. */
	startMs: number;
	/** From each save to the first response that holds the change, one per save. */
	changeMs: number[];
}

/**
 * Starts `astro dev` on a content folder, opens one document's page, then saves a change to that
 * document `saves` times and measures each time until the server serves the page with the change:
 * what an editor waits for before the browser can show it (Astro reloads the page on the change).
 */
export async function measureDevChange({ rootDir, contentDir, document, address, saves = 3 }: { rootDir: string; contentDir: string; document: string; address: string; saves?: number }): Promise<DevChangeTiming> {
	const port = await findFreePort(4400, { host: '127.0.0.1' });
	const started = performance.now();
	let output = '';
	const server = spawn(process.execPath, [join(rootDir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: rootDir,
		env: { ...process.env, SITE_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk) => (output += String(chunk)));
	server.stderr!.on('data', (chunk) => (output += String(chunk)));
	const path = join(contentDir, document);
	const original = readFileSync(path, 'utf8');
	try {
		const base = await until(async () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1], 180_000, 'the dev server to start');
		const page = async () => {
			const response = await fetch(`${base}${address}`, { signal: AbortSignal.timeout(60_000) });
			return response.ok ? response.text() : undefined;
		};
		await until(page, 180_000, `${address} from the dev server`);
		const startMs = performance.now() - started;
		// Vite optimises dependencies after the first page and may reload then: a save in that moment
		// would time the reload, not the change.
		await sleep(3000);
		const changeMs: number[] = [];
		for (let save = 1; save <= saves; save++) {
			const marker = Date.now() + save;
			const saved = performance.now();
			writeFileSync(path, editedDocument(original, marker));
			await until(async () => ((await page())?.includes(`ændret ${marker}`) ? true : undefined), 180_000, `the change to ${document} on ${address}`);
			changeMs.push(performance.now() - saved);
			// Let the watcher settle, so the next save is a save of its own and not part of this one.
			await sleep(500);
		}
		return { startMs, changeMs };
	} catch (error) {
		// What the server printed says why it did not serve the change (a sync that failed, a crash).
		throw new Error(`${error instanceof Error ? error.message : String(error)}; the dev server's last output:\n${output.slice(-4000)}`);
	} finally {
		writeFileSync(path, original);
		server.kill();
		await new Promise((resolve) => server.once('exit', resolve));
	}
}
