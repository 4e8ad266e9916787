// The first half of the build pipeline (./build-site.ts), run in a child process of its own: the
// content check, handed to the collections' loader, and the Astro build. When it ends, the memory
// Astro held goes with the process, so the Pagefind index that follows has the machine to itself.
// It tells its parent what happened over the IPC channel, one message per step; it prints nothing
// itself but Astro's warnings.
import { handOverCheck } from '../../src/content-source/checked-content-handoff.ts';
import { astroCacheFolders, committedCacheProblems } from '../../src/integrations/committed-caches.ts';
import type { Problem } from '../../src/validation/problems.ts';
import { checkWithCache } from '../../src/validation/check-with-cache.ts';
import { contentProblemsOf } from './build-site.ts';

/** What the child tells its parent. */
export type AstroStepMessage =
	| { step: 'check'; ms: number; periods: number; documents: number }
	| { step: 'build'; ms: number }
	| { problems: readonly Problem[] }
	| { error: string; stack: string | undefined };

/** The options the parent passes, as JSON in the first argument. */
export interface AstroStepOptions {
	rootDir: string;
	contentDir: string;
	outDir: string;
	cacheDir: string;
}

async function run({ rootDir, contentDir, outDir, cacheDir }: AstroStepOptions, send: (message: AstroStepMessage) => Promise<void>): Promise<void> {
	let started = performance.now();
	// A cache folder that came with the repository is refused before anything reads it. Astro's own
	// hook (src/integrations/committed-caches.ts) refuses it too, for `astro dev`, but Astro prints
	// an English line of its own before the editors' Danish message.
	const committed = committedCacheProblems(rootDir, astroCacheFolders(rootDir, cacheDir));
	if (committed.length > 0) return send({ problems: committed });
	// The check as `npm run check` runs it, with the build's cache: kept in Astro's cache folder, so a
	// clean build (the benchmark's, CI's) starts cold and a rebuild warm.
	const check = await checkWithCache({ rootDir, contentDir, cacheDir });
	if (check.problems.length > 0) return send({ problems: check.problems });
	await send({ step: 'check', ms: performance.now() - started, periods: check.periods.length, documents: check.documents.length });

	// The loader takes this check instead of checking again (one check per build).
	handOverCheck(contentDir, check);
	started = performance.now();
	const { build } = await import('astro');
	await build({ root: rootDir, outDir, cacheDir, logLevel: 'warn' });
	await send({ step: 'build', ms: performance.now() - started });
}

// Runs only as the child of buildSite; importing the module (for its types) runs nothing.
if (import.meta.main) {
	if (!process.send) throw new Error('astro-build-step.ts runs as a child of scripts/lib/build-site.ts, with an IPC channel');
	const send = (message: AstroStepMessage) => new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
	try {
		await run(JSON.parse(process.argv[2]!) as AstroStepOptions, send);
	} catch (error) {
		const problems = contentProblemsOf(error);
		await send(problems ? { problems } : { error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
	}
	// Astro may leave handles open (watchers, workers); the step is over once its messages are sent.
	process.exit(0);
}
