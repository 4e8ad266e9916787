// The CMS at /admin/ as an editor uses it, end to end: in Chromium, against decap-server (the CMS's
// own local proxy, from npm) in its git mode on a temporary clone of the fixture content. Saving
// goes through the editorial workflow: the proxy commits to a branch cms/<collection>/<slug>, as
// the GitHub backend opens a pull request from one; the test then merges it, as GitHub does when
// the pull request is merged, checks the file with the content check and builds the site from it.
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DEFAULT_LOCAL_BACKEND } from '../../src/cms/cms-config.ts';
import { BODY_TEXTS } from '../../src/cms/field-texts.ts';
import { contentYaml } from '../../src/content-source/content-yaml.ts';
import { periodText } from '../../scripts/lib/scaffold.ts';
import { splitFrontmatter } from '../../src/content-source/frontmatter.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { axeViolations } from '../helpers/page-visit.ts';
import { FIXTURE_CONTENT, ROOT } from '../helpers/build-site.ts';
import { TEST_PATH_SITE_URL, testBuild } from '../helpers/test-builds.ts';

// A period of the fixture content with approved focus areas: 'alderdom' is "Den trygge alderdom".
const PERIOD = '2025-2026';
const COLLECTION = `dokumenter-${PERIOD}`;
// The CMS names the file from the title as npm run new does (å -> aa, ø -> oe), not as Decap would (ø -> o).
const TITLE = 'Referat fra rådets møde i maj';
const SLUG = 'referat-fra-raadets-moede-i-maj';
const FILE = `content/${PERIOD}/${SLUG}.md`;
const BRANCH = `cms/${COLLECTION}/${SLUG}`;

const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Redaktør', GIT_AUTHOR_EMAIL: 'redaktoer@example.invalid', GIT_COMMITTER_NAME: 'Redaktør', GIT_COMMITTER_EMAIL: 'redaktoer@example.invalid' };

