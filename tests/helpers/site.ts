import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { isAdminUrl } from '../../src/lib/routes.ts';
import { contentDir } from '../../src/site-config.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { FIXTURE_CONTENT, ROOT } from './build-site.ts';

/**
 * A content check's result made read-only, so the files of a worker can share it (the site project
 * runs its files in shared workers, vitest.config.ts): one that changed it would throw, not change
 * what the next file reads.
 */
function deepFrozen<T>(value: T, seen = new Set<unknown>()): T {
	if (typeof value !== 'object' || value === null || seen.has(value)) return value;
	seen.add(value);
	for (const key of Reflect.ownKeys(value)) deepFrozen((value as Record<PropertyKey, unknown>)[key], seen);
	return Object.freeze(value);
}

const checked = new Map<string, ReturnType<typeof checkContent>>();
/** The content in `dir` as the build's checker reads it, checked once per worker and shared. */
function checkedOnce(dir: string, what: string) {
	let result = checked.get(dir);
	if (!result) {
		result = checkContent({ contentDir: dir, rootDir: ROOT });
		if (result.problems.length) throw new Error(`${what} has problems: ${JSON.stringify(result.problems)}`);
		checked.set(dir, deepFrozen(result));
	}
	return result;
}

/** The real content, read with the same checker the build uses: what the site must publish. */
export function publishedContent() {
	return checkedOnce(contentDir({}, ROOT), 'content');
}

/** The fixture content the behaviour tests' site is built from, read the same way. */
export function fixtureContent() {
	return checkedOnce(FIXTURE_CONTENT, 'fixture content');
}

/** The HTML file a URL path is served from, e.g. '/2021-2022/' -> '<site>/2021-2022/index.html'. */
export function pageFile(siteDir: string, urlPath: string): string {
	return urlPath.endsWith('/') ? join(siteDir, urlPath, 'index.html') : join(siteDir, urlPath);
}

/** Parses a built page by its URL path. */
export function readPage(siteDir: string, urlPath: string): CheerioAPI {
	const file = pageFile(siteDir, urlPath);
	if (!existsSync(file)) throw new Error(`no page for ${urlPath} (expected ${relative(ROOT, file)})`);
	return load(readFileSync(file, 'utf8'));
}

/** Every HTML page of the built site as a URL path ('/', '/2021-2022/', '/404.html'). */
export function allPages(siteDir: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
			} else if (entry.name.endsWith('.html')) {
				const rel = `/${relative(siteDir, path).split('\\').join('/')}`;
				pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(resolve(siteDir));
	return pages.sort();
}

/** True when a root-relative link resolves to a file in the built site. */
export function linkResolves(siteDir: string, href: string): boolean {
	const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
	if (path === '') return true;
	const file = pageFile(siteDir, path);
	return existsSync(file) || existsSync(join(siteDir, path, 'index.html'));
}

/**
 * The pages a reader reads: every page but the CMS at /admin/. Once loaded, that page is Decap CMS's
 * own application, which replaces the page's body; the browser checks of the site's pages (axe,
 * keyboard round, privacy, reading without JavaScript) do not describe it. It is tested as what it
 * is in tests/browser/cms.test.ts, and its HTML is held to the invariants with every other page.
 */
export function readerPages(siteDir: string): string[] {
	return allPages(siteDir).filter((path) => !isAdminUrl(path));
}
