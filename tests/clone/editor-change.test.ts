// The rule: whatever passes `npm run check` passes `npm test`. An editor's ordinary change, made in a
// temporary copy of the repository's content as CONTRIBUTING.md tells editors to make it: a new period
// and a document in it with `npm run new`, the text typed in by hand with a link to another document
// and a glossary term, and a document in an existing period with a source error and its kildefejl
// note. The change passes the content check, builds, and the build holds every invariant the real
// build is held to, checked by the same functions (tests/helpers/site-invariants.ts).
//
// Nothing here names today's content: the period after the newest one, the document linked and the
// glossary term are all read from the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { browserAvailable } from '../../scripts/lib/chromium.ts';
import { sortPeriodsNewestFirst } from '../../src/lib/periods.ts';
import { documentUrl } from '../../src/lib/versions.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { headingAnchors } from '../../src/validation/rules/headings.ts';
import { readPage } from '../helpers/site.ts';
import {
	axeProblems,
	feedProblems,
	glossaryUsageProblems,
	htmlValidityProblems,
	javaAvailable,
	linkProblems,
	openDataProblems,
	privacyProblems,
	publishedDocumentProblems,
	searchIndexProblems,
} from '../helpers/site-invariants.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE_URL = 'https://socialaftale.example';
const work = mkdtempSync(join(tmpdir(), 'editor-change-'));
const CONTENT = join(work, 'content');
const OUT = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A script of the repository run as `npm run <script>` runs it, on the copy of the content. */
function run(script: string, args: string[]) {
	return spawnSync(process.execPath, [script, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_CONTENT_DIR: CONTENT, SITE_BUILD_DATE: '2026-06-01', SITE_URL, SITE_EDIT_URL: '', CI: '' },
	});
}

/** Replaces the scaffold's placeholder text and its note with what the editor typed. */
function typeIn(file: string, notes: string, body: string) {
	const scaffolded = readFileSync(file, 'utf8');
	const frontmatter = scaffolded.slice(0, scaffolded.indexOf('\n---\n', 4));
	writeFileSync(file, `${frontmatter.replace(/\nnotes:\n[\s\S]*$/, '')}\n${notes}---\n\n${body}`);
}

cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
const before = checkContent({ contentDir: CONTENT, rootDir: ROOT });
const newest = sortPeriodsNewestFirst(before.periods.map((period) => period.data))[0]!;
const newPeriod = `${newest.lastYear + 1}-${newest.lastYear + 2}`;
const linked = before.documents[0]!;
const linkedAnchor = headingAnchors(linked.markdown.tree)[0];
const linkedUrl = `${documentUrl(linked.period, linked.slug)}${linkedAnchor ? `#${linkedAnchor}` : ''}`;
// A term an editor would write as it stands in the glossary: an abbreviation, if there is one.
const term = before.glossary.find((entry) => /^[A-ZÆØÅ]{2,}$/.test(entry.data.term)) ?? before.glossary[0];

describe('an editor’s change made with npm run new and typed in by hand', () => {
	test('is scaffolded with npm run new', () => {
		const period = run('scripts/new.ts', ['period', '--id', newPeriod]);
		expect(period.status, period.stderr).toBe(0);
		const minutes = run('scripts/new.ts', [
			'document', '--period', newPeriod, '--title', 'Referat fra mødet om den nye aftale', '--kind', 'referat', '--date', `${newest.lastYear}-12-03`,
			'--issuer', 'Sekretariatet', '--publisher', 'ukendt', '--summary', 'Referat fra mødet, hvor den nye aftale blev drøftet.', '--file', 'referat-fra-moedet',
		]);
		expect(minutes.status, minutes.stderr).toBe(0);
		const input = run('scripts/new.ts', [
			'document', '--period', newest.id, '--title', 'Skriftligt input om visionsdagen', '--kind', 'skriftligt-input', '--date', 'ukendt',
			'--issuer', 'ukendt', '--publisher', 'ukendt', '--summary', 'Et skriftligt input om den politiske visionsdag.', '--file', 'skriftligt-input-om-visionsdagen',
		]);
		expect(input.status, input.stderr).toBe(0);
	}, 60_000);

	test('has its text typed in: a link to another document, a glossary term and a source error with its note', () => {
		typeIn(
			join(CONTENT, newPeriod, 'referat-fra-moedet.md'),
			'',
			`## Referat\n\nMødet drøftede [${linked.data.title}](${linkedUrl}).${term ? ` Sekretariatet orienterede om ${term.data.term}.` : ''}\n`,
		);
		typeIn(
			join(CONTENT, newest.id, 'skriftligt-input-om-visionsdagen.md'),
			"notes:\n  - kind: kildefejl\n    text: 'Kilden skriver »en politiks visionsdag« (for »en politisk visionsdag«). Teksten står, som kilden har den.'\n",
			'## Input\n\nVi foreslår en politiks visionsdag om den nye aftale.\n',
		);
	});

	test('passes npm run check', () => {
		const check = run('scripts/check.ts', []);
		expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
		expect(checkContent({ contentDir: CONTENT, rootDir: ROOT }).documents.length).toBe(before.documents.length + 2);
	}, 60_000);

	test('builds', () => {
		const build = run('scripts/build.ts', ['--content', CONTENT, '--out', OUT]);
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
	}, 240_000);

	describe('and its build holds the invariants of any valid content', () => {
		const content = () => checkContent({ contentDir: CONTENT, rootDir: ROOT });

		test('the typed-in link and glossary term are on the new page', () => {
			const $ = readPage(OUT, `/${newPeriod}/referat-fra-moedet/`);
			expect($(`.document__text a[href="${linkedUrl}"]`).length).toBe(1);
			if (term) expect($(`.document__text a.glossary-term[href$="#${term.id}"]`).length).toBe(1);
		});
		test('every document and period is published at its address with its metadata', () => {
			expect(publishedDocumentProblems(OUT, content())).toEqual([]);
		});
		test('every internal link and anchor resolves', () => {
			expect(linkProblems(OUT)).toEqual([]);
		});
		test('the search index holds exactly the documents', () => {
			expect(searchIndexProblems(OUT, content())).toEqual([]);
		});
		test('feeds and sitemap are well-formed and list exactly the documents', () => {
			expect(feedProblems(OUT, content(), SITE_URL)).toEqual([]);
		});
		test('open data parses with the schemas and holds exactly the content', () => {
			expect(openDataProblems(OUT, content())).toEqual([]);
		});
		test('the glossary lists under each term the documents that mark it, the typed-in one included', () => {
			expect(glossaryUsageProblems(OUT, content())).toEqual([]);
		});
		test('no page runs inline code or loads anything from elsewhere', () => {
			expect(privacyProblems(OUT, SITE_URL)).toEqual([]);
		});
		test.skipIf(!javaAvailable())('every page is valid HTML', async () => {
			expect(await htmlValidityProblems(OUT)).toEqual([]);
		}, 120_000);
		test.skipIf(!browserAvailable())('every page passes axe in light and dark', async () => {
			// Some minutes: axe takes seconds a page on a shared machine, and every page changed (the period
			// switcher on each lists the new period).
			expect(await axeProblems(OUT)).toEqual([]);
		}, 600_000);
	});
});
