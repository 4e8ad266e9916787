// Every `run:` step of every job in .github/workflows/ either passes here, in a fresh clone of the
// committed HEAD that holds only the repository (no folder beside it), with CI=true and
// GITHUB_ACTIONS=true as on GitHub, or this test names the step and says why it cannot run here.
//
// Each distinct command is proven once, not once per job:
// - `npm test` is not run inside the clone: it would run this test again (a recursion) and take the
//   whole suite's time twice. It is proven by .ci/run, which CI runs on a clean clone of the
//   repository with CI=true: the test below holds the test job to exactly .ci/run's commands (the same
//   Debian packages, then `npm ci`, then `npm test`), and runs every other step of that job here.
// - The other commands (`npm ci`, `npm run check`, both builds, the shell steps) run here, one after
//   the other in one clone, as a job runs them. On GitHub each job starts from a checkout of its own;
//   here a later job finds what an earlier one left, which `npm ci` (it deletes node_modules/ first)
//   and the build (all or nothing, into a fresh dist/) do not depend on.
// - The Quick start (`npm install && npm start`) runs in a second fresh clone of its own, as an editor
//   runs it, side by side with the workflow's steps: each install is a full one (36 s of CPU on an idle
//   machine, most of it npm unpacking 700 packages), and one after the other they were the suite's longest
//   path. Each still proves its own command from a fresh clone: neither finds what the other installed.
// - The `uses:` steps are GitHub's own actions and run only on GitHub; each is named below with what
//   stands in for it here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { startSite } from '../helpers/start-process.ts';
import { buildCacheDir } from '../../src/build-cache.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	env?: Record<string, string>;
	with?: Record<string, unknown>;
}
interface Job {
	container?: { image: string };
	steps: Step[];
}

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
// A worktree's clone starts on its branch; each clone is pinned to the exact commit the repository is at.
const HEAD = git(ROOT, ['rev-parse', 'HEAD']).stdout.trim();

/**
 * A fresh clone: a folder of its own inside a temporary one, with nothing beside it (no ../shared),
 * and a global git configuration of its own beside that folder, as a runner has. What it holds is
 * read at once, before any step runs in it.
 */
function freshClone(prefix: string) {
	const work = mkdtempSync(join(tmpdir(), prefix));
	const dir = join(work, 'socialaftale');
	afterAll(() => rm(work, { recursive: true, force: true }), 120_000);
	const cloned = git(work, ['clone', '--quiet', ROOT, dir]);
	if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
	git(dir, ['checkout', '--quiet', '--detach', HEAD]);
	const gitGlobal = join(work, 'gitconfig');
	return {
		dir,
		gitGlobal,
		noUserNpmrc: join(work, 'no-user-npmrc'),
		asCloned: { beside: readdirSync(work), head: git(dir, ['rev-parse', 'HEAD']).stdout.trim(), status: git(dir, ['status', '--porcelain']).stdout },
	};
}
/** Where the workflows' steps run. */
const ci = freshClone('fresh-clone-');
const CLONE = ci.dir;
/** Where the Quick start runs. */
const quick = freshClone('quick-start-');

const WORKFLOWS = join(CLONE, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();
const jobs = workflowFiles.flatMap((file) => {
	const { jobs } = parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as { jobs: Record<string, Job> };
	return Object.entries(jobs).map(([id, job]) => ({ file, id, job }));
});
const runSteps = jobs.flatMap(({ file, id, job }) => job.steps.filter((step) => step.run).map((step) => ({ file, job: id, step })));

// What GitHub would put in the `${{ }}` expressions the steps use, for a repository whose Pages site
// is a project site, the default for a new repository: its address has the repository's path.
const REPOSITORY = 'nordjylland/socialaftale';
const EXPRESSIONS: Record<string, string> = {
	'github.server_url': 'https://github.com',
	'github.repository': REPOSITORY,
	'github.ref_name': 'main',
	'steps.pages.outputs.base_url': 'https://nordjylland.github.io/socialaftale',
};
const EDIT_URL = `https://github.com/${REPOSITORY}/edit/main/`;

function expand(value: string): string {
	return value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
		if (!(expression in EXPRESSIONS)) throw new Error(`no stand-in for \${{ ${expression} }}: add one to EXPRESSIONS`);
		return EXPRESSIONS[expression]!;
	});
}

