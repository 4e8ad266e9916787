// `npm start` builds the site for the address it serves, on 4321 or the next free port, and says
// where and how to stop it. Tested with real servers on loopback, each bounded in time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { canListen, findFreePort, LOCAL_HOST, localSiteUrl, startMessages } from '../../scripts/lib/local-address.ts';
import { startSite } from '../helpers/start-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const held: Server[] = [];
afterEach(async () => {
	await Promise.all(held.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/** Keeps a port busy at the host `npm start` serves on, as another program would; 0 takes any port. */
async function hold(port = 0): Promise<number> {
	const server = createServer();
	held.push(server);
	server.listen({ port, host: LOCAL_HOST, exclusive: true });
	await once(server, 'listening');
	return (server.address() as { port: number }).port;
}

/** A port that is free now, found by holding it for a moment. */
async function freePort(): Promise<number> {
	const port = await hold();
	await new Promise((done) => held.pop()!.close(done));
	return port;
}

describe('findFreePort', () => {
	test('keeps the preferred port when it is free', async () => {
		const port = await freePort();
		expect(await findFreePort(port)).toBe(port);
	});

	test('takes the next free port when the preferred one is taken', async () => {
		const taken = await hold();
		const port = await findFreePort(taken);
		expect(port).not.toBe(taken);
		expect(await canListen(port)).toBe(true);
	});

	test('asks the operating system for any free port when every port it may try is taken', async () => {
		const taken = await hold();
		const port = await findFreePort(taken, { tries: 1 });
		expect(port).not.toBe(taken);
		expect(await canListen(port)).toBe(true);
	});
});

describe('the start messages', () => {
	test('say in Danish where the site is and how to stop it', () => {
		expect(startMessages.serving(localSiteUrl(4321))).toBe('Sitet vises på http://localhost:4321/');
		expect(startMessages.howToStop).toBe('Tryk Ctrl+C for at stoppe.');
		expect(startMessages.portTaken(4321, 4322)).toBe('Port 4321 er optaget; sitet vises i stedet på port 4322.');
	});
});

describe('npm start', () => {
	const out = join('.build', `start-test-${process.pid}`);
	afterEach(() => rmSync(join(ROOT, out), { recursive: true, force: true }));

	test('with its port taken, builds for the next free port, serves there, says so, and stops on Ctrl+C', { timeout: 120_000 }, async () => {
		const taken = await hold(await freePort());
		const env = { ...process.env };
		delete env.SITE_URL;
		const site = await startSite(process.execPath, ['scripts/start.ts', '--port', String(taken), '--out', out], { cwd: ROOT, env });
		try {
			const port = Number(new URL(site.url).port);
			expect(port).not.toBe(taken);
			expect(site.output()).toContain(startMessages.portTaken(taken, port));
			expect(site.output()).toContain(startMessages.howToStop);

			// The address it prints is the one it serves and the one the build wrote into the pages.
			const page = await fetch(`${site.url}/`, { signal: AbortSignal.timeout(10_000) });
			expect(page.status).toBe(200);
			expect(await page.text()).toContain(`<link rel="canonical" href="${site.url}/">`);
			const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`, { signal: AbortSignal.timeout(10_000) })).text();
			expect(sitemap).toContain(`<loc>${site.url}/</loc>`);

			expect(await site.interrupt()).toEqual({ code: 0, signal: null });
			expect(site.output()).toContain(startMessages.stopped);
		} finally {
			site.kill();
		}
	});

	test('refuses a port that is not a port number', { timeout: 30_000 }, async () => {
		const child = spawn(process.execPath, ['scripts/start.ts', '--port', 'abc'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		const [code] = (await once(child, 'exit')) as [number];
		expect(code).toBe(1);
		expect(output).toContain(startMessages.badPort('abc'));
	});
});
