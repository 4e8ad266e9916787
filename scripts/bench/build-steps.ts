// One timed build for the benchmark, run as a child process so its memory can be measured on its own:
// the same three steps as `npm run build` (content check, Astro build, Pagefind index), each timed,
// written straight to --out (no staging swap: the benchmark's output folder is its own) and with a
// cold Astro cache, as in CI, or with --keep-cache the cache of the previous build of the same --out
// (a rebuild after an editor's change). Prints nothing but Astro's warnings; the timings go to
// --report as JSON.
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../lib/build-site.ts';

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
		'keep-cache': { type: 'boolean', default: false },
	},
});
if (!values.content || !values.out || !values.report) {
	throw new Error('usage: build-steps.ts --content <dir> --out <dir> --report <file.json> ');
}

const rootDir = process.cwd();
const outDir = resolve(values.out);
const cacheDir = `${outDir}.cache`;
const keepCache = values['keep-cache'];
await rm(outDir, { recursive: true, force: true });
if (!keepCache) await rm(cacheDir, { recursive: true, force: true });

// The same pipeline as `npm run build`, written straight to --out.
const times: Record<string, number> = {};
const { check, indexed } = await buildSite({
	rootDir,
	contentDir: resolve(values.content),
	outDir,
	cacheDir,
	onStep: (step, ms) => {
		times[step] = ms;
	},
});
// The cache stays for a rebuild with --keep-cache; the bench deletes it with the site.

const timings: StepTimings = { documents: check.documents, checkMs: times.check!, buildMs: times.build!, indexMs: times.index!, indexedPages: indexed.da! };
writeFileSync(values.report, JSON.stringify(timings));
