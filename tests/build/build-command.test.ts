// `npm run build` as editors meet it: bad content stops it with a clear message and the last good
// site stays in place; a new period is a folder and nothing else, made with `npm run new`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { BAD_DOCUMENT_CASES } from '../fixtures/bad-content/cases.ts';
import { buildCacheDir, claimBuildCacheDir } from '../../src/build-cache.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { headingAnchors } from '../../src/validation/rules/headings.ts';
import { refusedBuildLines, runBuild as build, snapshotFolder as snapshot } from '../helpers/build-command.ts';
import { ROOT } from '../helpers/build-site.ts';
import { allPages, readPage } from '../helpers/site.ts';
import { testBuild } from '../helpers/test-builds.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/sites/three-periods');
// The fixture as the global setup built it, from a copy outside the repository, with the same
// command and settings as build() (tests/helpers/test-builds.ts).
const threePeriods = await testBuild('three-periods');
const work = mkdtempSync(join(tmpdir(), 'socialaftale-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run new -- <args>` against another content folder, as an editor would run it. */
function scaffold(content: string, args: string[]) {
	return spawnSync(process.execPath, ['scripts/new.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_CONTENT_DIR: content },
	});
}

describe('a build with a third period made with npm run new', () => {
	// The two fixture periods, then the third made as an editor makes it: the period with `npm run new`,
	// its focus area added by hand, a document with `npm run new`, and the document's text written in
	// (and the scaffold's note that it is missing deleted).
	const content = join(work, 'three-periods');
	cpSync(FIXTURE, content, { recursive: true, filter: (path) => !path.includes('2023-2024') });
	const period = scaffold(content, ['period', '--id', '2023-2024', '--title', 'Fiktiv aftale 2023-2024']);
	writeFileSync(
		join(content, '2023-2024/periode.yaml'),
		`${readFileSync(join(content, '2023-2024/periode.yaml'), 'utf8')}focusAreas:\n  - id: samarbejde\n    number: 1\n    title: Tæt samarbejde\n`,
	);
	const document = scaffold(content, [
		'document',
		'--period', '2023-2024',
		'--file', 'godkendelse',
		'--title', 'Godkendelse af den tredje testaftale',
		'--kind', 'godkendelse',
		'--date', '2022-12-01',
		'--issuer', 'Testrådet',
		'--source-title', 'Testsag 2',
		'--publisher', 'ukendt',
		'--focus-areas', 'samarbejde',
		'--summary', 'En fiktiv godkendelsessag fra en tredje periode.',
	]);
	// Headings whose anchors Astro makes in less obvious ways: code, emphasis, an image, HTML, repeats.
	const text = [
		'## Resumé',
		'Den tredje periodes aftale om særligt samarbejde blev godkendt.',
		'### Om `kode` og *vægt*',
		'### Billede ![Sitets ikon](/favicon.svg) her',
		'### Mødet i <abbr title="Kommunekontaktrådet">KKR</abbr>',
		'## Resumé',
		'Se [resuméet](#resumé) og [det andet resumé](#resumé-1).',
	].join('\n\n');
	const file = join(content, '2023-2024/godkendelse.md');
	// With the text in, the editor deletes the note that it is missing, under notes and in the text,
	// as the file's own comment says (the check refuses the note once there is text).
	const scaffolded = readFileSync(file, 'utf8');
	const withoutNote = scaffolded.replace(/^notes:\n(?: {2}.*\n)+/m, '').replace(/^> \*\*Redaktionel note:\*\* .*\n/m, '');
	writeFileSync(file, `${withoutNote}\n${text}\n`);
	const out = join(work, 'three-periods-site');
	// What a test's temporary content folder leaves behind once it is removed: its build cache.
	const leftBehind = claimBuildCacheDir(ROOT, join(work, 'removed-content'));
	const result = build(content, out);

	test('succeeds, from files npm run new wrote', () => {
		expect([period.stderr, period.status, document.stderr, document.status]).toEqual(['', 0, '', 0]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	test('removes the build cache of a content folder that is gone, and keeps its own', () => {
		expect(existsSync(leftBehind)).toBe(false);
		expect(existsSync(buildCacheDir(ROOT, content))).toBe(true);
	});

	test('gives the headings the anchors the content check predicted', () => {
		const $ = readPage(out, '/2023-2024/godkendelse/');
		const ids = $('.document__text').find('h2, h3').map((_, heading) => $(heading).attr('id')).get();
		const checked = checkContent({ contentDir: content, rootDir: ROOT }).documents.find((entry) => entry.file.endsWith('2023-2024/godkendelse.md'))!;
		expect(ids).toEqual(headingAnchors(checked.markdown.tree));
		expect(ids).toContain('resumé-1');
	});

	test('publishes a redirect from content/omdirigeringer.yaml', () => {
		const $ = readPage(out, '/2021-2022/godkendelse-af-testaftalen/');
		expect($('meta[http-equiv="refresh"]').attr('content')).toContain('/2021-2022/godkendelse/');
	});

	test('shows the new period in the switcher, the period list and the search filters', () => {
		const home = readPage(out, '/');
		expect(home('nav.period-switcher a').map((_, a) => home(a).text()).get()).toEqual(['2023-2024', '2021-2022', '2018-2020']);
		expect(home('.period-list a').first().attr('href')).toBe('/2023-2024/');
		const search = readPage(out, '/soeg/');
		expect(search('input[name="periode"]').map((_, input) => search(input).attr('value')).get()).toEqual([
			'2023-2024',
			'2021-2022',
			'2018-2020',
		]);
		expect(search('input[name="fokusomraade"]').map((_, input) => search(input).attr('value')).get()).toContain('Tæt samarbejde');
	});

	test('without SITE_URL uses the address npm start serves, and without SITE_EDIT_URL has no edit link', () => {
		const $ = readPage(out, '/2021-2022/godkendelse/');
		expect($('link[rel="canonical"]').attr('href')).toBe('http://localhost:4321/2021-2022/godkendelse/');
		expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('<link>http://localhost:4321/</link>');
		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>http://localhost:4321/2023-2024/</loc>');
		expect($('.page-provenance').length).toBe(1);
		expect($('.page-provenance a').length).toBe(0);
	});

	test('makes 2021-2022 an older period once a newer one exists', () => {
		const $ = readPage(out, '/2021-2022/godkendelse/');
		expect($('aside.older-notice a').attr('href')).toBe('/2023-2024/godkendelse/');
	});
});

describe('builds of one content folder, from a cold cache and again after an edit', () => {
	// A copy outside the repository, with a cold cache of its own and no git history, so "Sidst
	// opdateret" is the same ("ikke registreret") as in the shared build of the same files.
	const content = join(work, 'three-periods-copy');
	cpSync(FIXTURE, content, { recursive: true });
	const site = join(work, 'three-periods-copy-site');
	const cold = build(content, site);
	// Where Astro's incremental build keeps its copy of each page it may copy instead of rendering.
	const kept = (page: string) => join(buildCacheDir(ROOT, content), 'dist', page, 'index.html');

	test('is deterministic: the same content built again, from another folder and a cold cache, is byte for byte the same', () => {
		expect(cold.status).toBe(0);
		const builds = [snapshot(threePeriods.out), snapshot(site)];
		expect(Object.keys(builds[0]!).length).toBeGreaterThan(20);
		expect(builds[1]).toEqual(builds[0]);
	});

	// Two whole builds: they may take longer than a test's 60 s when other test files share the machine.
	test("after an edit to one document's text, renders that page again, copies the others, and gives byte for byte a clean build of the edited content", { timeout: 240_000 }, () => {
		const untouched = statSync(kept('2018-2020/resultater')).mtimeMs;
		const before = readFileSync(kept('2021-2022/godkendelse'), 'utf8');
		const file = join(content, '2021-2022/godkendelse.md');
		writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nTeksten er ændret efter første bygning.\n`);
		const rebuilt = join(work, 'three-periods-rebuilt');
		expect(build(content, rebuilt).status).toBe(0);
		expect(statSync(kept('2018-2020/resultater')).mtimeMs).toBe(untouched);
		expect(readFileSync(kept('2021-2022/godkendelse'), 'utf8')).not.toBe(before);
		expect(readPage(rebuilt, '/2021-2022/godkendelse/')('.document__text').text()).toContain('Teksten er ændret efter første bygning.');
		// The same edited files, built from another folder with a cold cache.
		const fresh = join(work, 'three-periods-edited');
		cpSync(content, fresh, { recursive: true });
		const clean = join(work, 'three-periods-edited-site');
		expect(build(fresh, clean).status).toBe(0);
		expect(snapshot(rebuilt)).toEqual(snapshot(clean));
	});
});

describe('a build with a bad content file', () => {
	// The last good site is a copy of the shared build of the same content.
	const content = join(work, 'bad-content');
	const out = join(work, 'bad-site');
	cpSync(threePeriods.content, content, { recursive: true });
	cpSync(threePeriods.out, out, { recursive: true });
	const before = snapshot(out);
	const file = join(content, '2021-2022', 'godkendelse.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace("date: '2020-11-24'", "date: '2020-13-45'"));
	const bad = build(content, out);

	test('starts from a good build', () => {
		expect(threePeriods.stderr).toBe('');
		expect(Object.keys(before).length).toBeGreaterThan(5);
	});

	test('fails with a message naming the file, the line, the field and what is expected', () => {
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('2021-2022/godkendelse.md:4 date "2020-13-45" er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD');
	});

	test('leaves the last good site exactly as it was and no staging folder behind', () => {
		expect(snapshot(out)).toEqual(before);
		// Its own staging folder: the shared test builds may be staging theirs beside it at this moment.
		expect(existsSync(join(ROOT, '.build', `staging-${bad.pid}`))).toBe(false);
	});

	test('refuses a period folder without a period file, naming the known periods', () => {
		cpSync(FIXTURE, join(work, 'unknown-period'), { recursive: true });
		writeFileSync(join(work, 'unknown-period', '2021-2022', 'godkendelse.md'), readFileSync(join(FIXTURE, '2021-2022', 'godkendelse.md')));
		rmSync(join(work, 'unknown-period', '2023-2024', 'periode.yaml'));
		const result = build(join(work, 'unknown-period'), join(work, 'unknown-period-site'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/unknown-period\/2023-2024\/: ukendt periodemappe: den mangler periode\.yaml \(kendte perioder: 2018-2020, 2021-2022\)/);
		expect(existsSync(join(work, 'unknown-period-site'))).toBe(false);
	});
});

// Every case of the bad-input corpus (tests/fixtures/bad-content/cases.ts) built: iterating the table,
// so a case added there is built here too. The good build runs once, with every fixture the check
// accepts; each bad one then fails fast, before Astro starts. The first and the last refused case run
// the real command in a process of its own (exit code, the Danish lines, the closing line, the site
// untouched); the others run the build step's own check in this process (refusedBuildLines), which
// shows the same lines without starting Node and loading the checker for each.
describe('the bad-input corpus, built', () => {
	const CORPUS = join(ROOT, 'tests/fixtures/bad-content');
	// Inside the project, so problems are reported as '<prefix>content/2021-2022/<fixture>:<line>'.
	const prefix = `.build/corpus-${process.pid}/`;
	const content = join(ROOT, prefix, 'content');
	const out = join(work, 'corpus-site');
	afterAll(() => rmSync(join(ROOT, prefix), { recursive: true, force: true }));
	rmSync(join(ROOT, prefix), { recursive: true, force: true });
	mkdirSync(join(ROOT, prefix), { recursive: true });
	cpSync(FIXTURE, content, { recursive: true });
	const accepted = BAD_DOCUMENT_CASES.filter((row) => row.expected.length === 0);
	const refused = BAD_DOCUMENT_CASES.filter((row) => row.expected.length > 0);
	for (const row of accepted) copyFileSync(join(CORPUS, row.fixture), join(content, '2021-2022', row.fixture));
	const good = build(content, out);
	const before = snapshot(out);

	test('builds the site with every fixture the check accepts', () => {
		expect(good.stderr).toBe('');
		expect(good.status).toBe(0);
		// The issue asks for at least 25 malformed files; '-valid' fixtures are the controls.
		expect(BAD_DOCUMENT_CASES.filter((row) => !row.fixture.endsWith('-valid.md')).length).toBeGreaterThanOrEqual(25);
	});

	test('lets none of the injected markup the check accepted reach a page', () => {
		for (const path of allPages(out)) {
			const $ = load(readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
			expect($('script:not([src]), iframe, object, embed, [style]').length, path).toBe(0);
			const handlers = $('*').toArray().flatMap((element) => ('attribs' in element ? Object.keys(element.attribs) : []).filter((name) => /^on/i.test(name)));
			expect(handlers, path).toEqual([]);
			expect($('a[href^="javascript:" i], a[href^="data:" i]').length, path).toBe(0);
			expect($('main').text(), path).not.toMatch(/overtaget|alert\(/);
		}
	});

	const throughCommand = new Set([refused[0]!.fixture, refused.at(-1)!.fixture]);
	/** The lines about the corpus's files, as '<content>/2021-2022/<fixture>:<line> …'. */
	const ofCorpus = (lines: string[]) => lines.filter((line) => line.startsWith(prefix)).map((line) => line.replaceAll(prefix, ''));

	test.each(refused.filter((row) => throughCommand.has(row.fixture)))('$fixture stops npm run build with exactly its messages and leaves the site untouched', ({ fixture, expected }) => {
		const file = join(content, '2021-2022', fixture);
		copyFileSync(join(CORPUS, fixture), file);
		try {
			const result = build(content, out);
			expect(result.status).toBe(1);
			expect(ofCorpus(result.stderr.split('\n'))).toEqual(expected);
			expect(result.stderr).toContain('Bygningen er stoppet; det tidligere byggede site er urørt.');
			expect(snapshot(out)).toEqual(before);
		} finally {
			rmSync(file);
		}
	});

	// One cache folder for all these cases, as for the rebuilds of one content folder: each case then
	// checks its own file afresh and takes the fixture's other files from the cache.
	const buildCache = join(work, 'corpus-build-cache');
	test.each(refused.filter((row) => !throughCommand.has(row.fixture)))("$fixture is refused by the build's check with exactly its messages", async ({ fixture, expected }) => {
		const file = join(content, '2021-2022', fixture);
		copyFileSync(join(CORPUS, fixture), file);
		try {
			expect(ofCorpus(await refusedBuildLines(content, buildCache))).toEqual(expected);
		} finally {
			rmSync(file);
		}
	});
});
