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
