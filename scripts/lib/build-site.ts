// The one build pipeline: check the content, build the site with Astro, index it with Pagefind.
// `npm run build` (scripts/build.ts) runs it into a staging folder and swaps it in; the benchmark
// (scripts/bench/build-steps.ts) runs it straight into its own folder and times each step.
import { handOverCheck } from '../../src/content-source/checked-content-handoff.ts';
import { ContentProblemsError } from '../../src/content-source/content-problems-error.ts';
import type { ContentCheck } from '../../src/validation/checked-content.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { cacheSpellingDictionaries } from '../../src/validation/rules/spelling.ts';
import { indexSite } from '../../src/search/indexing/search-index.ts';

export interface BuildOptions {
	rootDir: string;
	contentDir: string;
	/** Where Astro writes the site. */
	outDir: string;
	/** Astro's cache folder (its data store keeps rendered bodies between builds). */
	cacheDir: string;
	/** Index compound parts (see search-index.ts); default true. */
	compoundParts?: boolean;
	/** Told when each step ends, with its time in milliseconds. */
	onStep?: (step: 'check' | 'build' | 'index', ms: number, detail: { check: ContentCheck; indexed?: Record<string, number> }) => void;
	/** Told what the compound indexing did. */
	onCompounds?: Parameters<typeof indexSite>[1] extends infer O ? (O extends { report?: infer R } ? R : never) : never;
}

/** The content check's problems stop the build before Astro starts; other failures are thrown as they are. */
export async function buildSite(options: BuildOptions): Promise<{ check: ContentCheck; indexed: Record<string, number> }> {
	const { rootDir, contentDir, outDir, cacheDir, compoundParts = true, onStep, onCompounds } = options;
	// Astro's usage telemetry would send data from every build; a public-sector site sends none.
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	// astro.config.mjs and the collections' loader read the content location from the environment.
	process.env.SITE_CONTENT_DIR = contentDir;

	let started = performance.now();
	await cacheSpellingDictionaries();
	const check = checkContent({ contentDir, rootDir });
	if (check.problems.length > 0) throw new ContentProblemsError(check.problems);
	onStep?.('check', performance.now() - started, { check });

	// The loader takes this check instead of checking again (one check per build).
	handOverCheck(contentDir, check);
	started = performance.now();
	const { build } = await import('astro');
	await build({
		root: rootDir,
		outDir,
		cacheDir,
		logLevel: 'warn',
	});
	onStep?.('build', performance.now() - started, { check });

	started = performance.now();
	// Every document must be searchable, in the Danish index (Danish stemming), and nothing else.
	const indexed = await indexSite(outDir, { compoundParts, ...(onCompounds ? { report: onCompounds } : {}) });
	if (Object.keys(indexed).join() !== 'da' || indexed.da !== check.documents.length) {
		throw new Error(`the search index should hold the ${check.documents.length} documents in Danish, but holds ${JSON.stringify(indexed)}`);
	}
	onStep?.('index', performance.now() - started, { check, indexed });
	return { check, indexed };
}
