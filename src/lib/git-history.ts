import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** What git can say about the files under one folder, read once per build. */
export interface FileHistory {
	/** The repository's top folder, or undefined when the folder is not in a git work tree. */
	repositoryRoot: string | undefined;
	/**
	 * When a file was last changed, as the committer's ISO 8601 date (`git log --format=%cI`), keyed
	 * by the file's absolute path. A file is left out when its history does not tell: it is
	 * untracked, it has uncommitted changes, or its newest commit is where a shallow clone cuts the
	 * history off (that commit seems to add every file, so its date says nothing about this one).
	 */
	lastCommitDates: Map<string, string>;
}

function git(args: string[], cwd: string): string | undefined {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
	} catch {
		// Not a repository, or git is not installed: the history is simply not known.
		return undefined;
	}
}

/** The commits where a shallow clone's history stops; empty for a full clone. */
function shallowBoundary(root: string): Set<string> {
	const path = git(['rev-parse', '--git-path', 'shallow'], root)?.trim();
	if (!path) return new Set();
	const file = isAbsolute(path) ? path : resolve(root, path);
	return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : new Set();
}

/**
 * Reads the history of every file under `folder` with one `git log` (not one per file, which would
 * cost a process per document on every build).
 */
export function readFileHistory(folder: string): FileHistory {
	const lastCommitDates = new Map<string, string>();
	const root = git(['rev-parse', '--show-toplevel'], folder)?.trim();
	if (!root) return { repositoryRoot: undefined, lastCommitDates };
	const pathspec = relative(root, folder) || '.';
	// NUL-separated output (-z) keeps any file name intact. Renames are not followed: a renamed file
	// counts from its rename, which is when its current address was made. A merge commit names the
	// files it changed in its own right (--cc: those that differ from every parent, as when both sides
	// of a pull request changed a document), which is what `git log -1 -- <file>` reports for them;
	// without it a merge names no files and such a file would be dated by an older commit.
	const log = git(['log', '-z', '--name-only', '--cc', '--no-renames', '--format=commit %H %cI', '--', pathspec], root) ?? '';
	const status = git(['status', '-z', '--porcelain', '--untracked-files=all', '--no-renames', '--', pathspec], root) ?? '';
	const dirty = new Set(
		status
			.split('\0')
			.filter(Boolean)
			.map((entry) => resolve(root, entry.slice(3))),
	);
	const boundary = shallowBoundary(root);
	const seen = new Set<string>();
	let current: { hash: string; date: string } | undefined;
	for (const token of log.split('\0')) {
		const line = token.replace(/^\n/, '');
		const commit = /^commit ([0-9a-f]{40,64}) (\S+)$/.exec(line);
		if (commit) {
			current = { hash: commit[1]!, date: commit[2]! };
			continue;
		}
		if (!line || !current) continue;
		const path = resolve(root, line);
		// The log is newest first: a file's first appearance is its last change.
		if (seen.has(path)) continue;
		seen.add(path);
		if (!boundary.has(current.hash) && !dirty.has(path)) lastCommitDates.set(path, current.date);
	}
	return { repositoryRoot: root, lastCommitDates };
}

/** The file's path inside its repository, with forward slashes, or undefined outside one. */
export function repositoryPath(history: FileHistory, file: string): string | undefined {
	if (!history.repositoryRoot) return undefined;
	const path = relative(history.repositoryRoot, file);
	if (path.startsWith('..') || isAbsolute(path)) return undefined;
	return path.split('\\').join('/');
}
