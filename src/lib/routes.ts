// The site's addresses. Kept together so pages, links and the content check agree on them; they
// are public URLs and must stay stable. Every builder here gives a path of the site ('/2021-2022/'),
// as content and the content check write them; the rendered pages link to `withBase(path)`, so the
// whole site can live under a path (a GitHub Pages project site, '/socialaftale/').

/**
 * A path of the site under the base path the site is served from. Only root-relative paths are
 * changed: '/2021-2022/' under '/socialaftale/' is '/socialaftale/2021-2022/'; '#a', 'https://…'
 * and 'mailto:' stay as they are. Pure, so browser code and the build can both use it.
 */
export function withBase(path: string, base: string): string {
	if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
	if (path === base.slice(0, -1) || path.startsWith(base)) return path;
	return `${base}${path.slice(1)}`;
}

/**
 * A path of the site as an absolute address on the site `site` (SITE_URL, which may have a path of
 * its own): '/2021-2022/' on 'https://owner.github.io/socialaftale' is
 * 'https://owner.github.io/socialaftale/2021-2022/'. `new URL(path, site)` would drop the site's path.
 */
export function absoluteAddress(path: string, site: string | URL): string {
	const root = String(site).endsWith('/') ? String(site) : `${String(site)}/`;
	return new URL(path.replace(/^\/+/, ''), root).href;
}

export function periodUrl(period: string): string {
	return `/${period}/`;
}

export function documentUrl(period: string, slug: string): string {
	return `/${period}/${slug}/`;
}

/** The search page, optionally with a query. */
export function searchUrl(query?: string): string {
	return query === undefined ? '/soeg/' : `/soeg/?q=${encodeURIComponent(query)}`;
}

/** The sub-page of every period that shows the agreement's making as a timeline. */
export const TIMELINE_SLUG = 'tidslinje';

/**
 * Document slugs that a period's own pages use. A document with such a file name would be hidden
 * behind that page, so the content check refuses it.
 */
export const RESERVED_DOCUMENT_SLUGS: readonly string[] = [TIMELINE_SLUG];

export function timelineUrl(period: string): string {
	return `/${period}/${TIMELINE_SLUG}/`;
}

/** The sub-page of a document that shows the raw source text it was made from. */
export const SOURCE_TEXT_SLUG = 'kildetekst';

/** The page with a document's source text as received and the editors' changes against it. */
export function sourceTextUrl(period: string, slug: string): string {
	return `/${period}/${slug}/${SOURCE_TEXT_SLUG}/`;
}

/**
 * True for the address (path or full URL) of a source-text page. Those pages are marked noindex,
 * so they are left out of the sitemap too: a sitemap lists the pages a search engine should index.
 */
export function isSourceTextUrl(address: string): boolean {
	const path = /^https?:/.test(address) ? new URL(address).pathname : address;
	// Any base path may stand in front: the last three segments tell a source-text page.
	return new RegExp(`/[^/]+/[^/]+/${SOURCE_TEXT_SLUG}/$`).test(path);
}

/** The CMS's page (src/pages/admin/), for the editors: noindex, not in the sitemap or the search. */
export const ADMIN_URL = '/admin/';

/** True for the address (path or full URL, under any base path) of the CMS's page. */
export function isAdminUrl(address: string): boolean {
	const path = /^https?:/.test(address) ? new URL(address).pathname : address;
	return path.endsWith(ADMIN_URL) && !path.slice(0, -ADMIN_URL.length).includes('/', 1);
}

/** The comparison of period `a` with period `b`; a is shown first (left). */
export function compareUrl(a: string, b: string): string {
	return `/sammenlign/${a}/${b}/`;
}

export const COMPARE_INDEX_URL = '/sammenlign/';

export function themeUrl(id: string): string {
	return `/temaer/${id}/`;
}

export const THEMES_INDEX_URL = '/temaer/';

export const GLOSSARY_URL = '/ordliste/';

/** A glossary entry's anchor on the glossary page. */
export function glossaryEntryUrl(id: string): string {
	return `${GLOSSARY_URL}#${id}`;
}

/** The id of an approved focus area's heading on its period's page. */
export function focusAreaAnchor(id: string): string {
	return `fokusomraade-${id}`;
}

/** An approved focus area on its period's page, e.g. what an earlier stage's focus area became. */
export function focusAreaUrl(period: string, id: string): string {
	return `/${period}/#${focusAreaAnchor(id)}`;
}
