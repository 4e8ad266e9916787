// The GitHub automation must run the README's own commands, with pinned actions, minimal
// permissions and timeouts: checked here, because CI configuration is otherwise only tested on GitHub.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = join(ROOT, '.github/workflows');

interface Step {
	uses?: string;
	run?: string;
	name?: string;
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

	test.each(files)('%s runs only npm commands the README documents', (name) => {
		const commands = runs(name);
		expect(commands.length).toBeGreaterThan(0);
		expect(commands.filter((command) => !readmeCommands.has(command))).toEqual([]);
	});

	// `npm ci` installs exactly the committed lockfile and fails when package.json disagrees with it,
	// so a job never tests other versions than the ones committed; `npm install` would quietly resolve.
	test.each(files)('%s installs with npm ci, first in every job that runs npm', (name) => {
		for (const [id, job] of Object.entries(workflow(name).jobs)) {
			const commands = job.steps.flatMap((step) => (step.run ? npmCommands(step.run) : []));
			if (commands.length === 0) continue;
			expect(commands[0], `${name}: job ${id}`).toBe('npm ci');
			expect(commands.filter((command) => command === 'npm install'), `${name}: job ${id}`).toEqual([]);
		}
	});

	test('the pull-request workflow runs the content check, the tests and the build, one job each', () => {
		const jobs = Object.values(workflow('ci.yml').jobs).map((job) => job.steps.flatMap((step) => (step.run ? npmCommands(step.run) : [])).filter((command) => command !== 'npm ci'));
		expect(jobs).toEqual([['npm run check'], ['npm test'], ['npm run build']]);
	});

	test('the test job installs Debian’s Chromium for the browser tests and Java for the HTML validator', () => {
		const steps = workflow('ci.yml').jobs.test!.steps.map((step) => step.run ?? '');
		const install = steps.find((run) => /apt-get install /.test(run)) ?? '';
		expect(install.split(/\s+/)).toEqual(expect.arrayContaining(['chromium', 'chromium-headless-shell', 'default-jre-headless']));
	});

	test('the deploy workflow builds with the Pages address and edit links into the repository, and deploys dist/', () => {
		const { build, deploy } = workflow('deploy.yml').jobs;
		const buildStep = build!.steps.find((step) => step.run === 'npm run build')!;
		expect(buildStep.env).toEqual({
			SITE_URL: '${{ steps.pages.outputs.base_url }}',
			SITE_EDIT_URL: '${{ github.server_url }}/${{ github.repository }}/edit/${{ github.ref_name }}/',
		});
		expect(build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
		expect(deploy!.needs).toBe('build');
		expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
	});

	// actions/checkout fetches one commit unless told otherwise, and then every page would say it was
	// last changed by the newest commit.
	test('the deploy build and the tests check out the whole history, for the "Sidst opdateret" dates', () => {
		const checkout = (job: Job) => job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
		expect(checkout(workflow('deploy.yml').jobs.build!)?.with?.['fetch-depth']).toBe(0);
		expect(checkout(workflow('ci.yml').jobs.test!)?.with?.['fetch-depth']).toBe(0);
	});
});

// The workflow files are checked against SchemaStore's JSON schema for GitHub workflows, which
// @action-validator/core ships compiled in (no download): a misspelt key or a wrong type fails here,
// not on GitHub after a merge.
describe('the GitHub Actions workflow schema', () => {
	test.each(files)('accepts %s', (name) => {
		const { actionType, errors } = validateWorkflow(text(name));
		expect(actionType).toBe('workflow');
		expect(errors).toEqual([]);
	});

	const withJobLine = (line: string) =>
		['on: push', 'jobs:', '  check:', '    runs-on: ubuntu-24.04', `    ${line}`, '    steps:', '      - run: npm ci', ''].join('\n');

	test('accepts a small workflow, so the rejections below are the schema’s and not the template’s', () => {
		expect(validateWorkflow(withJobLine('timeout-minutes: 10')).errors).toEqual([]);
	});

	test.each([
		['a misspelt job key', 'timeout-minute: 10'],
		['a timeout that is not a number', 'timeout-minutes: ten'],
		['an unknown permission level', 'permissions: { contents: reed }'],
	])('rejects a workflow with %s', (_, line) => {
		expect(validateWorkflow(withJobLine(line)).errors).not.toEqual([]);
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
