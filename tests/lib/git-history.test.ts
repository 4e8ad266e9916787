// The file history behind "Sidst opdateret", on real git repositories made for the test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readFileHistory, repositoryPath } from '../../src/lib/git-history.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-git-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(cwd: string, args: string[], date = '2024-01-01T10:00:00+01:00') {
	execFileSync('git', args, {
		cwd,
		stdio: 'ignore',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Test',
			GIT_AUTHOR_EMAIL: 'test@example.invalid',
			GIT_COMMITTER_NAME: 'Test',
			GIT_COMMITTER_EMAIL: 'test@example.invalid',
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
			GIT_CONFIG_GLOBAL: '/dev/null',
		},
	});
}

function commitFile(repo: string, path: string, text: string, date: string) {
	mkdirSync(join(repo, path, '..'), { recursive: true });
	writeFileSync(join(repo, path), text);
	git(repo, ['add', path]);
	git(repo, ['commit', '-q', '-m', `change ${path}`], date);
}

// One repository: two files changed at different times, one of them twice, and one outside content/.
const repo = join(work, 'repo');
mkdirSync(repo);
git(repo, ['init', '-q', '-b', 'main']);
commitFile(repo, 'content/2021-2022/godkendelse.md', 'a', '2024-01-01T10:00:00+01:00');
commitFile(repo, 'content/2021-2022/broenderslev æ ø å.md', 'b', '2024-02-01T10:00:00+01:00');
commitFile(repo, 'content/2021-2022/godkendelse.md', 'a2', '2024-03-05T23:30:00+01:00');
commitFile(repo, 'README.md', 'outside the content folder', '2024-04-01T10:00:00+01:00');

describe('readFileHistory', () => {
	test('gives each committed file the date of its last change, with the committer’s offset', () => {
		const history = readFileHistory(join(repo, 'content'));
		expect(history.repositoryRoot).toBe(repo);
		expect(history.lastCommitDates.get(join(repo, 'content/2021-2022/godkendelse.md'))).toBe('2024-03-05T23:30:00+01:00');
		expect(history.lastCommitDates.get(join(repo, 'content/2021-2022/broenderslev æ ø å.md'))).toBe('2024-02-01T10:00:00+01:00');
	});

	test('reads only the folder asked for', () => {
		expect(readFileHistory(join(repo, 'content')).lastCommitDates.has(join(repo, 'README.md'))).toBe(false);
	});

	test('leaves out files with uncommitted changes and untracked files, whose date would be untrue', () => {
		const dirty = join(work, 'dirty');
		git(work, ['clone', '-q', repo, dirty]);
		writeFileSync(join(dirty, 'content/2021-2022/godkendelse.md'), 'edited, not committed');
		writeFileSync(join(dirty, 'content/2021-2022/ny.md'), 'never committed');
		const history = readFileHistory(join(dirty, 'content'));
		expect(history.lastCommitDates.has(join(dirty, 'content/2021-2022/godkendelse.md'))).toBe(false);
		expect(history.lastCommitDates.has(join(dirty, 'content/2021-2022/ny.md'))).toBe(false);
		expect(history.lastCommitDates.get(join(dirty, 'content/2021-2022/broenderslev æ ø å.md'))).toBe('2024-02-01T10:00:00+01:00');
	});

	test('in a shallow clone, trusts no date from the commit where the history is cut off', () => {
		const shallow = join(work, 'shallow');
		// file:// makes git honour --depth for a local clone.
		git(work, ['clone', '-q', '--depth', '3', `file://${repo}`, shallow]);
		const history = readFileHistory(join(shallow, 'content'));
		// The three newest commits are there, and the one that last changed godkendelse.md has its parent...
		expect(history.lastCommitDates.get(join(shallow, 'content/2021-2022/godkendelse.md'))).toBe('2024-03-05T23:30:00+01:00');
		// ...but the other file's newest commit is the cut-off one, which seems to add every file, so
		// whether it changed this one cannot be told (with --depth 1, that is every file).
		expect(history.lastCommitDates.has(join(shallow, 'content/2021-2022/broenderslev æ ø å.md'))).toBe(false);
	});

	test('outside a git repository knows no dates and no repository', () => {
		const plain = join(work, 'plain');
		mkdirSync(plain);
		writeFileSync(join(plain, 'x.md'), 'x');
		const history = readFileHistory(plain);
		expect(history.repositoryRoot).toBeUndefined();
		expect(history.lastCommitDates.size).toBe(0);
	});
});

describe('repositoryPath', () => {
	test('is the path inside the repository with forward slashes', () => {
		const history = readFileHistory(join(repo, 'content'));
		expect(repositoryPath(history, join(repo, 'content/2021-2022/godkendelse.md'))).toBe('content/2021-2022/godkendelse.md');
	});

	test('is undefined for a file outside the repository, or where there is no repository', () => {
		expect(repositoryPath(readFileHistory(join(repo, 'content')), join(work, 'elsewhere', 'x.md'))).toBeUndefined();
		expect(repositoryPath({ repositoryRoot: undefined, lastCommitDates: new Map() }, '/x.md')).toBeUndefined();
	});
});
