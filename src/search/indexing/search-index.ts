import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { VOCABULARY_PATH, buildVocabulary } from '../search-vocabulary.ts';
import { augmentForIndex } from './compound-parts.ts';
import { loadDanishCompoundParts } from './danish-compounds.ts';
import { openIndexCache, pageKey } from './index-cache.ts';

export interface IndexOptions {
	/**
	 * Index the parts of Danish compound words and write the vocabulary for no-result suggestions
	 * (default true). Without it the site is indexed as Pagefind reads it from disk, which is what
	 * the benchmark compares against to show the cost of the extra indexing.
	 */
	compoundParts?: boolean;
	/** Receives what the compound indexing did. */
	report?: (stats: CompoundIndexStats) => void;
	/**
	 * Where the copies Pagefind indexes are kept between builds (./index-cache.ts): the build's cache
	 * folder. Without it every copy is made anew.
	 */
	cacheDir?: string;
}

/** What the compound indexing did, for the build log and the benchmark. */
export interface CompoundIndexStats {
	pages: number;
	/** Occurrences of compound words in the indexed text. */
	compounds: number;
	/** Part tokens added to the index. */
	parts: number;
	/** Distinct words in the vocabulary file. */
	vocabulary: number;
}

/**
 * Builds the Pagefind index for a built site and writes it to `<site>/pagefind/`. Only pages that
 * mark their text with `data-pagefind-body` (the documents) are indexed; the page language
 * (`<html lang="da">`) selects Danish stemming. By default Pagefind reads a copy of each page with
 * the parts of its compound words added (see compound-parts.ts), and the indexed words are written
 * to the vocabulary file. Returns the number of pages indexed per language.
 */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<Record<string, number>> {
	const { compoundParts = true } = options;
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		if (compoundParts) {
			const stats = await addAugmentedPages(index, siteDir, options.cacheDir);
			options.report?.(stats);
		} else {
			const added = await index.addDirectory({ path: siteDir });
			if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// The entry file says what was indexed, per language.
		const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		return Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
	} finally {
		await pagefind.close();
	}
}

async function addAugmentedPages(index: pagefind.PagefindIndex, siteDir: string, cacheDir: string | undefined): Promise<CompoundIndexStats> {
	// The Danish dictionary is loaded only when a page is not in the cache.
	let loaded: ((word: string) => string[]) | undefined;
	const partsOf = (word: string) => (loaded ??= loadDanishCompoundParts())(word);
	const cache = openIndexCache(cacheDir);
	const stats: CompoundIndexStats = { pages: 0, compounds: 0, parts: 0, vocabulary: 0 };
	const words: string[] = [];
	const adding = pagesInFlight(index);
	// Sorted, so the index and the vocabulary come out the same on every build.
	for (const file of (await htmlFiles(siteDir)).sort()) {
		const path = relative(siteDir, file).split('\\').join('/');
		const html = await readFile(file, 'utf8');
		const key = pageKey(path, html);
		let page = cache.get(key);
		if (!page) {
			page = augmentForIndex(html, partsOf, path);
			if (page.indexed) cache.set(key, page);
		}
		// Pages without data-pagefind-body come back untouched; Pagefind would leave them out anyway.
		if (!page.indexed) continue;
		await adding.add(path, page.html);
		stats.pages++;
		stats.compounds += page.compounds;
		stats.parts += page.parts;
		words.push(...page.words);
	}
	await adding.done();
	cache.save();
	const vocabulary = buildVocabulary(words);
	stats.vocabulary = vocabulary.words.length;
	const vocabularyFile = join(siteDir, VOCABULARY_PATH);
	await mkdir(dirname(vocabularyFile), { recursive: true });
	await writeFile(vocabularyFile, JSON.stringify(vocabulary));
	return stats;
}

/**
 * Hands pages to Pagefind without waiting for each in turn. Pagefind indexes in a process of its own,
 * so while it reads one page this one makes the next pages' copies, and the two use both cores;
 * awaiting every page left one of them idle (a third of the index step's time at 1,000 documents).
 * A few pages in flight keep Pagefind busy without holding many copies at once. The pages are sent in
 * the order given, and the index comes out byte for byte as with one page at a time.
 */
function pagesInFlight(index: pagefind.PagefindIndex, limit = 8) {
	const inFlight = new Set<Promise<void>>();
	let failure: Error | undefined;
	return {
		/** Sends a page; waits only while `limit` pages are still being indexed. */
		async add(path: string, html: string): Promise<void> {
			if (failure) throw failure;
			const sent: Promise<void> = index.addHTMLFile({ url: pageUrl(path), content: html }).then(
				(added) => {
					if (added.errors.length) failure ??= new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
				},
				(error: unknown) => {
					failure ??= new Error(`Pagefind could not index ${path}: ${String(error)}`);
				},
			);
			inFlight.add(sent);
			void sent.finally(() => inFlight.delete(sent));
			if (inFlight.size >= limit) await Promise.race(inFlight);
		},
		/** Waits for every page sent; throws the first page's failure. */
		async done(): Promise<void> {
			await Promise.all(inFlight);
			if (failure) throw failure;
		},
	};
}

/** The address Pagefind gives a file: 'a/b/index.html' -> '/a/b/', as its own directory indexing does. */
function pageUrl(path: string): string {
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'pagefind') found.push(...(await htmlFiles(path)));
		} else if (entry.name.endsWith('.html')) {
			found.push(path);
		}
	}
	return found;
}
