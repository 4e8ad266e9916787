// The sites the site tests read, each built once per run with `npm run build`'s own script. The
// global setup (build-site.ts) starts them all at once, as many side by side as the machine has
// cores, and returns without waiting, so the other projects' tests run while they build; a test
// file waits only for the builds it reads (`await testBuild(name)`), and every site test file waits
// for the real site and the behaviour fixture (wait-for-builds.ts, the project's setup file).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { runLimited } from './run-limited.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build date the test sites are built with, so status wording is checked against a known day. */
export const TEST_BUILD_DATE = '2026-06-01';
/** The public address the test site is built for, as a deployment sets it (reserved .example domain). */
export const TEST_SITE_URL = 'https://socialaftale.example';
/** Where the test site says its files can be edited, as a deployment configures it. */
export const TEST_EDIT_URL = 'https://git.example/socialaftale/edit/main/';
/** The public address with a path that the site under a path is built for (a GitHub Pages project site). */
export const TEST_PATH_SITE_URL = 'https://owner.example/socialaftale';
/**
 * The content the site's behaviour is tested on: fictional periods and documents made for the tests,
 * so no behaviour test depends on what the real content/ holds today.
 */
export const FIXTURE_CONTENT = resolve(ROOT, 'tests/fixtures/sites/behaviour');
const FIXTURES = resolve(ROOT, 'tests/fixtures/sites');
/** Where the real site is built for the tests, apart from a developer's dist/. */
export const TEST_SITE = '.build/test-site';
/** Where the fixture site is built, apart from the real one. */
export const TEST_FIXTURE_SITE = '.build/test-fixture-site';

/** As a deployment builds: with its public address and its edit links. */
const DEPLOYED = { SITE_BUILD_DATE: TEST_BUILD_DATE, SITE_URL: TEST_SITE_URL, SITE_EDIT_URL: TEST_EDIT_URL };
/** As a developer's local build: no public address or repository configured. */
const local = (buildDate = TEST_BUILD_DATE) => ({ SITE_BUILD_DATE: buildDate, CI: '', SITE_URL: '', SITE_EDIT_URL: '' });

interface BuildSpec {
	/** The content folder, or how to make it in a folder of the run's own (outside the repository). */
	content: string | ((dir: string) => void | Promise<void>);
	/** Where the site goes: under the repository's .build/ when given, else in the run's folder. */
	out?: string;
	env: Record<string, string>;
}

/** Every shared build, in the order they start: the two that every site test reads come first. */
const BUILDS = {
	/** The real content, as deployed. */
	site: { content: resolve(ROOT, 'content'), out: TEST_SITE, env: DEPLOYED },
	/** The behaviour fixture, built the same way with the same settings, only from the fixture content. */
	fixture: { content: FIXTURE_CONTENT, out: TEST_FIXTURE_SITE, env: DEPLOYED },
	/**
	 * The three-period fixture as a developer builds it locally, from a copy outside the repository: no
	 * git history, so "Sidst opdateret" says "ikke registreret" and two builds can be compared byte for byte.
	 */
	'three-periods': { content: (dir: string) => cpSync(join(FIXTURES, 'three-periods'), dir, { recursive: true }), env: local() },
	/** The same content for an address with a path, as GitHub Pages serves a project site. */
	'three-periods-under-path': {
		content: (dir: string) => cpSync(join(FIXTURES, 'three-periods'), dir, { recursive: true }),
		env: { ...local(), SITE_URL: `${TEST_PATH_SITE_URL}/` },
	},
	/** The reading fixture on a day inside its newest period, which has no vision. */
	'reading-2025-03-01': { content: join(FIXTURES, 'reading'), env: local('2025-03-01') },
	/** The reading fixture on a day after every period. */
	'reading-2027-06-01': { content: join(FIXTURES, 'reading'), env: local('2027-06-01') },
	/** More documents than the real content has, from the benchmark's generator (24 over 2 periods). */
	'many-documents': {
		// Imported when the build is made: every site test file imports this module (its setup file
		// waits for builds), and the generator reads the real content with the whole content check.
		content: async (dir: string) => {
			const [{ generateCorpus }, { readSourceText }] = await Promise.all([import('../../scripts/bench/corpus.ts'), import('../../scripts/bench/source-text.ts')]);
			generateCorpus({ documents: 24, periods: 2, seed: 7, outDir: dir }, readSourceText(join(ROOT, 'content'), ROOT));
		},
		env: { SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '' },
	},
} satisfies Record<string, BuildSpec>;

