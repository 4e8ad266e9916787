// `npm run dev` as an editor meets it: the preview checks the content when it starts and again for
// every saved file; a file that fails (above all one with code in it) is never rendered and never
// runs, and the Danish problem is printed with its file and line.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { THREE_PERIODS } from '../helpers/content-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-dev-'));
const content = join(work, 'content');
// Where the hostile file's code would write if it ran.
const planted = join(work, 'koden-koerte');
let server: ChildProcess;
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
}, 150_000);

afterAll(() => {
	server?.kill();
	rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
	test('serves the checked content', async () => {
		expect(await page('/2021-2022/godkendelse/')).toContain('Godkendelse af testaftalen');
	});

	test('shows a saved change', async () => {
		const file = join(content, '2021-2022/godkendelse.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('title: Godkendelse af testaftalen', 'title: Godkendelse af den rettede testaftale'));
		await eventually(async () => ((await page('/2021-2022/godkendelse/')).includes('Godkendelse af den rettede testaftale') ? true : undefined));
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
});
