// Addresses of the pages that read across periods. Kept together so pages, links and the content
// check agree on them; they are public URLs and must stay stable.

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
	return new RegExp(`^/[^/]+/[^/]+/${SOURCE_TEXT_SLUG}/$`).test(path);
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
