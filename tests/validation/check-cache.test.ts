// The content check's cache must never change what the check finds: the same problems, in the same
// order, and the same checked files, whether each file was checked now, kept in memory or read back
// from disk; and a changed file, a changed rule or a damaged cache file is always checked again.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { trackedByGit } from '../../src/build-cache.ts';
import { checkFingerprint, checkInputFiles, openCheckCache, type CheckCache } from '../../src/validation/check-cache.ts';
import { checkContent, type ContentCheck } from '../../src/validation/check-content.ts';
import type { CheckedMarkdownFile } from '../../src/validation/checked-content.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { BAD_CONTENT, THREE_PERIODS, emptyRoot, removeSites } from '../helpers/content-fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITES = join(ROOT, 'tests/fixtures/sites');

afterEach(removeSites);

/** A copy of a fixture site as `<root>/content`, so the check's paths are the copy's. */
function siteCopy(fixture: string): { contentDir: string; rootDir: string } {
	const rootDir = emptyRoot('check-cache-');
	cpSync(fixture, join(rootDir, 'content'), { recursive: true });
	return { contentDir: join(rootDir, 'content'), rootDir };
}

/** The three-period site with every bad-content fixture in its 2021-2022 period at once. */
function badSite(): { contentDir: string; rootDir: string } {
	const site = siteCopy(THREE_PERIODS);
	for (const name of readdirSync(BAD_CONTENT).filter((name) => /\.mdx?$/.test(name) && name !== 'README.md')) {
		copyFileSync(join(BAD_CONTENT, name), join(site.contentDir, '2021-2022', name));
	}
	return site;
}

/** What a check found, in a form that compares everything but the functions: problems in their order, and each checked file. */
function outcome(check: ContentCheck) {
	const markdownFile = (file: CheckedMarkdownFile<unknown>) => {
		const { yaml, markdown, ...rest } = file;
		const lines = Object.keys(yaml.lineIndex()).map((path) => yaml.lineOf(JSON.parse(path) as PropertyKey[]));
		return { ...rest, yamlText: yaml.text, yamlData: yaml.data, lines, markdown: { text: markdown.text, firstLine: markdown.firstLine, mdx: markdown.mdx, tree: markdown.tree } };
	};
	return {
		problems: check.problems.map(formatProblem),
		documents: check.documents.map(markdownFile),
		glossary: check.glossary.map(markdownFile),
		themes: check.themes.map(markdownFile),
		periods: check.periods.map((period) => period.data),
		site: check.site,
	};
}

const fixtureSites = [
	...readdirSync(SITES).map((name) => ({ name, site: () => siteCopy(join(SITES, name)) })),
	{ name: 'bad-content in three-periods', site: badSite },
];

