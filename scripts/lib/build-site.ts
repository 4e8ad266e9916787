// The one build pipeline: check the content, build the site with Astro, index it with Pagefind.
// `npm run build` (scripts/build.ts) runs it into a staging folder and swaps it in; the benchmark
// (scripts/bench/build-steps.ts) runs it straight into its own folder and times each step.
//
// The check and the Astro build run in a child process (./astro-build-step.ts), which hands the
// check to the collections' loader in its own memory. The index is built here after that child has
// ended: Pagefind then runs beside a small Node process, not beside the Astro build's heap, so the
// build's peak memory is the larger of the two steps rather than their sum.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ContentProblemsError } from '../../src/content-source/content-problems-error.ts';
import { indexSite } from '../../src/search/indexing/search-index.ts';
import type { Problem } from '../../src/validation/problems.ts';
import type { AstroStepMessage, AstroStepOptions } from './astro-build-step.ts';

/** What the check found, as far as the build's callers need it. */
export interface CheckSummary {
	periods: number;
	documents: number;
}

export interface BuildOptions {
	rootDir: string;
	contentDir: string;
	/** Where Astro writes the site. */
	outDir: string;
	/** Astro's cache folder (its data store and the rendered bodies beside it are kept between builds). */
	cacheDir: string;
	/** Index compound parts (see search-index.ts); default true. */
	compoundParts?: boolean;
	/** Told when each step ends, with its time in milliseconds. */
	onStep?: (step: 'check' | 'build' | 'index', ms: number, detail: { check: CheckSummary; indexed?: Record<string, number> }) => void;
	/** Told what the compound indexing did. */
	onCompounds?: Parameters<typeof indexSite>[1] extends infer O ? (O extends { report?: infer R } ? R : never) : never;
}

/** The content problems behind a failure, also when Astro wrapped the loader's or config's error. */
export function contentProblemsOf(error: unknown): readonly Problem[] | undefined {
	for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
		if (current instanceof ContentProblemsError) return current.problems;
		if (current instanceof Error && current.name === 'ContentProblemsError' && 'problems' in current) return (current as ContentProblemsError).problems;
	}
	return undefined;
}

const ASTRO_STEP = fileURLToPath(new URL('./astro-build-step.ts', import.meta.url));

/**
 * Rolldown, Astro's bundler, allocates with mimalloc, which by default keeps memory it has freed for
 * 10 ms before it gives it back to the system; the memory freed after bundling then still counts while
 * the pages are generated. Giving it back at once lowered the build's peak on 1,000 documents from
 * 1,007 to 938 MiB (medians of five alternating builds each, same CPU time). A value already set is kept.
 */
const ASTRO_STEP_ALLOCATOR = { MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };

/** Runs the check and the Astro build in a child process; the check's problems are thrown here. */
function checkAndBuild(options: AstroStepOptions, onStep: BuildOptions['onStep']): Promise<CheckSummary> {
	return new Promise((resolve, reject) => {
		let check: CheckSummary | undefined;
		let failure: Error | undefined;
		let built = false;
		const child = fork(ASTRO_STEP, [JSON.stringify(options)], { stdio: 'inherit', env: { ...process.env, ...ASTRO_STEP_ALLOCATOR } });
		child.on('message', (message: AstroStepMessage) => {
			if ('problems' in message) failure = new ContentProblemsError(message.problems);
			else if ('error' in message) failure = Object.assign(new Error(message.error), { stack: message.stack ?? message.error });
			else if (message.step === 'check') {
				check = { periods: message.periods, documents: message.documents };
				onStep?.('check', message.ms, { check });
			} else {
				built = true;
				onStep?.('build', message.ms, { check: check! });
			}
		});
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			if (failure) reject(failure);
			else if (check && built && code === 0) resolve(check);
			else reject(new Error(`the Astro build process ended (${signal ?? `exit code ${code}`}) before it had built the site`));
		});
	});
}

/** The content check's problems stop the build before Astro starts; other failures are thrown as they are. */
export async function buildSite(options: BuildOptions): Promise<{ check: CheckSummary; indexed: Record<string, number> }> {
	const { rootDir, contentDir, outDir, cacheDir, compoundParts = true, onStep, onCompounds } = options;
	// Astro's usage telemetry would send data from every build; a public-sector site sends none.
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	// astro.config.mjs and the collections' loader read the content location from the environment.
	process.env.SITE_CONTENT_DIR = contentDir;

	const check = await checkAndBuild({ rootDir, contentDir, outDir, cacheDir }, onStep);

	const started = performance.now();
	// Every document must be searchable, in the Danish index (Danish stemming), and nothing else.
	// The copies Pagefind indexes are kept beside Astro's own cache, and cleared with it.
	const indexed = await indexSite(outDir, { compoundParts, cacheDir, ...(onCompounds ? { report: onCompounds } : {}) });
	if (Object.keys(indexed).join() !== 'da' || indexed.da !== check.documents) {
		throw new Error(`the search index should hold the ${check.documents} documents in Danish, but holds ${JSON.stringify(indexed)}`);
	}
	onStep?.('index', performance.now() - started, { check, indexed });
	return { check, indexed };
}
