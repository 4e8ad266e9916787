import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trackedByGit } from '../build-cache.ts';
import { ContentProblemsError } from '../content-source/content-problems-error.ts';
import type { Problem } from '../validation/problems.ts';
import { reportProblems } from '../validation/report-problems.ts';

/**
 * The problems of cache folders that came with the repository. Astro takes what its caches hold as
 * its own work: the data store (each body's entry, reused while the file's digest matches; the
 * body's HTML kept beside it, which the loader refuses on its own as well) and, in an incremental
 * build, the pages it copies instead of rendering. Anyone can compute those digests and keys, and a pull request can commit files under the ignored `.build/` or
 * `.astro/` (or a link to them), so a cache git tracks would put a stranger's HTML on the site.
 */
export function committedCacheProblems(rootDir: string, dirs: readonly string[]): Problem[] {
	return dirs.filter((dir) => trackedByGit(dir)).map((dir) => {
		const name = relative(rootDir, dir).split('\\').join('/') || dir;
		return {
			file: name,
			message: `mappen er lagt i git, men den er et mellemlager, som kun den maskine, der bygger, må skrive. Fjern den fra ændringen (git rm -r --cached ${name}) og byg igen`,
		};
	});
}

/** The folders Astro keeps its work in: its cache folder, and .astro/, where the dev server keeps its data store. */
export function astroCacheFolders(rootDir: string, cacheDir: string): string[] {
	return [cacheDir, join(rootDir, '.astro')];
}

/**
 * Refuses to build or serve the site from a cache folder git tracks (see committedCacheProblems).
 * `npm run build` refuses before Astro starts (scripts/lib/astro-build-step.ts); `npm run dev` is
 * Astro's own command, so the refusal is here. A hook's error is printed by Astro as an English
 * "unhandled error" line with a stack trace around the message; the preview instead prints the
 * problems as `npm run build` does and stops, as a refused build does. `exit` is for the tests.
 */
export function refuseCommittedCaches({ exit = (code: number): void => process.exit(code) } = {}): AstroIntegration {
	return {
		name: 'socialaftale:refuse-committed-caches',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				const rootDir = fileURLToPath(config.root);
				const problems = committedCacheProblems(rootDir, astroCacheFolders(rootDir, fileURLToPath(config.cacheDir)));
				if (problems.length === 0) return;
				if (command !== 'dev') throw new ContentProblemsError(problems);
				// No GitHub annotations: the preview does not run in a CI job.
				reportProblems(problems, {});
				exit(1);
			},
		},
	};
}
