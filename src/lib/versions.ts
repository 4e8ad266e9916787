import { documentUrl, periodUrl } from './routes.ts';

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

// The period and document addresses are defined in routes.ts with every other address; they are
// re-exported here for the modules that import them with the switcher's logic.
export { documentUrl, periodUrl } from './routes.ts';
