import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContentText } from './content-source/read-text.ts';
import { REDIRECTS_FILE } from './schemas/redirects.ts';
import { ContentProblemsError } from './content-source/content-problems-error.ts';
import type { Problem } from './validation/problems.ts';
import { checkReservedRedirects, readRedirects } from './validation/redirects.ts';
import { sitePages } from './validation/site-pages.ts';

/**
 * Astro's `redirects` configuration from `content/omdirigeringer.yaml`: old address -> new address.
 * On a static site Astro writes a page at each old address that sends the reader on. Astro needs
 * them in its configuration, before any content is loaded, so the file is read here with the
 * content check's own readers and rules (a redirect must not replace the site's own pages); the full
 * check (does the target exist?) runs with the rest of the content.
 */
export function redirectsConfig(contentDir: string, rootDir = process.cwd()): Record<string, string> {
	const path = join(contentDir, REDIRECTS_FILE);
	if (!existsSync(path)) return {};
	const file = relative(rootDir, path).split('\\').join('/');
	const problems: Problem[] = [];
	const read = readContentText(path);
	if ('problems' in read) throw new ContentProblemsError(read.problems.map((problem) => ({ file, ...problem })));
	const redirects = readRedirects(read.text, file, problems);
	problems.push(...checkReservedRedirects(redirects, sitePages({ periods: [], documents: [], themes: [] }, new Map(), new Map())));
	if (problems.length) throw new ContentProblemsError(problems);
	return Object.fromEntries(redirects.map((redirect) => [redirect.data.from, redirect.data.to]));
}