export type TestBuildName = keyof typeof BUILDS;
/** Every shared build's name. */
export const TEST_BUILD_NAMES = Object.keys(BUILDS) as TestBuildName[];

/** Where one shared build's content and site are. */
export interface TestBuildPaths {
	content: string;
	out: string;
}

/** What the global setup provides: each build's paths, and the folder where it reports each build done. */
export interface TestBuildsContext {
	builds: Record<TestBuildName, TestBuildPaths>;
	reports: string;
}

/** How a finished build went, written by the global setup as `<reports>/<name>.json`. */
interface BuildReport {
	status: number | null;
	stdout: string;
	stderr: string;
	seconds: number;
}

/**
 * Starts the builds, at most one per core at a time, each after making its content. Returns at
 * once with the paths, and `stop`, which starts no further build, waits for the running ones to end
 * and removes the run's folder.
 */
export function startTestBuilds(): { context: TestBuildsContext; stop: () => Promise<void> } {
	const work = mkdtempSync(join(tmpdir(), 'socialaftale-test-builds-'));
	const reports = join(work, 'reports');
	mkdirSync(reports);
	const builds = {} as Record<TestBuildName, TestBuildPaths>;
	for (const [name, spec] of Object.entries(BUILDS) as [TestBuildName, BuildSpec][]) {
		const content = typeof spec.content === 'string' ? spec.content : join(work, name, 'content');
		const out = spec.out ? resolve(ROOT, spec.out) : join(work, name, 'site');
		// The build renames its staging folder to `out`, so the folder around it must exist.
		mkdirSync(dirname(out), { recursive: true });
		builds[name] = { content, out };
	}
	let stopped = false;
	const running = runLimited(TEST_BUILD_NAMES, async (name) => {
		if (stopped) return;
		const report = await prepared(BUILDS[name], builds[name].content).then(
			() => runBuild(builds[name], BUILDS[name].env),
			(error: Error): BuildReport => ({ status: null, stdout: '', stderr: `the content could not be made: ${error.stack ?? error.message}`, seconds: 0 }),
		);
		// Written whole, then renamed, so a test file waiting for it never reads half a report.
		writeFileSync(join(reports, `${name}.json.part`), JSON.stringify(report));
		renameSync(join(reports, `${name}.json.part`), join(reports, `${name}.json`));
		console.log(`test build ${name}: ${report.status === 0 ? 'built' : 'FAILED'} in ${report.seconds.toFixed(1)} s`);
	});
	const stop = async () => {
		stopped = true;
		await Promise.all(running.values());
		rmSync(work, { recursive: true, force: true });
	};
	return { context: { builds, reports }, stop };
}

/** Makes a build's content in its folder, when the spec says how. */
async function prepared(spec: BuildSpec, dir: string): Promise<void> {
	if (typeof spec.content === 'function') await spec.content(dir);
}

function runBuild({ content, out }: TestBuildPaths, env: Record<string, string>): Promise<BuildReport> {
	const started = performance.now();
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', (error) => (stderr += `\n${error.message}`));
		child.on('close', (status) => resolvePromise({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
	});
}

/**
 * Waits until the shared build `name` has finished and returns its paths and what the build printed;
 * throws with that output if it failed. For test files of a project whose global setup is build-site.ts.
 */
export async function testBuild(name: TestBuildName): Promise<TestBuildPaths & Pick<BuildReport, 'stdout' | 'stderr'>> {
	const { builds, reports } = inject('testBuilds');
	const file = join(reports, `${name}.json`);
	while (!existsSync(file)) await sleep(200);
	const report = JSON.parse(readFileSync(file, 'utf8')) as BuildReport;
	if (report.status !== 0) throw new Error(`the test build ${name} failed (exit ${report.status}):\n${report.stdout}\n${report.stderr}`);
	return { ...builds[name], stdout: report.stdout, stderr: report.stderr };
}

declare module 'vitest' {
	export interface ProvidedContext {
		testBuilds: TestBuildsContext;
	}
}
