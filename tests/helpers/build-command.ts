// `npm run build` as a child process, and a snapshot of what it left, for tests of failed builds.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_BUILD_DATE } from './build-site.ts';

/** Builds `content` into `out` with the real build command, as a developer's local build runs. */
export function runBuild(content: string, out: string) {
	return spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '', SITE_URL: '', SITE_EDIT_URL: '' },
	});
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
