// A tool the bench measures with or against, but the repository does not install: a small npm project
// of the bench's own in the system's temporary folder, installed from the npm registry at the exact
// versions its package.json names. Starlight is one (the site measured against); Lighthouse is the
// other, kept out of devDependencies because its 89 packages (of the lockfile's 802) made every fresh
// install of the repository a third slower (an editor's `npm install`, CI's `npm ci`, the clone tests' two installs)
// for a tool only `npm run bench` runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes `files` (package.json among them) into `<tmp>/<name>` and installs it there, unless that
 * folder already holds a finished install of the same package.json: the folder is named for the
 * versions and kept, so a second run of the bench reuses the installation instead of fetching again.
 * Returns the folder.
 */
export function installToolProject(name: string, files: Record<string, string>, label: string, log: (message: string) => void): string {
	const dir = join(tmpdir(), name);
	// npm writes node_modules/.package-lock.json last, so an install cut short is installed again.
	const installed = existsSync(join(dir, 'node_modules/.package-lock.json')) && existsSync(join(dir, 'package.json')) && readFileSync(join(dir, 'package.json'), 'utf8') === files['package.json'];
	if (!installed) {
		rmSync(dir, { recursive: true, force: true });
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		log(`${label}: installing from the npm registry into ${dir}`);
		const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
		if (npm.status !== 0) throw new Error(`npm install of ${label} failed in ${dir}`);
	}
	return dir;
}
