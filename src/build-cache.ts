// Each content folder gets a cache folder of its own under .build/ (Astro's data store, the content
// check's results, the rendered HTML of the bodies, the search index's copies), named by a digest of
// the folder's path. Tests and the benchmark build content from temporary folders, so without
// housekeeping these cache folders would pile up with every run (a hundred and more, tens of MB
// each at 1,000 documents). Each cache folder therefore names the content folder it belongs to, and
// one whose content folder is gone is removed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

/** The file in a cache folder that names its content folder. */
const OWNER_FILE = 'content-folder';
const PREFIX = 'cache-';
const UNMARKED_KEPT_MS = 24 * 60 * 60 * 1000;

/** The folder under .build/ holding one content folder's caches. */
export function buildCacheDir(rootDir: string, contentDir: string): string {
	return join(rootDir, '.build', `${PREFIX}${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`);
}

/**
 * The cache folder of a content folder, made if need be and marked with the content folder it belongs
 * to, for pruneBuildCaches. Writing the mark is housekeeping: a folder that cannot be written is
 * found so by the cache that uses it.
 */
export function claimBuildCacheDir(rootDir: string, contentDir: string): string {
	const dir = buildCacheDir(rootDir, contentDir);
	try {
		const owner = join(dir, OWNER_FILE);
		if (!existsSync(owner)) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(owner, contentDir);
		}
	} catch {
		// See above: the cache itself reports a folder it cannot use.
	}
	return dir;
}

/**
 * Removes the cache folders under `<rootDir>/.build/` whose content folder no longer exists, and
 * returns their paths, and those without a mark (made before folders were marked) that nothing has
 * changed for a day. Anything that is not a plain folder (a link a pull request committed), a mark
 * that does not name its folder, and the cache of any content folder that still exists are left
 * alone, so builds running side by side never lose each other's caches.
 */
export function pruneBuildCaches(rootDir: string): string[] {
	const buildDir = join(rootDir, '.build');
	const removed: string[] = [];
	let names: string[];
	try {
		names = readdirSync(buildDir).filter((name) => name.startsWith(PREFIX));
	} catch {
		return removed;
	}
	for (const name of names) {
		const dir = join(buildDir, name);
		try {
			const stat = lstatSync(dir);
			if (!stat.isDirectory()) continue;
			const owner = join(dir, OWNER_FILE);
			if (!lstatSync(owner, { throwIfNoEntry: false })?.isFile()) {
				// Made before folders were marked: gone once nothing has used it for a day (a folder being
				// made this moment is marked within milliseconds).
				if (stat.mtimeMs < Date.now() - UNMARKED_KEPT_MS) {
					rmSync(dir, { recursive: true, force: true });
					removed.push(dir);
				}
				continue;
			}
			const contentDir = readFileSync(owner, 'utf8');
			// Only a mark this module wrote: the absolute path whose digest names the folder.
			if (!isAbsolute(contentDir) || buildCacheDir(rootDir, contentDir) !== dir || existsSync(contentDir)) continue;
			rmSync(dir, { recursive: true, force: true });
			removed.push(dir);
		} catch {
			// Housekeeping: a folder that cannot be read or removed now is tried again on the next build.
		}
	}
	return removed;
}

/**
 * True when git tracks `dir` or a folder it lies in (a committed file, or a symbolic link to files
 * committed elsewhere), so its contents came with the repository and not from this machine's checks.
 * Outside a repository, or without git, nothing can have come with one.
 */
export function trackedByGit(dir: string): boolean {
	let existing = dir;
	while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
	const git = (args: string[], cwd = existing) => spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	const top = git(['rev-parse', '--show-toplevel']);
	if (top.error || top.status !== 0) return false;
	const root = realpathSync(top.stdout.trim());
	const specs = new Set<string>();
	const add = (path: string) => {
		const inRoot = relative(root, path);
		if (inRoot !== '' && !inRoot.startsWith('..') && !isAbsolute(inRoot)) specs.add(`:(literal)${inRoot}`);
	};
	// The folders the real path runs through, where the files are; and each folder on the way as
	// named, itself unresolved, so a committed symbolic link among them is found too.
	for (let path = join(realpathSync(existing), relative(existing, dir)); path !== dirname(path); path = dirname(path)) add(path);
	for (let path = dir; path !== dirname(path); path = dirname(path)) if (existsSync(dirname(path))) add(join(realpathSync(dirname(path)), basename(path)));
	if (specs.size === 0) return true;
	// Pathspecs are relative to the working folder: run from the repository's top.
	const tracked = git(['ls-files', '-z', '--', ...specs], root);
	// A git that cannot answer is not taken to mean "nothing tracked".
	return tracked.status !== 0 || tracked.stdout !== '';
}
