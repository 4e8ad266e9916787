// The CMS at /admin/ as an editor uses it, end to end: in Chromium, against decap-server (the CMS's
// own local proxy, from npm) in its git mode on a temporary clone of the fixture content. Saving
// goes through the editorial workflow: the proxy commits to a branch cms/<collection>/<slug>, as
// the GitHub backend opens a pull request from one; the test then merges it, as GitHub does when
// the pull request is merged, checks the file with the content check and builds the site from it.
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DEFAULT_LOCAL_BACKEND } from '../../src/cms/cms-config.ts';
import { contentYaml } from '../../src/content-source/content-yaml.ts';
import { splitFrontmatter } from '../../src/content-source/frontmatter.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { FIXTURE_CONTENT, ROOT } from '../helpers/build-site.ts';

// A period of the fixture content with approved focus areas: 'alderdom' is "Den trygge alderdom".
const PERIOD = '2025-2026';
const COLLECTION = `dokumenter-${PERIOD}`;
// The CMS names the file from the title as Decap slugs it (ø -> o).
const TITLE = 'Referat fra rådets møde i maj';
const SLUG = 'referat-fra-radets-mode-i-maj';
const FILE = `content/${PERIOD}/${SLUG}.md`;
const BRANCH = `cms/${COLLECTION}/${SLUG}`;

const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Redaktør', GIT_AUTHOR_EMAIL: 'redaktoer@example.invalid', GIT_COMMITTER_NAME: 'Redaktør', GIT_COMMITTER_EMAIL: 'redaktoer@example.invalid' };

