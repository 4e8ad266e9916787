// Writable copies of the fixture sites, for tests that add or edit a file and check.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem, sortProblems } from '../../src/validation/problems.ts';

export const THREE_PERIODS = fileURLToPath(new URL('../fixtures/sites/three-periods/', import.meta.url));
export const BAD_CONTENT = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));

const sites: string[] = [];

/** A fresh copy of the valid three-period site as `<tmp>/content`; returns `<tmp>`, the root. */
export function makeSite(prefix = 'check-content-'): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	sites.push(root);
	cpSync(THREE_PERIODS, join(root, 'content'), { recursive: true });
	return root;
}

/**
 * A fresh copy of the fixture content in `fixture` as `<tmp>/content`, with each edit applied to the
 * file it names (a path under content/); returns the folders as checkContent takes them.
 */
export function copyWithEdits(fixture: string, edits: Record<string, (text: string) => string> = {}, prefix = 'check-content-'): { contentDir: string; rootDir: string } {
	const rootDir = mkdtempSync(join(tmpdir(), prefix));
	sites.push(rootDir);
	const contentDir = join(rootDir, 'content');
	cpSync(fixture, contentDir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(contentDir, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	return { contentDir, rootDir };
}

/** A fresh empty folder to use as a root, without content. */
export function emptyRoot(prefix = 'check-content-'): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	sites.push(root);
	return root;
}

/** Writes `text` to `content/<path>` under `root`, creating folders as needed. */
export function put(root: string, path: string, text: string | Buffer): void {
	const full = join(root, 'content', path);
	mkdirSync(join(full, '..'), { recursive: true });
	writeFileSync(full, text);
}

/** The problems as `formatProblem` prints them, top to bottom. */
export function check(root: string): string[] {
	return sortProblems(checkContent({ contentDir: join(root, 'content'), rootDir: root }).problems).map(formatProblem);
}

/** Removes the sites made since the last call (for afterEach). */
export function removeSites(): void {
	for (const root of sites.splice(0)) rmSync(root, { recursive: true, force: true });
}
