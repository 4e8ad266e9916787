// `npm run bench`: measures the site's build at growing corpus sizes, its pages in Chromium, search,
// and Lighthouse; writes bench/results/ and prints the budgets.
// Options: --sizes 100,1000,5000 (or BENCH_SIZES), --periods 10, --seed N, --runs 3 (alternating
// clean builds of ours and Starlight's per size), --skip real,browser,lighthouse,search,starlight,
// rebuild,check,dev (any of them),
// --results <dir>, --rerender (writes the report, chart and budgets again from <dir>/results.json
// without measuring, after a change to how they are presented). A run with other sizes than the default writes to .build/bench-results/, so a quick
// run while developing does not overwrite the committed results.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, launchBrowser } from '../lib/chromium.ts';
import { serveSite } from '../lib/static-server.ts';
import { buildCacheDir } from '../../src/build-cache.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { checkBudgets, formatBudget, rebuildShares } from './budgets.ts';
import { growthChart } from './chart.ts';
import { generateCorpus } from './corpus.ts';
import { runLighthouse } from './lighthouse.ts';
import { alternate, compareSides, median, type PageComparison, type SideFigures, type StarlightComparison } from './comparison.ts';
import { editedDocument, measureCheck, measureDevChange } from './editor-loop.ts';
import { measureBuild, type BuildMeasurement } from './measure-build.ts';
import { buildStarlight, prepareStarlight, type StarlightBuild, type StarlightProject } from './starlight.ts';
import { measurePageWeight } from './page-weight.ts';
import { markdownReport } from './report.ts';
import { mb, measured, seconds, type BenchResults, type PageKindResult, type Rebuild } from './results.ts';
import { measureSearch } from './search-timing.ts';
import { listFiles, PAGE_KINDS, pageKind, type PageKind } from './site-files.ts';
import { readSourceText } from './source-text.ts';

const DEFAULT_SIZES = '100,1000,5000';
const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: process.env.BENCH_SIZES ?? DEFAULT_SIZES },
		periods: { type: 'string', default: '10' },
		seed: { type: 'string', default: '2021' },
		runs: { type: 'string', default: '3' },
		skip: { type: 'string', default: '' },
		results: { type: 'string' },
		rerender: { type: 'boolean', default: false },
	},
});

const rootDir = process.cwd();
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes must be positive whole numbers, not "${values.sizes}"`);
sizes.sort((a, b) => a - b);
const periods = Number(values.periods);
const seed = Number(values.seed);
const skip = new Set(values.skip.split(',').filter(Boolean));
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not "${values.runs}"`);
const resultsDir = resolve(values.results ?? (values.sizes === DEFAULT_SIZES && skip.size === 0 ? 'bench/results' : '.build/bench-results'));
const workDir = resolve('.build/bench');
// Search and the dev server run on one corpus: 1,000 documents, or the nearest size below.
const searchSize = sizes.filter((size) => size <= 1000).at(-1) ?? sizes[0]!;
const hasBrowser = existsSync(CHROMIUM);

const started = performance.now();
const progress = (message: string) => console.log(`[bench ${seconds(performance.now() - started).padStart(8)}] ${message}`);

/** Measures one page of each kind in Chromium: the heaviest HTML file of each kind stands for it. */
async function measurePages(siteDir: string): Promise<PageKindResult[]> {
	const heaviest = new Map<PageKind, { path: string; bytes: number }>();
	for (const file of listFiles(siteDir).filter((f) => f.path.endsWith('index.html'))) {
		const kind = pageKind(file.path);
		if ((heaviest.get(kind)?.bytes ?? -1) < file.bytes) heaviest.set(kind, file);
	}
	// Every kind, the longest document's page included: issue #15 holds each to 10 KiB gzip.
	const kinds = PAGE_KINDS;
	const server = await serveSite(siteDir);
	const browser = await launchBrowser();
	try {
		const results: PageKindResult[] = [];
		for (const kind of kinds) {
			const file = heaviest.get(kind);
			if (!file) {
				results.push({ kind, skipped: `the site has no ${kind} page` });
				continue;
			}
			const path = `/${file.path.slice(0, -'index.html'.length)}`;
			progress(`real content: loading ${path} in Chromium`);
			results.push({ kind, ...(await measurePageWeight(browser, server.url, path)) });
		}
		return results;
	} finally {
		await browser.close();
		await server.close();
	}
}