describe.skipIf(!hasBrowser)('the CMS at /admin/, against decap-server on a git clone', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });
	let repo: string;
	let proxy: ChildProcess | undefined;
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });

	beforeAll(async () => {
		repo = mkdtempSync(join(tmpdir(), 'cms-repo-'));
		cpSync(FIXTURE_CONTENT, join(repo, 'content'), { recursive: true });
		git('init', '--quiet', '--initial-branch=main');
		git('add', '.');
		git('commit', '--quiet', '--message', 'Indhold');
		const port = new URL(DEFAULT_LOCAL_BACKEND).port;
		proxy = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
			cwd: repo,
			env: { ...process.env, ...GIT_IDENTITY, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: port, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		// Ready when it answers the CMS's first question; an address already in use is said plainly.
		const exited = new Promise<never>((_, reject) => proxy!.once('exit', (code) => reject(new Error(`decap-server stopped (${code}); is port ${port} in use?`))));
		const ready = (async () => {
			for (;;) {
				try {
					const response = await fetch(DEFAULT_LOCAL_BACKEND.replace('localhost', '127.0.0.1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
					if (response.ok) return;
				} catch {
					// not listening yet
				}
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		})();
		await Promise.race([ready, exited]);
	});

	afterAll(() => {
		proxy?.kill();
		if (repo) rmSync(repo, { recursive: true, force: true });
	});

	/** Opens a new document's form in the period's collection, signed in to the local proxy. */
	async function openNewDocument() {
		const page = session.page();
		await page.goto(session.url('/admin/'));
		await page.getByRole('button', { name: 'Log ind' }).click();
		await page.goto(session.url(`/admin/#/collections/${COLLECTION}/new`));
		await page.getByLabel('Titel', { exact: true }).waitFor();
		return page;
	}

	test('the page says what it is, is not indexed, and has a policy of its own', async () => {
		const page = session.page();
		const response = await page.goto(session.url('/admin/'));
		const html = await response!.text();
		expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
		expect(html).toMatch(/<h1>Redigering af Nordjysk Socialaftale<\/h1>/);
		expect(html).not.toContain('data-pagefind-body');
		// The header the test server sends is /admin/'s own block of _headers, not the site's.
		expect(response!.headers()['content-security-policy']).toContain("connect-src 'self' blob: https://api.github.com http://localhost:8081");
		// Nothing is loaded from anywhere but the site (and the local proxy).
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== new URL(session.url('/')).origin && url.origin !== new URL(DEFAULT_LOCAL_BACKEND).origin && url.protocol !== 'blob:' && url.protocol !== 'data:') foreign.push(request.url());
		});
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/.test(message.text())) violations.push(message.text());
		});
		await page.reload();
		await page.getByRole('button', { name: 'Log ind' }).waitFor();
		expect(foreign).toEqual([]);
		expect(violations).toEqual([]);
	});

	test('a required field left empty, or a date in the wrong form, is refused in the form and nothing is saved', async () => {
		const page = await openNewDocument();
		await page.getByLabel('Dato', { exact: true }).fill('3.12.2019');
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect.poll(() => page.getByText('Titel er påkrævet', { exact: false }).count()).toBeGreaterThan(0);
		expect(await page.getByText('Skriv datoen som 2019-12-03, 2019-12 eller 2019, eller ukendt.').isVisible()).toBe(true);
		expect(git('branch', '--list', 'cms/*')).toBe('');
	});

	test('a document made in the form becomes a branch to merge, passes the check and is published', async () => {
		const page = await openNewDocument();
		await page.getByLabel('Titel', { exact: true }).fill(TITLE);
		await page.getByLabel('Dokumenttype').fill('Referat');
		await page.keyboard.press('Enter');
		await page.getByLabel('Dato', { exact: true }).fill('2025-05');
		await page.getByLabel('Udsteder').fill('ukendt');
		await page.getByLabel('Kildens titel').fill(TITLE);
		await page.getByLabel('Udgiver').fill('ukendt');
		await page.getByLabel(/^Fokusområder/).fill('Den trygge');
		await page.keyboard.press('Enter');
		await page.getByLabel('Resumé').fill('Et referat, som redaktionen har oprettet i redigeringsværktøjet.');
		await page.locator('[aria-label="markdown field"] [contenteditable], [aria-label="markdown field"] textarea').first().click();
		await page.keyboard.type('## Mødet\n\nRådet drøftede planerne.');
		await page.getByRole('button', { name: 'Gem' }).click();

		// Saved as a change to review: on its own branch, not yet on main.
		await expect.poll(() => git('branch', '--list', BRANCH).trim(), { timeout: 20_000 }).toBe(BRANCH);
		expect(existsSync(join(repo, FILE))).toBe(false);
		const text = git('show', `${BRANCH}:${FILE}`);
		const split = splitFrontmatter(text);
		if ('error' in split) throw new Error(split.error);
		// Written in the house style of npm run new, so nothing in it would change if written again.
		expect(`${contentYaml(parse(split.yaml)).trimEnd()}`).toBe(split.yaml);
		expect(parse(split.yaml)).toEqual({
			title: TITLE,
			kind: 'referat',
			date: '2025-05',
			issuer: 'ukendt',
			source: { title: TITLE, publisher: 'ukendt' },
			focusAreas: ['alderdom'],
			summary: 'Et referat, som redaktionen har oprettet i redigeringsværktøjet.',
		});

		// The pull request is merged.
		git('merge', '--quiet', '--no-ff', '--message', 'Flet', BRANCH);
		const problems = checkContent({ contentDir: join(repo, 'content'), rootDir: repo }).problems;
		expect(problems.map(formatProblem)).toEqual([]);

		const out = mkdtempSync(join(tmpdir(), 'cms-site-'));
		try {
			const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', join(repo, 'content'), '--out', out], {
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...process.env, CI: '', SITE_URL: '', SITE_EDIT_URL: '' },
			});
			expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
			const html = readFileSync(join(out, PERIOD, SLUG, 'index.html'), 'utf8');
			expect(html).toContain(TITLE);
			expect(html).toContain('Rådet drøftede planerne.');
			expect(readFileSync(join(out, PERIOD, 'index.html'), 'utf8')).toContain(`/${PERIOD}/${SLUG}/`);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 180_000);
});
