import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildCacheDir, claimBuildCacheDir, pruneBuildCaches } from '../../src/build-cache.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temporary = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
};

describe('build cache folders', () => {
	test('each content folder has a folder of its own, named by its path, which claiming makes and marks', () => {
		const root = temporary('root-');
		const content = temporary('content-');
		expect(buildCacheDir(root, content)).not.toBe(buildCacheDir(root, `${content}-other`));
		const dir = claimBuildCacheDir(root, content);
		expect(dir).toBe(buildCacheDir(root, content));
		expect(existsSync(dir)).toBe(true);
		// Claiming again keeps what the folder holds.
		writeFileSync(join(dir, 'data-store.json'), '{}');
		claimBuildCacheDir(root, content);
		expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
	});

	test('pruning removes the caches of content folders that are gone, and only those', () => {
		const root = temporary('root-');
		const kept = temporary('content-');
		const gone = temporary('content-');
		const keptDir = claimBuildCacheDir(root, kept);
		const goneDir = claimBuildCacheDir(root, gone);
		writeFileSync(join(goneDir, 'data-store.json'), '{}');
		rmSync(gone, { recursive: true });
		expect(pruneBuildCaches(root)).toEqual([goneDir]);
		expect(existsSync(goneDir)).toBe(false);
		expect(existsSync(keptDir)).toBe(true);
		expect(pruneBuildCaches(root)).toEqual([]);
	});

	test('pruning removes a folder without a mark once nothing has changed it for a day, and not before', () => {
		const root = temporary('root-');
		const old = join(root, '.build', 'cache-000000000000');
		const recent = join(root, '.build', 'cache-222222222222');
		mkdirSync(old, { recursive: true });
		mkdirSync(recent);
		const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
		utimesSync(old, twoDaysAgo, twoDaysAgo);
		expect(pruneBuildCaches(root)).toEqual([old]);
		expect(existsSync(recent)).toBe(true);
	});

	test('pruning leaves alone a folder just made without its mark yet, a mark that does not name the folder, and a link', () => {
		const root = temporary('root-');
		const elsewhere = temporary('elsewhere-');
		const unmarked = join(root, '.build', 'cache-000000000000');
		mkdirSync(unmarked, { recursive: true });
		// A mark naming a content folder that is gone, in a folder not named by its digest (as a pull
		// request could commit): not this module's, so not removed.
		const foreign = join(root, '.build', 'cache-111111111111');
		mkdirSync(foreign);
		writeFileSync(join(foreign, 'content-folder'), join(elsewhere, 'gone'));
		// A link to a folder outside, marked as if its content were gone: neither it nor what it points to goes.
		writeFileSync(join(elsewhere, 'content-folder'), join(elsewhere, 'gone'));
		symlinkSync(elsewhere, buildCacheDir(root, join(elsewhere, 'gone')));
		expect(pruneBuildCaches(root)).toEqual([]);
		expect(existsSync(unmarked) && existsSync(foreign) && existsSync(join(elsewhere, 'content-folder'))).toBe(true);
	});

	test('pruning a repository without .build/ finds nothing to do', () => {
		expect(pruneBuildCaches(temporary('root-'))).toEqual([]);
	});
});
