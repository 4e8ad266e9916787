// The content check as `npm run check` and the build's own step run it: the spelling dictionaries
// read once, and each file's results kept in the cache folder of its content folder, so the two share
// what either found in a file that has not changed. One function for both, so they cannot drift.
import type { ContentCheck } from './checked-content.ts';
import { checkCacheDir, openCheckCache } from './check-cache.ts';
import { checkContent } from './check-content.ts';
import { cacheSpellingDictionaries } from './rules/spelling.ts';

/** Checks `contentDir` with the results kept under `cacheDir` (a folder of src/build-cache.ts). */
export async function checkWithCache({ rootDir, contentDir, cacheDir }: { rootDir: string; contentDir: string; cacheDir: string }): Promise<ContentCheck> {
	await cacheSpellingDictionaries();
	return checkContent({ contentDir, rootDir, cache: openCheckCache({ dir: checkCacheDir(cacheDir), memory: false }) });
}
