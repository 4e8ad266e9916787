// One timed build for the benchmark, run as a child process so its memory can be measured on its own:
// the same three steps as `npm run build` (content check, Astro build, Pagefind index), each timed,
// written straight to --out (no staging swap: the benchmark's output folder is its own) and with a
// cold Astro cache, as in CI. Prints nothing but Astro's warnings; the timings go to --report as JSON.
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/validation/check-content.ts';
import { cacheSpellingDictionaries } from '../../src/validation/rules/spelling.ts';
import { indexSite } from '../lib/search-index.ts';

/** What build-steps.ts reports for one build. */
export interface StepTimings {
	documents: number;
	checkMs: number;
	buildMs: number;
	indexMs: number;
	indexedPages: number;
}

const { values } = parseArgs({
	options: {
		content: { type: 'string' },
		out: { type: 'string' },
		report: { type: 'string' },
		// An alternative Astro config (the Sätteri comparison); default is the project's astro.config.mjs.
		config: { type: 'string' },
	},
});
if (!values.content || !values.out || !values.report) {
	throw new Error('usage: build-steps.ts --content <dir> --out <dir> --report <file.json> [--config <astro config>]');
}

const rootDir = process.cwd();
const contentDir = resolve(values.content);
const outDir = resolve(values.out);
// astro.config.mjs and src/content.config.ts read the content location from the environment.
process.env.SITE_CONTENT_DIR = contentDir;
// As scripts/build.ts: Astro's usage telemetry would send data from every build.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// As scripts/build.ts: the spelling dictionaries' binary cache is written once per dictionary version,
// before the check, so the check's time is that of a usual build.
await cacheSpellingDictionaries();
let started = performance.now();
const check = checkContent({ contentDir, rootDir });
if (check.problems.length > 0) {
	throw new Error(`content check failed: ${check.problems.slice(0, 5).map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('; ')}`);
}
const checkMs = performance.now() - started;

const cacheDir = `${outDir}.cache`;
await rm(outDir, { recursive: true, force: true });
await rm(cacheDir, { recursive: true, force: true });
started = performance.now();
const { build } = await import('astro');
await build({
	root: rootDir,
	outDir,
	cacheDir,
	logLevel: 'warn',
	// Astro joins configFile to root, so it must be relative to the project.
	...(values.config ? { configFile: relative(rootDir, resolve(values.config)) } : {}),
});
const buildMs = performance.now() - started;
await rm(cacheDir, { recursive: true, force: true });

started = performance.now();
const indexed = await indexSite(outDir);
const indexMs = performance.now() - started;
if (indexed.da !== check.documents.length) {
	throw new Error(`the search index holds ${JSON.stringify(indexed)}, expected ${check.documents.length} Danish documents`);
}

const timings: StepTimings = { documents: check.documents.length, checkMs, buildMs, indexMs, indexedPages: indexed.da };
writeFileSync(values.report, JSON.stringify(timings));
