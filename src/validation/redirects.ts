// content/omdirigeringer.yaml: the published addresses that moved, and where each now leads.
import { RedirectsSchema, type Redirect } from '../schemas/redirects.ts';
import type { Problem } from './problems.ts';
import type { SitePages } from './site-pages.ts';
import { readYamlData } from './yaml-data.ts';

/** One valid redirect, with where it stands in its file. */
export interface CheckedRedirect {
	file: string;
	data: Redirect;
	/** Line of the entry's `from` and `to`. */
	lines: { from: number; to: number };
}

/** Validates the redirects file's text; problems go to `problems`, the valid list is returned. */
export function readRedirects(text: string, file: string, problems: Problem[]): CheckedRedirect[] {
	// A file with only comments holds no redirects yet.
	const read = readYamlData(text, file, RedirectsSchema, [], problems);
	if (!read) return [];
	const { data: redirects, yaml } = read;
	return redirects.map((data, index) => ({ file, data, lines: { from: yaml.lineOf([index, 'from']), to: yaml.lineOf([index, 'to']) } }));
}

/**
 * A redirect must leave an address that no longer exists (otherwise it would hide a page) for one
 * that does, in one step, so readers never pass through a chain of redirects or end on a missing page.
 */
export function checkRedirects(redirects: readonly CheckedRedirect[], site: SitePages): Problem[] {
	const reserved = checkReservedRedirects(redirects, site);
	if (reserved.length) return reserved;
	return redirects.flatMap(({ file, data, lines }): Problem[] => {
		if (site.pages.has(data.from)) {
			return [{ file, line: lines.from, message: `from "${data.from}" er stadig en side på sitet: en omdirigering må kun lede væk fra en adresse, der ikke findes længere` }];
		}
		const next = site.redirects.get(data.to);
		if (next) {
			return [{ file, line: lines.to, message: `to "${data.to}" er selv omdirigeret til ${next}: skriv ${next} her, så læseren kommer frem i ét skridt` }];
		}
		if (!site.pages.has(data.to)) {
			return [{ file, line: lines.to, message: `to "${data.to}" er ikke en side på sitet (et dokuments adresse er /periode/filnavn/)` }];
		}
		return [];
	});
}

/** A redirect must not leave an address under which the site publishes its own pages or files. */
export function checkReservedRedirects(redirects: readonly CheckedRedirect[], site: SitePages): Problem[] {
	const reserved = reservedPrefixes(site);
	return redirects.flatMap(({ file, data, lines }): Problem[] => {
		const first = `/${data.from.split('/')[1] ?? ''}`;
		if (!reserved.has(first)) return [];
		return [{ file, line: lines.from, message: `from "${data.from}" ligger under ${first}/, som sitet selv bruger (sider, søgning, data eller filer): en omdirigering må ikke erstatte noget af sitets eget` }];
	});
}

/**
 * The first path segments the site itself publishes under: every route's fixed first segment
 * (/soeg/, /data/, /sammenlign/ ...), the files in public/, and what the build writes beside the
 * pages (the 404 page, the search index, Astro's assets, the sitemap). A redirect there would
 * replace the site's own page or file. Period folders are not reserved: moving a document within a
 * period is what redirects are for.
 */
function reservedPrefixes(site: SitePages): Set<string> {
	const reserved = new Set(['/404', '/404.html', '/500', '/500.html', '/pagefind', '/_astro', '/_headers', '/sitemap-index.xml', '/sitemap-0.xml']);
	for (const page of site.pages) {
		const first = page.split('/')[1] ?? '';
		if (first && !/^\d{4}-\d{4}$/.test(first)) reserved.add(`/${first}`);
	}
	for (const file of site.files) reserved.add(`/${file.split('/')[1] ?? ''}`);
	return reserved;
}
