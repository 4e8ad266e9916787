// `npm start`: build the site for the address it will be served at on this machine, then serve it
// there. The port is chosen first (4321, or the next free one), because the build writes the
// site's address into its pages: a site built for 4321 but served on 4322 would link to the wrong
// place. The server then takes exactly that port or stops, and never quietly moves to another.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_SITE_URL } from '../src/site-config.ts';
import { findFreePort, LOCAL_HOST, localSiteUrl, startMessages } from './lib/local-address.ts';

const { values } = parseArgs({
	options: {
		// The port to try first; by default the one in the site's local address.
		port: { type: 'string', default: new URL(LOCAL_SITE_URL).port },
		// Where the site is built and served from; the tests use a folder of their own.
		out: { type: 'string', default: 'dist' },
	},
});

const preferred = Number(values.port);
if (!Number.isInteger(preferred) || preferred < 1 || preferred > 65535) {
	console.error(startMessages.badPort(values.port));
	process.exit(1);
}

// Astro's usage telemetry would send data from every start; a public-sector site sends none.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const port = await findFreePort(preferred);
if (port !== preferred) console.log(startMessages.portTaken(preferred, port));
const url = localSiteUrl(port);
// The Astro config reads SITE_URL too (for the preview), so it is set for this process as well.
process.env.SITE_URL = url;
console.log(startMessages.building(url));

const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', values.out], { stdio: 'inherit', env: process.env });
if (built.status !== 0) process.exit(built.status ?? 1);

const { preview } = await import('astro');
let server: Awaited<ReturnType<typeof preview>>;
try {
	server = await preview({
		root: process.cwd(),
		outDir: resolve(values.out),
		logLevel: 'error',
		server: { host: LOCAL_HOST, port },
		// Vite would otherwise move to the next port when this one was taken during the build.
		vite: { preview: { strictPort: true } },
	});
} catch {
	console.error(startMessages.portLost(port));
	process.exit(1);
}

console.log(`\n${startMessages.serving(url)}\n${startMessages.howToStop}`);

let stopping = false;
async function stop() {
	if (stopping) return;
	stopping = true;
	await server.stop();
	console.log(startMessages.stopped);
	process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