// A runner's environment: this machine's, less what npm and vitest set for the outer `npm test`
// (its npm_* settings, node_modules/.bin on PATH, NODE_ENV=test) and less the site's configuration,
// with GitHub's own variables and a global git configuration of its own, as a runner has.
function runnerEnv(clone: { dir: string; gitGlobal: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(npm_|VITEST|NODE_ENV$|TEST$|INIT_CWD$|SITE_)/.test(key)) continue;
		env[key] = value;
	}
	env.PATH = (process.env.PATH ?? '')
		.split(delimiter)
		.filter((entry) => !entry.startsWith(ROOT) && !entry.includes('node-gyp-bin'))
		.join(delimiter);
	return { ...env, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: clone.dir, GIT_CONFIG_GLOBAL: clone.gitGlobal, ...extra };
}

interface StepResult {
	status: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	error?: Error;
}

/**
 * Runs a step's script the way GitHub runs `run:` on Linux: bash without profiles, -e, pipefail; in
 * a process of its own, so the two clones' steps run side by side. Killed after `timeout` ms.
 */
function runStep(clone: { dir: string; gitGlobal: string }, script: string, env: Record<string, string> = {}, timeout = 590_000): Promise<StepResult> {
	return new Promise((resolvePromise) => {
		const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
			cwd: clone.dir,
			env: runnerEnv(clone, env),
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout,
		});
		let stdout = '';
		let stderr = '';
		let error: Error | undefined;
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', (failure) => (error = failure));
		child.on('close', (status, signal) => resolvePromise({ status, signal, stdout, stderr, error }));
	});
}
const report = (result: StepResult) =>
	`exit ${result.status}${result.signal ? ` (${result.signal})` : ''}${result.error ? ` (${result.error.message})` : ''}\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`;

// .ci/run: the Debian packages it installs and the npm commands it runs, in order.
const ciRun = readFileSync(join(CLONE, '.ci/run'), 'utf8')
	.split('\n')
	.filter((line) => !line.trim().startsWith('#'));
const aptPackages = (text: string) =>
	[...text.matchAll(/apt-get install ([^\n&;|]+)/g)].flatMap((match) => match[1]!.trim().split(/\s+/).filter((word) => !word.startsWith('-')));
const ciRunPackages = aptPackages(ciRun.join('\n')).sort();
const ciRunNpm = ciRun.map((line) => line.trim()).filter((line) => /^npm /.test(line));

/** How each `run:` step is proven: by running it here, or by .ci/run, which CI runs. */
function proofOf(step: Step): 'here' | 'ci-run' {
	if (/apt-get install/.test(step.run!) || step.run === 'npm test') return 'ci-run';
	return 'here';
}

const stepEnv = (step: Step) => Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(String(value))]));
// The plan, made before any test runs so that each test's name says how its step is proven: run
// here, the same command in the same environment as a step run before it, or by .ci/run.
const firstRun = new Map<string, string>();
const plan = runSteps.map(({ file, job, step }) => {
	const where = `${file} › ${job} › ${step.name ?? step.run}`;
	if (proofOf(step) === 'ci-run') return { where, file, job, step, how: 'proven by .ci/run, which CI runs on a clean clone', run: false };
	const key = JSON.stringify([step.run, stepEnv(step)]);
	const earlier = firstRun.get(key);
	if (earlier) return { where, file, job, step, how: `the same as ${earlier}, run above`, run: false };
	firstRun.set(key, `${file} › ${job}`);
	return { where, file, job, step, how: 'runs here', run: true };
});

// Both clones start at once, when the file is loaded, and each test awaits what it checks. The
// Quick start: `npm install` as an editor runs it, with npm as it comes (no user settings: this
// machine's own leave registry addresses out of lockfiles, which the project's .npmrc must do for
// everyone).
const quickInstall = runStep(quick, 'npm install', { NPM_CONFIG_USERCONFIG: quick.noUserNpmrc });
// The workflows' steps that run here, one after the other in their clone, in the workflows' order;
// a step that fails does not stop the next, so every failing step is named.
const stepResults = new Map<number, Promise<StepResult>>();
plan.reduce<Promise<unknown>>((previous, entry, index) => {
	if (!entry.run) return previous;
	const result = previous.then(() => runStep(ci, entry.step.run!, stepEnv(entry.step)));
	stepResults.set(index, result);
	return result;
}, Promise.resolve());
// Registered after the clones' own afterAll, so it runs before them: no clone is removed while a
// step still runs in it (a test that failed early leaves its steps running).
afterAll(() => Promise.allSettled([quickInstall, ...stepResults.values()]), 600_000);

