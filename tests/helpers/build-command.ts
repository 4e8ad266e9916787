// `npm run build` for tests of refused builds: as a child process, exactly as a developer runs it, and
// in this process through the check the build step runs (checkWithCache), for the many cases that
// only need to show what the check refuses.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWithCache } from '../../src/validation/check-with-cache.ts';
import { formatProblem, sortProblems } from '../../src/validation/problems.ts';
import { ROOT, TEST_BUILD_DATE } from './test-builds.ts';

/** A developer's local build: no public address or repository configured. */
const LOCAL_BUILD_ENV = { SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '', SITE_URL: '', SITE_EDIT_URL: '' };

/** Builds `content` into `out` with the real build command, as a developer's local build runs. */
export function runBuild(content: string, out: string) {
	return spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ...LOCAL_BUILD_ENV },
	});
}

/**
 * The lines `npm run build` prints for content its check refuses: the build step's own check
 * (`checkWithCache` in src/validation/check-with-cache.ts, the first thing the build's child process,
 * scripts/lib/astro-build-step.ts, runs, with the build's cache), here in this process and with the command's environment, each
 * problem formatted as src/validation/report-problems.ts prints it. Throws if the check finds nothing,
 * since the build would then go on. That the command stops there, exits 1 and leaves the last site
 * untouched is shown by the cases that run the command itself; in this process the checker and its
 * dictionaries load once for all the cases instead of once per build. `cacheDir` is the build's
 * cache folder: shared by the cases, it shows that kept results report what a fresh check does.
 */
export async function refusedBuildLines(content: string, cacheDir: string): Promise<string[]> {
	const saved = Object.fromEntries(['SITE_CONTENT_DIR', ...Object.keys(LOCAL_BUILD_ENV)].map((name) => [name, process.env[name]]));
	Object.assign(process.env, LOCAL_BUILD_ENV, { SITE_CONTENT_DIR: content });
	try {
		const check = await checkWithCache({ rootDir: ROOT, contentDir: content, cacheDir });
		if (check.problems.length === 0) throw new Error(`the build's check accepted ${content}: the build would go on`);
		return sortProblems([...check.problems]).map(formatProblem).join('\n').split('\n');
	} finally {
		for (const [name, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	}
}

/** Every file under `dir` with its bytes, to prove a failed build changed nothing. */
export function snapshotFolder(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		try {
			files[name] = readFileSync(path, 'latin1');
		} catch {
			// a folder
		}
	}
	return files;
}
