// `npm run check`: validates all content with the shared schemas, without building the site.
import { contentDir } from '../src/site-config.ts';
import { checkContent } from '../src/validation/check-content.ts';
import { cacheSpellingDictionaries } from '../src/validation/rules/spelling.ts';
import { reportProblems } from './lib/report-problems.ts';

const rootDir = process.cwd();
await cacheSpellingDictionaries();
const result = checkContent({ contentDir: contentDir(), rootDir });
if (result.problems.length > 0) {
	reportProblems(result.problems);
	process.exit(1);
}
console.log(`Indholdet er gyldigt: ${result.periods.length} perioder, ${result.documents.length} dokumenter.`);
