// `npm run build`: check the content, build the site and its search index in a staging folder, and
// only when all of that succeeded put it in place of dist/. A failed build leaves the last good
// site untouched; no half-built site is ever published.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as configuredContentDir } from '../src/site-config.ts';
import { checkContent } from '../src/validation/check-content.ts';
import { cacheSpellingDictionaries } from '../src/validation/rules/spelling.ts';
import { reportProblems } from './lib/report-problems.ts';
import { indexSite } from './lib/search-index.ts';

const { values } = parseArgs({
	options: {
		content: { type: 'string' },
		out: { type: 'string', default: 'dist' },
	},
});

const rootDir = process.cwd();
// Astro's usage telemetry would send data from every build; a public-sector site sends none.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (values.content) process.env.SITE_CONTENT_DIR = resolve(values.content);
const contentDir = configuredContentDir();
const outDir = resolve(rootDir, values.out);

await cacheSpellingDictionaries();
const check = checkContent({ contentDir, rootDir });
if (check.problems.length > 0) {
	reportProblems(check.problems);
	console.error('Bygningen er stoppet; det tidligere byggede site er urørt.');
	process.exit(1);
}
console.log(`Indholdet er gyldigt: ${check.periods.length} perioder, ${check.documents.length} dokumenter.`);

const workDir = resolve(rootDir, '.build');
const staging = join(workDir, `staging-${process.pid}`);
// Each content folder gets its own Astro cache, so building fixtures never reuses another folder's data.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
await rm(staging, { recursive: true, force: true });
await mkdir(workDir, { recursive: true });

try {
	const { build } = await import('astro');
	await build({ root: rootDir, outDir: staging, cacheDir: join(workDir, `cache-${cacheKey}`), logLevel: 'warn' });

	// Every document must be searchable, in the Danish index (Danish stemming), and nothing else.
	const indexed = await indexSite(staging);
	if (Object.keys(indexed).join() !== 'da' || indexed.da !== check.documents.length) {
		throw new Error(
			`the search index should hold the ${check.documents.length} documents in Danish, but holds ${JSON.stringify(indexed)}`,
		);
	}
	console.log(`Søgeindeks (dansk): ${indexed.da} dokumenter.`);

	const previous = join(workDir, `previous-${process.pid}`);
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
	console.log(`Sitet er bygget i ${values.out}/ (${readdirSync(outDir).length} filer og mapper øverst).`);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(error);
	console.error('Bygningen fejlede; det tidligere byggede site er urørt.');
	process.exit(1);
}
