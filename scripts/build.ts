// `npm run build`: check the content, build the site and its search index in a staging folder, and
// only when all of that succeeded put it in place of dist/. A failed build leaves the last good
// site untouched; no half-built site is ever published.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as configuredContentDir } from '../src/site-config.ts';
import { claimBuildCacheDir, pruneBuildCaches } from '../src/build-cache.ts';
import { buildSite, contentProblemsOf } from './lib/build-site.ts';
import { reportProblems } from '../src/validation/report-problems.ts';

const { values } = parseArgs({
	options: {
		content: { type: 'string' },
		out: { type: 'string', default: 'dist' },
		// --no-compound-parts indexes the pages as they are, to measure what the compound parts cost.
		'compound-parts': { type: 'boolean', default: true },
	},
	allowNegative: true,
});

const rootDir = process.cwd();
if (values.content) process.env.SITE_CONTENT_DIR = resolve(values.content);
const contentDir = configuredContentDir();
const outDir = resolve(rootDir, values.out);

const workDir = resolve(rootDir, '.build');
const staging = join(workDir, `staging-${process.pid}`);
await rm(staging, { recursive: true, force: true });
await mkdir(workDir, { recursive: true });
// The caches of content folders that are gone (a test's or the benchmark's temporary ones).
pruneBuildCaches(rootDir);

try {
	await buildSite({
		rootDir,
		contentDir,
		outDir: staging,
		// Each content folder gets its own caches (Astro's, the content check's), so building fixtures
		// never reuses another folder's data; `npm run check` and the dev server share the check's.
		cacheDir: claimBuildCacheDir(rootDir, contentDir),
		compoundParts: values['compound-parts'],
		onStep: (step, _ms, { check, indexed }) => {
			if (step === 'check') console.log(`Indholdet er gyldigt: ${check.periods} perioder, ${check.documents} dokumenter.`);
			if (step === 'index') console.log(`Søgeindeks (dansk): ${indexed!.da} dokumenter.`);
		},
		onCompounds: (stats) => console.log(`Sammensatte ord i søgeindekset: ${stats.compounds} forekomster, ${stats.parts} ordled tilføjet.`),
	});
	const previous = join(workDir, `previous-${process.pid}`);
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
	console.log(`Sitet er bygget i ${values.out}/ (${readdirSync(outDir).length} filer og mapper øverst).`);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	const problems = contentProblemsOf(error);
	if (problems) {
		reportProblems([...problems]);
		console.error('Bygningen er stoppet; det tidligere byggede site er urørt.');
	} else {
		// Not a content problem: a fault in the project's own code or machine. The editors get a Danish
		// line; the details follow for the developers.
		console.error('Bygningen fejlede af en teknisk fejl, ikke en fejl i indholdet; det tidligere byggede site er urørt.');
		console.error('Teknisk besked til udviklerne:', error instanceof Error ? (process.env.SITE_DEBUG ? error.stack : error.message) : String(error));
	}
	process.exit(1);
}