describe('checkContent with a cache', () => {
	test.each(fixtureSites)('finds exactly what it finds without one: $name', ({ site }) => {
		const folders = site();
		const dir = join(folders.rootDir, '.build-cache');
		const plain = outcome(checkContent(folders));
		const cache = openCheckCache({ dir });
		expect(outcome(checkContent({ ...folders, cache })), 'checked now and kept').toEqual(plain);
		expect(outcome(checkContent({ ...folders, cache })), 'kept in memory').toEqual(plain);
		expect(outcome(checkContent({ ...folders, cache: openCheckCache({ dir }) })), 'read back from disk').toEqual(plain);
		const diskOnly = openCheckCache({ dir, memory: false });
		expect(outcome(checkContent({ ...folders, cache: diskOnly })), 'read back from disk, keeping nothing in memory').toEqual(plain);
		expect(outcome(checkContent({ ...folders, cache: diskOnly })), 'read back from disk again').toEqual(plain);
	});

	test('the bad-content site has problems, so the comparison above compares some', () => {
		expect(checkContent(badSite()).problems.length).toBeGreaterThan(20);
	});

	test('checks a changed file again, in memory and from disk', () => {
		const folders = siteCopy(THREE_PERIODS);
		const dir = join(folders.rootDir, '.build-cache');
		const cache = openCheckCache({ dir });
		expect(checkContent({ ...folders, cache }).problems).toEqual([]);
		const path = join(folders.contentDir, '2021-2022/godkendelse.md');
		const original = readFileSync(path, 'utf8');
		writeFileSync(path, original.replace(/^## /m, '# '));
		const expected = checkContent(folders).problems.map(formatProblem);
		expect(expected.some((problem) => problem.startsWith('content/2021-2022/godkendelse.md:') && problem.includes('overskrift på niveau 1'))).toBe(true);
		expect(checkContent({ ...folders, cache }).problems.map(formatProblem)).toEqual(expected);
		expect(checkContent({ ...folders, cache: openCheckCache({ dir }) }).problems.map(formatProblem)).toEqual(expected);
		writeFileSync(path, original);
		expect(checkContent({ ...folders, cache }).problems).toEqual([]);
	});

	test('a file given the bytes of another is checked under its own name', () => {
		const folders = siteCopy(THREE_PERIODS);
		const cache = openCheckCache({ dir: join(folders.rootDir, '.build-cache') });
		checkContent({ ...folders, cache });
		// Same bytes, another place: the copy's own problems (a duplicate title) must name the copy.
		copyFileSync(join(folders.contentDir, '2021-2022/godkendelse.md'), join(folders.contentDir, '2021-2022/kopi.md'));
		expect(checkContent({ ...folders, cache }).problems.map(formatProblem)).toEqual(checkContent(folders).problems.map(formatProblem));
		expect(checkContent({ ...folders, cache }).documents.map((document) => document.file)).toContain('content/2021-2022/kopi.md');
	});

	test('a check with its own speller may not use the cache, which holds the project speller\'s results', () => {
		const folders = siteCopy(THREE_PERIODS);
		const speller = { words: [], sourceErrors: { has: () => false }, minWordLength: 4, projectWordsFile: 'x', sourceErrorsFile: 'y' } as never;
		expect(() => checkContent({ ...folders, speller, cache: openCheckCache() })).toThrow(/speller/);
	});
});

describe('openCheckCache', () => {
	/** Every cache file under `dir`, by path. */
	const cacheFiles = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.bin')).map((name) => join(dir, name));

	test('results kept under one fingerprint are not found under another, and its folder goes', () => {
		const folders = siteCopy(THREE_PERIODS);
		const dir = join(folders.rootDir, '.build-cache');
		checkContent({ ...folders, cache: openCheckCache({ dir, fingerprint: 'rules-before' }) });
		expect(readdirSync(dir)).toEqual(['rules-before']);
		let found = 0;
		const counting = (cache: CheckCache): CheckCache => ({
			...cache,
			get: (key) => {
				const result = cache.get(key);
				if (result) found += 1;
				return result;
			},
		});
		const plain = outcome(checkContent(folders));
		expect(outcome(checkContent({ ...folders, cache: counting(openCheckCache({ dir, fingerprint: 'rules-after' })) }))).toEqual(plain);
		expect(found).toBe(0);
		expect(readdirSync(dir)).toEqual(['rules-after']);
		checkContent({ ...folders, cache: counting(openCheckCache({ dir, fingerprint: 'rules-after' })) });
		expect(found).toBeGreaterThan(0);
	});

	test.each([
		['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
		['with one byte changed', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 0xff])])],
		['empty', () => Buffer.alloc(0)],
		['not a cache file at all', () => Buffer.from('{"problems": []}')],
	])('ignores and rewrites a cache file %s', (_case, damage) => {
		const folders = badSite();
		const dir = join(folders.rootDir, '.build-cache');
		const plain = outcome(checkContent(folders));
		checkContent({ ...folders, cache: openCheckCache({ dir }) });
		const files = cacheFiles(dir);
		expect(files.length).toBeGreaterThan(50);
		const before = new Map(files.map((path) => [path, readFileSync(path)]));
		for (const [path, bytes] of before) writeFileSync(path, damage(bytes));
		expect(outcome(checkContent({ ...folders, cache: openCheckCache({ dir }) }))).toEqual(plain);
		for (const [path, bytes] of before) expect(readFileSync(path).equals(bytes), relative(dir, path)).toBe(true);
	});

	test('ignores a well-formed cache file kept under another key', () => {
		const folders = siteCopy(THREE_PERIODS);
		const dir = join(folders.rootDir, '.build-cache');
		checkContent({ ...folders, cache: openCheckCache({ dir }) });
		// Every file holds another file's result: a check that trusted the file names would report the wrong files.
		const files = cacheFiles(dir).sort();
		const contents = files.map((path) => readFileSync(path));
		files.forEach((path, index) => writeFileSync(path, contents[(index + 1) % contents.length]!));
		expect(outcome(checkContent({ ...folders, cache: openCheckCache({ dir }) }))).toEqual(outcome(checkContent(folders)));
	});

	describe('a cache folder that came with the repository', () => {
		/** A git repository holding a copy of the three-period site, with a cache filled by a check of it. */
		function repositoryWithCache(): { folders: { contentDir: string; rootDir: string }; cacheDir: string; git: (...args: string[]) => void } {
			const folders = siteCopy(THREE_PERIODS);
			const git = (...args: string[]) => void execFileSync('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=Test', ...args], { cwd: folders.rootDir, stdio: 'ignore' });
			git('init', '-q');
			const cacheDir = join(folders.rootDir, '.build', 'cache');
			checkContent({ ...folders, cache: openCheckCache({ dir: cacheDir }) });
			return { folders, cacheDir, git };
		}

		/** How many results a check with a cache on `dir` found kept. */
		const hitsWith = (folders: { contentDir: string; rootDir: string }, dir: string) => {
			let found = 0;
			const cache = openCheckCache({ dir });
			checkContent({ ...folders, cache: { ...cache, get: (key) => { const result = cache.get(key); if (result) found += 1; return result; } } });
			return found;
		};

		test('is used while git does not track it', () => {
			const { folders, cacheDir } = repositoryWithCache();
			expect(trackedByGit(cacheDir)).toBe(false);
			expect(hitsWith(folders, cacheDir)).toBeGreaterThan(0);
		});

		test('is neither read, cleared nor written when it is committed (a pull request can commit under .build/)', () => {
			const { folders, cacheDir, git } = repositoryWithCache();
			git('add', '-f', '.build');
			git('commit', '-q', '-m', 'a cache');
			const before = cacheFiles(cacheDir).map((path) => [path, readFileSync(path)] as const);
			expect(trackedByGit(cacheDir)).toBe(true);
			expect(hitsWith(folders, cacheDir)).toBe(0);
			expect(cacheFiles(cacheDir).map((path) => [path, readFileSync(path)] as const)).toEqual(before);
		});

		test('is not used when a committed symbolic link leads to it', () => {
			const { folders, cacheDir, git } = repositoryWithCache();
			renameSync(join(folders.rootDir, '.build'), join(folders.rootDir, 'elsewhere'));
			symlinkSync('elsewhere', join(folders.rootDir, '.build'));
			git('add', '-f', '.build');
			git('commit', '-q', '-m', 'a link to a cache');
			expect(trackedByGit(cacheDir)).toBe(true);
			expect(hitsWith(folders, cacheDir)).toBe(0);
		});
	});

	test('keeps working when its folder cannot be written', () => {
		const folders = siteCopy(THREE_PERIODS);
		// A file where the folder should be: every write fails.
		const dir = join(folders.rootDir, 'taken');
		writeFileSync(dir, 'not a folder');
		const cache = openCheckCache({ dir });
		expect(outcome(checkContent({ ...folders, cache }))).toEqual(outcome(checkContent(folders)));
		expect(outcome(checkContent({ ...folders, cache }))).toEqual(outcome(checkContent(folders)));
	});

	test('gives a fresh copy each time, so a renderer changing a tree does not change the next check', () => {
		const folders = siteCopy(THREE_PERIODS);
		const cache = openCheckCache();
		checkContent({ ...folders, cache });
		const first = checkContent({ ...folders, cache });
		const plain = outcome(checkContent(folders));
		// What the renderer does in place: the tree loses its children.
		for (const document of first.documents) document.markdown.tree.children.splice(0);
		expect(outcome(checkContent({ ...folders, cache }))).toEqual(plain);
	});
});

describe('checkFingerprint', () => {
	test('covers the rules, the dictionaries, cspell.json and the installed packages', () => {
		const inputs = checkInputFiles().map((path) => relative(ROOT, path));
		for (const expected of ['cspell.json', 'cspell/projektord.txt', 'cspell/kildefejl.txt', 'src/validation/rules/spelling.ts', 'src/validation/check-content.ts', 'src/markdown/dialect.ts', 'src/schemas/document.ts']) {
			expect(inputs).toContain(expected);
		}
		expect(inputs.some((path) => path.endsWith('package-lock.json'))).toBe(true);
		expect(inputs.some((path) => path.includes('dict-da-dk'))).toBe(true);
	});

	test('changes when any input file changes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'check-fingerprint-'));
		try {
			const files = ['rule.ts', 'words.txt'].map((name) => join(dir, name));
			files.forEach((path) => writeFileSync(path, `${path}\n`));
			const before = checkFingerprint(files);
			expect(checkFingerprint(files)).toBe(before);
			writeFileSync(files[1]!, 'another word\n');
			expect(checkFingerprint(files)).not.toBe(before);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

