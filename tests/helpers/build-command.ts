// `npm run build` for tests of refused builds: as a child process, exactly as a developer runs it, and
// in this process through the same pipeline function the command calls, for the many cases that only
// need to show what the check refuses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { ContentProblemsError } from '../../src/content-source/content-problems-error.ts';
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
 * Builds content the check refuses through `buildSite` (scripts/lib/build-site.ts), the function
 * `npm run build` runs, in this process and with the command's environment, and returns the lines the
 * command prints for its problems (scripts/lib/report-problems.ts prints each with formatProblem).
 * Throws unless the build stopped at the check with a ContentProblemsError, which is what makes the
 * command exit 1 and say that the last site is untouched (the child-process cases prove that part),
 * and unless it stopped before writing anything.
 */
export async function refusedBuildLines(content: string): Promise<string[]> {
	const work = mkdtempSync(join(tmpdir(), 'socialaftale-refused-'));
	const outDir = join(work, 'staging');
	const saved = Object.fromEntries(['SITE_CONTENT_DIR', ...Object.keys(LOCAL_BUILD_ENV)].map((name) => [name, process.env[name]]));
	Object.assign(process.env, LOCAL_BUILD_ENV);
	try {
		const error = await buildSite({ rootDir: ROOT, contentDir: content, outDir, cacheDir: join(work, 'cache') }).then(
			() => new Error(`the build of ${content} did not stop at the check`),
			(reason: unknown) => reason,
		);
		if (!(error instanceof ContentProblemsError)) throw error;
		if (existsSync(outDir)) throw new Error(`the refused build of ${content} wrote ${outDir}`);
		return sortProblems([...error.problems]).map(formatProblem).join('\n').split('\n');
	} finally {
		for (const [name, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
		rmSync(work, { recursive: true, force: true });
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