describe.skipIf(!hasBrowser)('the CMS at /admin/, against decap-server on a git clone', () => {
	const session = useBrowserPage({ siteDir: inject('fixtureSiteDir') });
	let repo: string;
	let proxy: ChildProcess | undefined;
	// GIT_OPTIONAL_LOCKS=0: a `git status` here must not take the index lock while the proxy commits.
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...GIT_IDENTITY, GIT_OPTIONAL_LOCKS: '0' } });

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

	/**
	 * Opens `view` of the CMS (its address after '#'), signed in to the local proxy. The CMS is a large
	 * script to start on a shared machine, so its first screen gets more time than Playwright's default.
	 */
	async function openCms(view: string, site = session.url('/admin/')) {
		const page = session.page();
		const messages: string[] = [];
		page.on('console', (message) => messages.push(message.text().slice(0, 300)));
		page.on('requestfailed', (request) => messages.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
		page.on('response', (response) => {
			if (response.status() >= 400) messages.push(`${response.status()}: ${response.url()}`);
		});
		await page.goto(site);
		await page.getByRole('button', { name: 'Log ind' }).click({ timeout: 60_000 }).catch(async (error: Error) => {
			throw new Error(`${error.message}\nThe page said: ${(await page.locator('body').innerText()).slice(0, 500)}\nConsole: ${messages.join('\n')}`);
		});
		await page.goto(`${site}#${view}`);
		return page;
	}

	/**
	 * Waits until the CMS says the change is saved (its workflow status appears), then leaves the CMS,
	 * whose reads check branches out in the clone too, and returns `file` as saved on `branch`.
	 */
	async function saved(page: Page, branch: string, file: string): Promise<string> {
		await page.getByText(/^Status: /).first().waitFor({ timeout: 30_000 });
		await page.goto('about:blank');
		await expect.poll(() => git('rev-parse', '--abbrev-ref', 'HEAD').trim() === 'main' && git('status', '--porcelain') === '', { timeout: 30_000 }).toBe(true);
		return git('show', `${branch}:${file}`);
	}

	/** Opens a new document's form in the period's collection. */
	async function openNewDocument() {
		const page = await openCms(`/collections/${COLLECTION}/new`);
		await page.getByLabel('Titel', { exact: true }).waitFor({ timeout: 30_000 });
		return page;
	}

	// Decap's screens are its own markup: the collection list has a main landmark of its own, while
	// the login screen and the form have none and no h1, so a landmark of ours around the CMS would
	// nest one main in another there. The three rules that ask for landmarks and an h1 are axe's best
	// practice, not WCAG success criteria; every other rule, WCAG 2.2 AA's included, must pass.
	const DECAP_STRUCTURE = new Set(['region', 'landmark-one-main', 'page-has-heading-one']);
	const failures = async (page: Page) => (await axeViolations(page)).filter((line) => !DECAP_STRUCTURE.has(line.split(' ')[0]!));

	test('the screens an editor passes through fail none of axe’s checks but for Decap’s landmarks', { timeout: 180_000 }, async () => {
		const page = session.page();
		await page.goto(session.url('/admin/'));
		await page.getByRole('button', { name: 'Log ind' }).waitFor({ timeout: 60_000 });
		expect(await failures(page), 'the login screen').toEqual([]);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await page.goto(session.url(`/admin/#/collections/${COLLECTION}`));
		await page.locator('[class*="CollectionTopDescription"]').waitFor({ timeout: 30_000 });
		await page.locator('[class*="LoaderItem"]').waitFor({ state: 'detached', timeout: 30_000 });
		expect(await failures(page), 'the collection list').toEqual([]);
		await page.goto(session.url(`/admin/#/collections/${COLLECTION}/new`));
		// The text's editor: named by its field's label (src/cms/editor-names.ts), which Decap ends with
		// "(kan udelades)" for a field that may be left empty.
		await page.getByRole('textbox', { name: new RegExp(`^${BODY_TEXTS.document.label}`) }).waitFor({ timeout: 30_000 });
		expect(await failures(page), 'the new document’s form').toEqual([]);
	});

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
		await page.getByRole('button', { name: 'Log ind' }).waitFor({ timeout: 60_000 });
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
		const text = await saved(page, BRANCH, FILE);
		expect(() => git('show', `main:${FILE}`)).toThrow();
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

	test('a new period is written where npm run new writes it, as npm run new writes it', async () => {
		const page = await openCms('/collections/perioder/new');
		await page.getByLabel('Periode', { exact: true }).fill('2029-2030');
		await page.getByLabel('Titel', { exact: true }).fill('Nordjysk Socialaftale 2029-2030');
		await page.getByLabel('Første år').fill('2029');
		await page.getByLabel('Sidste år').fill('2030');
		await page.getByRole('button', { name: 'Gem' }).click();
		const scaffolded = periodText({ id: '2029-2030', title: 'Nordjysk Socialaftale 2029-2030' });
		// Its comment included, which tells the next editor where the fields are explained.
		expect(await saved(page, 'cms/perioder/2029-2030/periode', 'content/2029-2030/periode.yaml')).toBe(scaffolded);
	});

	test("an existing period is edited, and its file keeps the editors' comments", async () => {
		const page = await openCms(`/collections/perioder/entries/${PERIOD}/periode`);
		// The period's own title is the form's first; its vision and focus areas have titles too.
		const title = page.getByLabel('Titel', { exact: true }).first();
		const before = git('show', `main:content/${PERIOD}/periode.yaml`);
		const oldTitle = (parse(before) as { title: string }).title;
		await expect.poll(() => title.inputValue(), { timeout: 20_000 }).toBe(oldTitle);
		await title.fill(`${oldTitle} (rettet)`);
		await page.getByRole('button', { name: 'Gem' }).click();
		const after = await saved(page, `cms/perioder/${PERIOD}/periode`, `content/${PERIOD}/periode.yaml`);
		expect(before).toMatch(/^# /m);
		expect(after).toBe(before.replace(`title: '${oldTitle}'`, `title: '${oldTitle} (rettet)'`));
	});

	test('an existing glossary entry is edited, and only what the editor changed differs in meaning', async () => {
		const page = await openCms('/collections/ordliste/entries/das');
		const expansion = page.getByLabel(/^Står for/);
		await expect.poll(() => expansion.inputValue(), { timeout: 20_000 }).toBe('Den Administrative Styregruppe');
		await expansion.fill('Den Administrative Styregruppe på socialområdet');
		await page.getByRole('button', { name: 'Gem' }).click();
		const branch = 'cms/ordliste/das';
		await saved(page, branch, 'content/ordliste/das.md');
		const read = (ref: string) => {
			const split = splitFrontmatter(git('show', `${ref}:content/ordliste/das.md`));
			if ('error' in split) throw new Error(split.error);
			return { data: parse(split.yaml), body: split.body };
		};
		const before = read('main');
		const after = read(branch);
		expect(after).toEqual({ ...before, data: { ...before.data, expansion: 'Den Administrative Styregruppe på socialområdet' } });
		git('merge', '--quiet', '--no-ff', '--message', 'Flet', branch);
		expect(checkContent({ contentDir: join(repo, 'content'), rootDir: repo }).problems.map(formatProblem)).toEqual([]);
	});

	test('works under a base path, loading every part of itself from under it', async () => {
		// The run's shared build of a site under a path (tests/helpers/test-builds.ts), which the run may
		// start after others: hence this test's three minutes. Its content is another fixture's, so the
		// form opened is one every content has: a new period's.
		const { out } = await testBuild('three-periods-under-path');
		const base = `${new URL(TEST_PATH_SITE_URL).pathname}/`;
		const server = await serveSite(out, { base });
		try {
			// Only the site's own files count here. The local proxy answers the CMS's parallel requests by
			// checking branches out in one clone, and now and then refuses one while another holds git's
			// lock (CI saw it answer with an error once); that is the proxy's, not the base path's.
			const failed: string[] = [];
			session.page().on('response', (response) => {
				if (response.status() >= 400 && new URL(response.url()).origin === server.url) failed.push(`${response.status()}: ${response.url()}`);
			});
			const page = await openCms('/collections/perioder/new', `${server.url}${base}admin/`);
			await page.getByLabel('Titel', { exact: true }).waitFor({ timeout: 30_000 });
			// The parts Decap loads on demand come from the same folder as its entry script.
			expect(failed).toEqual([]);
			expect(await page.evaluate(() => [...document.scripts].map((script) => new URL(script.src || location.href).pathname).filter((path) => path.includes('/admin/decap/')))).toEqual([
				`${base}admin/decap/decap-cms.js`,
			]);
		} finally {
			await server.close();
		}
	}, 180_000);
});
