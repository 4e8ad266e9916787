// The GitHub automation must run the README's own commands, with pinned actions, minimal
// permissions and timeouts: checked here, because CI configuration is otherwise only tested on GitHub.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = join(ROOT, '.github/workflows');

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
	id?: string;
}
interface Job {
	'timeout-minutes'?: number;
	permissions?: Record<string, string>;
	steps: Step[];
	needs?: string | string[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: unknown;
	jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const text = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8');
const workflow = (name: string) => parse(text(name)) as Workflow;
const npmCommands = (source: string) => [...source.matchAll(/\bnpm (?:ci|install|test|start|run [\w:-]+)/g)].map((match) => match[0]);
const readmeCommands = new Set(npmCommands(readFileSync(join(ROOT, 'README.md'), 'utf8')));
const runs = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? npmCommands(step.run) : [])));

describe('workflows', () => {
	test('there is one for pull requests and one that deploys main', () => {
		expect(files.sort()).toEqual(['ci.yml', 'deploy.yml']);
		expect(Object.keys(workflow('ci.yml').on)).toContain('pull_request');
		expect(workflow('deploy.yml').on.push).toEqual({ branches: ['main'] });
	});

	test.each(files)('%s grants no permission at the top and only what each job needs', (name) => {
		const { permissions, jobs } = workflow(name);
		expect(permissions).toEqual({});
		for (const [id, job] of Object.entries(jobs)) {
			expect(job.permissions, `${name}: job ${id} has no permissions`).toBeDefined();
			expect(Object.values(job.permissions!).every((level) => level === 'read' || level === 'write'), `${name}: job ${id}`).toBe(true);
		}
	});

	test.each(files)('%s gives every job a timeout', (name) => {
		for (const [id, job] of Object.entries(workflow(name).jobs)) {
			expect(job['timeout-minutes'], `${name}: job ${id}`).toBeGreaterThan(0);
			expect(job['timeout-minutes'], `${name}: job ${id}`).toBeLessThanOrEqual(30);
		}
	});

	test.each(files)('%s pins every action to a full commit, with its version in a comment', (name) => {
		const uses = text(name)
			.split('\n')
			.filter((line) => /^\s*(?:- )?uses:/.test(line));
		expect(uses.length).toBeGreaterThan(0);
		expect(uses.filter((line) => !/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line))).toEqual([]);
	});

	test.each(files)('%s runs only npm commands the README documents, and never npm ci', (name) => {
		const commands = runs(name);
		expect(commands.length).toBeGreaterThan(0);
		expect(commands.filter((command) => !readmeCommands.has(command))).toEqual([]);
		expect(commands).not.toContain('npm ci');
	});

	test('the pull-request workflow runs the content check, the tests and the build, one job each', () => {
		const jobs = Object.values(workflow('ci.yml').jobs).map((job) => job.steps.flatMap((step) => (step.run ? npmCommands(step.run) : [])).filter((command) => command !== 'npm install'));
		expect(jobs).toEqual([['npm run check'], ['npm test'], ['npm run build']]);
	});

	test('the test job installs Debian’s Chromium for the browser tests', () => {
		const steps = workflow('ci.yml').jobs.test!.steps.map((step) => step.run ?? '');
		expect(steps.some((run) => /apt-get install .*chromium/.test(run))).toBe(true);
	});

	test('the deploy workflow builds with the Pages address and deploys dist/', () => {
		const { build, deploy } = workflow('deploy.yml').jobs;
		const buildStep = build!.steps.find((step) => step.run === 'npm run build')!;
		expect(buildStep.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.base_url }}' });
		expect(build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
		expect(deploy!.needs).toBe('build');
		expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
	});
});

describe('repository configuration', () => {
	test('dependency updates cover npm and the workflows’ actions, grouped', () => {
		const config = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
			updates: { 'package-ecosystem': string; groups?: object }[];
		};
		expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
		expect(config.updates.every((update) => update.groups && Object.keys(update.groups).length > 0)).toBe(true);
	});

	test('the pull-request template holds the editors’ checklist and points to the guide', () => {
		const path = join(ROOT, '.github/pull_request_template.md');
		expect(existsSync(path)).toBe(true);
		const template = readFileSync(path, 'utf8');
		expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
		expect(template).toContain('npm run check');
		expect(template).toContain('CONTRIBUTING.md');
	});
});
