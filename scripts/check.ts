// `npm run check`: validates all content with the shared schemas, without building the site. What
// each file gave on its own is kept under .build/ (src/validation/check-cache.ts), shared with
// `npm run build`, so a second check reads only the files that changed.
import { contentDir as configuredContentDir } from '../src/site-config.ts';
import { claimBuildCacheDir, pruneBuildCaches } from '../src/build-cache.ts';
import { checkWithCache } from '../src/validation/check-with-cache.ts';
import { reportProblems } from '../src/validation/report-problems.ts';

const rootDir = process.cwd();
const contentDir = configuredContentDir();
pruneBuildCaches(rootDir);
const result = await checkWithCache({ rootDir, contentDir, cacheDir: claimBuildCacheDir(rootDir, contentDir) });
if (result.problems.length > 0) {
	reportProblems(result.problems);
	process.exit(1);
}
console.log(`Indholdet er gyldigt: ${result.periods.length} perioder, ${result.documents.length} dokumenter.`);
