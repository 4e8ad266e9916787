/** The page a reader is on, as far as the period switcher is concerned. */
export interface PageLocation {
	/** The period the page belongs to, if any. */
	period?: string;
	/** The document's slug, on a document page. */
	slug?: string;
	/** A page every period has (its timeline), so the switcher can go to the same page in another period. */
	subpage?: string;
}

/**
 * Where the period switcher sends a reader who is on `here` and picks `target`: the same document
 * in the target period when one with that slug exists, otherwise the target period's page, so the
 * switcher never leads to a missing page.
 */
export function correspondingUrl(target: string, here: PageLocation, documentKeys: ReadonlySet<string>): string {
	if (here.subpage) return `/${target}/${here.subpage}/`;
	if (here.slug && documentKeys.has(`${target}/${here.slug}`)) return documentUrl(target, here.slug);
	return periodUrl(target);
}

export function periodUrl(period: string): string {
	return `/${period}/`;
}

export function documentUrl(period: string, slug: string): string {
	return `/${period}/${slug}/`;
}