async function machine(): Promise<BenchResults['machine']> {
	let chromium: string | undefined;
	if (hasBrowser) {
		const browser = await launchBrowser();
		chromium = browser.version();
		await browser.close();
	}
	return {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
		memoryGiB: Math.round(totalmem() / 1024 ** 3),
		loadAverage: loadavg()[0]!,
		node: process.versions.node,
		chromium,
		platform: `${process.platform} ${process.arch}`,
	};
}

/** Writes results.json, results.md and growth.svg, and prints the budgets. */
function writeResults(results: BenchResults): void {
	const budgets = checkBudgets(results);
	mkdirSync(resultsDir, { recursive: true });
	writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify({ ...results, budgets }, null, '\t')}\n`);
	writeFileSync(join(resultsDir, 'results.md'), markdownReport(results, budgets));
	writeFileSync(join(resultsDir, 'growth.svg'), growthChart(results.scale));
	console.log(`\nBudgets:\n${budgets.map(formatBudget).join('\n')}`);
	progress(`done; results in ${resultsDir} (${readdirSync(resultsDir).join(', ')})`);
}

if (values.rerender) {
	const { budgets: _old, ...results } = JSON.parse(readFileSync(join(resultsDir, 'results.json'), 'utf8')) as BenchResults & { budgets: unknown };
	writeResults(results);
	process.exit(0);
}

const describeBuild = (m: BuildMeasurement) =>
	`${m.documents} documents: check ${seconds(m.checkMs)}, build ${seconds(m.buildMs)}, index ${seconds(m.indexMs)}, total ${seconds(m.totalMs)}, peak ${Math.round(m.peakRssBytes / 1024 ** 2)} MiB, dist/ ${mb(m.distBytes)}`;

/** The heaviest document page of a built site of ours, as an address ('/2021-2022/x/'). */
function heaviestDocument(siteDir: string): string | undefined {
	const documents = listFiles(siteDir).filter((file) => file.path.endsWith('index.html') && pageKind(file.path) === 'document');
	const heaviest = documents.reduce<(typeof documents)[number] | undefined>((a, b) => (a && a.bytes >= b.bytes ? a : b), undefined);
	return heaviest && `/${heaviest.path.slice(0, -'index.html'.length)}`;
}

/** The same document page on both sites in Chromium, gzip bytes fetched before interaction. */
async function comparePages(ours: string, theirs: string): Promise<PageComparison | { skipped: string }> {
	if (!hasBrowser || skip.has('browser')) return { skipped: hasBrowser ? 'skipped (--skip browser)' : `no Chromium at ${CHROMIUM}` };
	const path = heaviestDocument(ours);
	if (!path) return { skipped: 'no document page' };
	const browser = await launchBrowser();
	try {
		const weigh = async (siteDir: string) => {
			const server = await serveSite(siteDir);
			try {
				return (await measurePageWeight(browser, server.url, path)).total.gzip;
			} finally {
				await server.close();
			}
		};
		return { path, ours: await weigh(ours), theirs: await weigh(theirs) };
	} finally {
		await browser.close();
	}
}

const oursFigures = (m: BuildMeasurement): SideFigures => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, peakRssLargestBytes: m.peakRssLargestBytes, distBytes: m.distBytes, searchBytes: m.pagefindBytes });
const theirFigures = (m: StarlightBuild): SideFigures => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, peakRssLargestBytes: m.peakRssLargestBytes, distBytes: m.distBytes, searchBytes: m.pagefindBytes });
const ratio = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(2)}x`);

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const corpusRoot = mkdtempSync(join(tmpdir(), 'nsa-bench-'));
try {
	progress(`sizes ${sizes.join(', ')} over ${periods} periods, seed ${seed}, ${runs} run(s) per size; search and dev server at ${searchSize}`);
	const info = await machine();

	// 1. The real content: its build, each page kind in Chromium, Lighthouse.
	let real: BenchResults['real'] = { build: undefined, pages: [{ kind: 'document', skipped: 'skipped (--skip real)' }], lighthouse: { skipped: 'skipped (--skip real)' } };
	if (!skip.has('real')) {
		progress('real content: building');
		const realSite = join(workDir, 'real');
		const realBuild = await measureBuild({ rootDir, contentDir: join(rootDir, 'content'), outDir: realSite });
		progress(`real content: ${describeBuild(realBuild)}`);
		const pages: PageKindResult[] = hasBrowser && !skip.has('browser') ? await measurePages(realSite) : [{ kind: 'document', skipped: `no Chromium at ${CHROMIUM}` }];
		let lighthouse: BenchResults['real']['lighthouse'] = { skipped: skip.has('lighthouse') ? 'skipped (--skip lighthouse)' : `no Chromium at ${CHROMIUM}` };
		if (hasBrowser && !skip.has('lighthouse')) {
			const documentPage = pages.find((page) => page.kind === 'document');
			const paths = ['/', documentPage && measured(documentPage) ? documentPage.path : undefined, '/soeg/'].filter((path): path is string => path !== undefined);
			progress(`real content: Lighthouse on ${paths.join(', ')}`);
			const server = await serveSite(realSite);
			try {
				lighthouse = await runLighthouse(CHROMIUM, server.url, paths, progress);
			} finally {
				await server.close();
			}
		}
		real = { build: realBuild, pages, lighthouse };
	}

	const starlight: StarlightProject | undefined = skip.has('starlight') ? undefined : prepareStarlight(rootDir, progress);

	// 2. The generated corpus at each size.
	const text = readSourceText(join(rootDir, 'content'), rootDir);
	const scale: BuildMeasurement[] = [];
	const comparisons: StarlightComparison[] = [];
	const rebuilds: Rebuild[] = [];
	const checks: NonNullable<BenchResults['editorLoop']>['check'] = [];
	let dev: NonNullable<BenchResults['editorLoop']>['dev'] = { skipped: skip.has('dev') ? 'skipped (--skip dev)' : 'no size run' };
	let search: BenchResults['search'] = { skipped: skip.has('search') ? 'skipped (--skip search)' : `no Chromium at ${CHROMIUM}` };
	for (const [index, size] of sizes.entries()) {
		const step = `N=${size.toLocaleString('en')} (${index + 1}/${sizes.length})`;
		const contentDir = join(corpusRoot, String(size));
		progress(`${step}: generating the corpus`);
		const written = generateCorpus({ documents: size, periods, seed, outDir: contentDir }, text);
		// A generator bug must stop the benchmark here, not show up as an odd build.
		const check = checkContent({ contentDir, rootDir });
		if (check.problems.length || check.documents.length !== size) {
			throw new Error(`the generated corpus is invalid: ${check.problems.slice(0, 10).map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n')}`);
		}
		const siteDir = join(workDir, `n${size}`);
		// Clean builds, ours and Starlight's in turn, so both see the same load on a shared machine.
		const builds = await alternate(
			runs,
			async (run) => {
				progress(`${step}: our clean build ${run}/${runs} (check, Astro build, Pagefind index)`);
				const build = await measureBuild({ rootDir, contentDir, outDir: siteDir });
				progress(`${step}: ${describeBuild(build)}, wall ${seconds(build.wallMs)}`);
				return build;
			},
			starlight &&
				(async (run) => {
					progress(`${step}: Starlight ${starlight.version} clean build ${run}/${runs}`);
					const build = await buildStarlight(starlight, contentDir);
					progress(`${step}: Starlight: wall ${seconds(build.wallMs)}, CPU ${build.cpuMs === undefined ? '?' : seconds(build.cpuMs)}, largest process ${Math.round((build.peakRssLargestBytes ?? 0) / 1024 ** 2)} MiB, dist/ ${mb(build.distBytes)}`);
					return build;
				}),
		);
		// The build with the median wall clock stands for the size in the growth table.
		const middle = median(builds.ours.map((build) => build.wallMs))!;
		scale.push(builds.ours.reduce((a, b) => (Math.abs(b.wallMs - middle) < Math.abs(a.wallMs - middle) ? b : a)));
		if (starlight) {
			progress(`${step}: the heaviest document page on both sites in Chromium`);
			const page = await comparePages(siteDir, join(starlight.dir, 'dist'));
			const comparison = compareSides(size, starlight.version, builds.ours.map(oursFigures), builds.theirs.map(theirFigures), page);
			comparisons.push(comparison);
			progress(`${step}: ours / Starlight: wall ${ratio(comparison.ratios.wallMs)}, CPU ${ratio(comparison.ratios.cpuMs)}, largest process ${ratio(comparison.ratios.peakRssLargestBytes)}, dist/ ${ratio(comparison.ratios.distBytes)}, search index ${ratio(comparison.ratios.searchBytes)}, document page ${ratio(comparison.ratios.pageGzipBytes)}`);
		}

		if (size === searchSize && hasBrowser && !skip.has('search') && !skip.has('browser')) {
			progress(`${step}: search timings in Chromium`);
			const server = await serveSite(siteDir);
			const browser = await launchBrowser();
			try {
				search = { documents: size, timings: await measureSearch(browser, server.url) };
			} finally {
				await browser.close();
				await server.close();
			}
		}

		// An editor's change to one document, built again with the clean build's cache.
		const edited = written.find((file) => /^\d{4}-\d{4}\/.+\.md$/.test(file))!;
		const editedPath = join(contentDir, edited);
		const original = readFileSync(editedPath, 'utf8');
		if (!skip.has('rebuild')) {
			writeFileSync(editedPath, editedDocument(original, 1));
			progress(`${step}: rebuild after changing ${edited}`);
			const rebuild = await measureBuild({ rootDir, contentDir, outDir: siteDir, keepCache: true });
			const entry: Rebuild = { documents: size, cleanWallMs: middle, cleanCpuMs: median(builds.ours.flatMap((build) => (build.cpuMs === undefined ? [] : [build.cpuMs]))), rebuild };
			rebuilds.push(entry);
			progress(`${step}: rebuild: ${describeBuild(rebuild)}, ${rebuildShares(entry)}`);
			writeFileSync(editedPath, original);
		}
		if (!skip.has('check')) {
			// The first check after a clone or a changed rule reads every file; an editor's next checks
			// read only what changed (src/validation/check-cache.ts). Both are measured.
			rmSync(buildCacheDir(rootDir, contentDir), { recursive: true, force: true });
			const cold = await measureCheck(rootDir, contentDir);
			progress(`${step}: npm run check without its cache: ${seconds(cold.wallMs)} (CPU ${cold.cpuMs === undefined ? '?' : seconds(cold.cpuMs)})`);
			const wallMs: number[] = [];
			const cpuMs: (number | undefined)[] = [];
			for (let run = 1; run <= runs; run++) {
				const cost = await measureCheck(rootDir, contentDir);
				wallMs.push(cost.wallMs);
				cpuMs.push(cost.cpuMs);
			}
			checks.push({ documents: size, wallMs, cpuMs, cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs } });
			progress(`${step}: npm run check: ${wallMs.map(seconds).join(', ')} (CPU ${cpuMs.map((ms) => (ms === undefined ? '?' : seconds(ms))).join(', ')})`);
		}
		if (size === searchSize && !skip.has('dev')) {
			progress(`${step}: dev server, saving ${edited} three times`);
			const address = `/${edited.replace(/\.md$/, '')}/`;
			try {
				const timing = await measureDevChange({ rootDir, contentDir, document: edited, address });
				dev = { documents: size, ...timing };
				progress(`${step}: dev server: ready in ${seconds(timing.startMs)}, a saved change shown after ${timing.changeMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
			} catch (error) {
				// A dev server that never shows the change is a result too, and must not lose the rest of the run.
				dev = { skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
				progress(`${step}: dev server: ${dev.skipped}`);
			}
		}
		rmSync(siteDir, { recursive: true, force: true });
		rmSync(`${siteDir}.cache`, { recursive: true, force: true });
		rmSync(contentDir, { recursive: true, force: true });
		rmSync(buildCacheDir(rootDir, contentDir), { recursive: true, force: true });
	}

	const results: BenchResults = {
		generatedAt: new Date().toISOString(),
		machine: info,
		seed,
		periods,
		runs,
		real,
		scale,
		search,
		starlight: starlight ? comparisons : { skipped: 'skipped (--skip starlight)' },
		rebuilds,
		editorLoop: { check: checks, dev },
	};
	writeResults(results);
} finally {
	rmSync(corpusRoot, { recursive: true, force: true });
	rmSync(workDir, { recursive: true, force: true });
}