describe.each([
	['the workflows’ steps', ci],
	['the Quick start', quick],
] as const)('a fresh clone of the committed HEAD for %s', (_, clone) => {
	test('holds only the repository, at the commit the repository is at, with nothing beside it', () => {
		expect(clone.asCloned.beside).toEqual(['socialaftale']);
		expect(clone.asCloned.head).toBe(HEAD);
		expect(clone.asCloned.status).toBe('');
	});
});

describe('the Quick start in its fresh clone', () => {
	// The lockfile is committed as npm writes it, so a fresh install changes nothing that git tracks
	// (before, it added 216 lines of other platforms' bindings).
	test('npm install, as the Quick start says, leaves git status clean', { timeout: 600_000 }, async () => {
		const result = await quickInstall;
		expect(result.status, report(result)).toBe(0);
		expect(git(quick.dir, ['status', '--porcelain']).stdout).toBe('');
	});

	test('npm start serves the site it built, at the address it prints, until Ctrl+C', { timeout: 120_000 }, async () => {
		const site = await startSite('npm', ['start', '--', '--port', '4500'], { cwd: quick.dir, env: runnerEnv(quick) });
		try {
			expect(site.output()).toContain('Tryk Ctrl+C for at stoppe.');
			const page = await fetch(`${site.url}/`, { signal: AbortSignal.timeout(10_000) });
			expect(await page.text()).toContain(`<link rel="canonical" href="${site.url}/">`);
			// npm itself ends on the terminal's SIGINT as any program does; the script it ran stops its server.
			const ended = await site.interrupt();
			expect(ended.code === 0 || ended.signal === 'SIGINT', site.output()).toBe(true);
			expect(site.output()).toContain('Sitet er stoppet.');
		} finally {
			site.kill();
		}
	});
});

