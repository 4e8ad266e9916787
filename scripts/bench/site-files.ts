import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The kinds of page the site has; the benchmark reports each on its own. */
export type PageKind = 'home' | 'period' | 'document' | 'source-text' | 'search' | 'compare' | 'timeline' | 'theme' | 'glossary' | 'other';

/** Every kind a reader can land on, in the order the reports list them. */
export const PAGE_KINDS: readonly PageKind[] = ['home', 'period', 'document', 'source-text', 'search', 'compare', 'timeline', 'theme', 'glossary', 'other'];

/** Which kind of page a built HTML file is, by its path below the site root ('2021-2022/x/index.html'). */
export function pageKind(path: string): PageKind {
	if (path === 'index.html') return 'home';
	if (path === 'soeg/index.html') return 'search';
	if (path.startsWith('sammenlign/')) return 'compare';
	if (path.startsWith('temaer/')) return 'theme';
	if (path === 'ordliste/index.html') return 'glossary';
	if (/^\d{4}-\d{4}\/index\.html$/.test(path)) return 'period';
	if (/^\d{4}-\d{4}\/tidslinje\/index\.html$/.test(path)) return 'timeline';
	if (/^\d{4}-\d{4}\/[^/]+\/index\.html$/.test(path)) return 'document';
	if (/^\d{4}-\d{4}\/[^/]+\/kildetekst\/index\.html$/.test(path)) return 'source-text';
	return 'other';
}

/** Every file below a folder with its size, paths relative to it and with forward slashes. */
export function listFiles(dir: string): { path: string; bytes: number }[] {
	const files: { path: string; bytes: number }[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.push({ path: relative(dir, path).split('\\').join('/'), bytes: statSync(path).size });
		}
	};
	walk(dir);
	return files;
}

/** Sizes of a built site: all of it, the search index, and the HTML pages by kind. */
export interface SiteSizes {
	/** Bytes of every file in dist/, the search index included. */
	distBytes: number;
	/** Bytes of dist/pagefind/. */
	pagefindBytes: number;
	files: number;
	/** Per kind of page: how many, and the median and largest HTML file in bytes. */
	pages: Partial<Record<PageKind, { count: number; medianBytes: number; maxBytes: number }>>;
}

/** Measures a built site's sizes on disk (apparent file sizes, not disk blocks). */
export function siteSizes(siteDir: string): SiteSizes {
	const files = listFiles(siteDir);
	const byKind = new Map<PageKind, number[]>();
	for (const file of files) {
		if (!file.path.endsWith('.html')) continue;
		const kind = pageKind(file.path);
		if (!byKind.has(kind)) byKind.set(kind, []);
		byKind.get(kind)!.push(file.bytes);
	}
	const pages: SiteSizes['pages'] = {};
	for (const [kind, sizes] of byKind) {
		const sorted = sizes.sort((a, b) => a - b);
		pages[kind] = { count: sorted.length, medianBytes: sorted[Math.floor((sorted.length - 1) / 2)]!, maxBytes: sorted.at(-1)! };
	}
	return {
		distBytes: files.reduce((sum, file) => sum + file.bytes, 0),
		pagefindBytes: files.filter((file) => file.path.startsWith('pagefind/')).reduce((sum, file) => sum + file.bytes, 0),
		files: files.length,
		pages,
	};
}
