// `npm run check`: validates all content with the shared schemas, without building the site. What
// each file gave on its own is kept under .build/ (src/validation/check-cache.ts), shared with
// `npm run build`, so a second check reads only the files that changed.
import { contentDir as configuredContentDir } from '../src/site-config.ts';
import { claimBuildCacheDir, pruneBuildCaches } from '../src/build-cache.ts';
import { checkCacheDir, openCheckCache } from '../src/validation/check-cache.ts';
import { checkContent } from '../src/validation/check-content.ts';
import { cacheSpellingDictionaries } from '../src/validation/rules/spelling.ts';
import { reportProblems } from './lib/report-problems.ts';

const rootDir = process.cwd();
const contentDir = configuredContentDir();
await cacheSpellingDictionaries();
pruneBuildCaches(rootDir);
const cache = openCheckCache({ dir: checkCacheDir(claimBuildCacheDir(rootDir, contentDir)), memory: false });
const result = checkContent({ contentDir, rootDir, cache });
if (result.problems.length > 0) {
	reportProblems(result.problems);
	process.exit(1);
}
console.log(`Indholdet er gyldigt: ${result.periods.length} perioder, ${result.documents.length} dokumenter.`);