describe('the workflows’ steps in their fresh clone', () => {
	test.each(plan.map((entry, index) => [`${entry.where}: ${entry.how}`, index] as const))(
		'%s',
		{ timeout: 600_000 },
		async (_, index) => {
			const { file, job, step, run } = plan[index]!;
			if (proofOf(step) === 'ci-run') {
				// GitHub runs this job's tests in Debian 12 (bookworm), the system CI's machines run .ci/run
				// on: the same packages from the same archive, then the same npm commands.
				const jobSteps = jobs.find((entry) => entry.file === file && entry.id === job)!.job;
				expect(jobSteps.container?.image).toMatch(/-bookworm$/);
				const packages = aptPackages(jobSteps.steps.map((entry) => entry.run ?? '').join('\n')).sort();
				expect(packages, `${file}: job ${job} installs what .ci/run installs`).toEqual(ciRunPackages);
				const npm = jobSteps.steps.map((entry) => entry.run ?? '').filter((run) => /^npm /.test(run));
				expect(npm, `${file}: job ${job} runs what .ci/run runs`).toEqual(ciRunNpm);
				return;
			}
			if (!run) return;
			const result = await stepResults.get(index)!;
			expect(result.status, report(result)).toBe(0);
		},
	);

	test('the install steps left git status clean, and the build the folder the Pages upload takes', () => {
		expect(git(CLONE, ['status', '--porcelain']).stdout).toBe('');
		const upload = jobs.flatMap(({ job }) => job.steps).find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
		expect(existsSync(join(CLONE, String(upload!.with!.path), 'index.html'))).toBe(true);
	});

	test('the deployed build has edit links into the repository and each page’s date from git', () => {
		const pages = readdirSync(join(CLONE, 'dist'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('index.html'));
		const provenance = pages.flatMap((path) => {
			const html = readFileSync(join(CLONE, 'dist', path), 'utf8');
			const match = /<div class="page-provenance"[^>]*><p>[^<]*<time datetime="([^"]+)">.*?href="([^"]+)"/.exec(html);
			return match ? [{ date: match[1]!, href: match[2]! }] : [];
		});
		expect(provenance.length).toBeGreaterThan(0);
		for (const { date, href } of provenance) {
			expect(href.startsWith(EDIT_URL), href).toBe(true);
			const file = decodeURIComponent(href.slice(EDIT_URL.length));
			expect(existsSync(join(CLONE, file)), file).toBe(true);
			expect(date, file).toBe(git(CLONE, ['log', '-1', '--format=%cI', '--', file]).stdout.trim());
		}
	});
});

describe('a pull request that commits a build cache, in the same clone after its builds', () => {
	/**
	 * Runs `check` while a file in the ignored cache folder `folder` is added with --force, as a pull
	 * request can carry it: the build's cache under .build/, or the dev server's data store in .astro/.
	 */
	async function withCommittedCache(folder: string, check: (name: string) => Promise<void>) {
		const name = relative(CLONE, folder);
		const file = join(name, 'fra-en-pull-request.html');
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(CLONE, file), '<script>alert(1)</script>');
		expect(git(CLONE, ['add', '--force', file]).status).toBe(0);
		try {
			await check(name);
		} finally {
			git(CLONE, ['rm', '--quiet', '--cached', file]);
			rmSync(join(CLONE, file), { force: true });
		}
	}

	test('is refused by npm run build in Danish, before Astro starts, and the site built before stays', { timeout: 120_000 }, async () => {
		const site = readFileSync(join(CLONE, 'dist/index.html'));
		await withCommittedCache(buildCacheDir(CLONE, join(CLONE, 'content')), async (name) => {
			const result = await runStep(ci, 'npm run build');
			const output = `${result.stdout}\n${result.stderr}`;
			expect(result.status, report(result)).not.toBe(0);
			expect(output).toContain(`${name}: mappen er lagt i git, men den er et mellemlager`);
			expect(output).toContain(`git rm -r --cached ${name}`);
			// Astro's own refusal (its hook) would come first with an English line.
			expect(output).not.toMatch(/unhandled error|astro:config:done/i);
			expect(readFileSync(join(CLONE, 'dist/index.html')).equals(site)).toBe(true);
		});
	});

	test('is refused by npm run dev with the problem alone, in Danish, before the preview starts', { timeout: 120_000 }, async () => {
		// The preview keeps its data store in .astro/; it reads nothing of .build/ that git tracks (the
		// check's cache and the rendered HTML are refused there on their own).
		await withCommittedCache(join(CLONE, '.astro'), async (name) => {
			// exec: should the preview start after all, the step's time limit stops npm, and npm its server.
			const result = await runStep(ci, 'exec npm run dev -- --port 4620', {}, 60_000);
			expect(result.status, report(result)).toBe(1);
			// What the preview printed on stderr; npm's own lines, should this npm print any on a failed script, aside.
			const printed = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm '));
			expect(printed).toEqual([`${name}: mappen er lagt i git, men den er et mellemlager, som kun den maskine, der bygger, må skrive. Fjern den fra ændringen (git rm -r --cached ${name}) og byg igen`, '1 fejl fundet. Ret den, og kør kommandoen igen.']);
			expect(result.stdout).not.toMatch(/\[(?:ERROR|WARN)\]|localhost:4620/);
		});
	});
});

// GitHub's own actions run only on GitHub. Each one the workflows use is named here with what stands in
// for it in this test, so a new action cannot be added without saying how it is covered.
const ACTIONS: Record<string, string> = {
	'actions/checkout': 'the git clone above (the whole history, as fetch-depth: 0 asks)',
	'actions/setup-node': 'none needed: the node package brings Node 24, as .nvmrc asks (tests/repository/node-version.test.ts)',
	'actions/configure-pages': 'needs the repository’s Pages settings on GitHub; its outputs are stood in for by EXPRESSIONS',
	'actions/upload-pages-artifact': 'uploads to GitHub; the folder it uploads is checked above',
	'actions/deploy-pages': 'publishes on GitHub Pages, which exists only there',
};

describe('the steps that cannot run here', () => {
	test.each(jobs.flatMap(({ file, id, job }) => job.steps.filter((step) => step.uses).map((step) => [`${file} › ${id} › ${step.uses!.split('@')[0]}`, step.uses!.split('@')[0]!] as const)))(
		'%s runs only on GitHub',
		(_, action) => {
			expect(ACTIONS[action], `say what stands in for ${action} here`).toBeDefined();
		},
	);

	test('leave out of the run: steps only npm test and the Debian packages it needs, which .ci/run proves', () => {
		expect(plan.filter((entry) => proofOf(entry.step) === 'ci-run').map((entry) => [entry.file, entry.job, entry.step.run!.split(' ')[0]])).toEqual([
			['ci.yml', 'test', 'apt-get'],
			['ci.yml', 'test', 'npm'],
		]);
	});
});
