import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/**
 * Builds a fixture under tests/fixtures/sites/ with `npm run build`'s own script, on a given build
 * day, into `out`; throws with the build's output when it fails.
 */
export function buildFixtureSite(fixture: string, out: string, buildDate: string): string {
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', join(ROOT, 'tests/fixtures/sites', fixture), '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		// No public address or repository configured, as in a developer's local build.
		env: { ...process.env, SITE_BUILD_DATE: buildDate, CI: '', SITE_URL: '', SITE_EDIT_URL: '' },
	});
	if (result.status !== 0) throw new Error(`build of ${fixture} failed:\n${result.stdout}\n${result.stderr}`);
	return out;
}
