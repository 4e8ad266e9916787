/** The `rel` of every link that leaves the site: the other site gets no handle on ours and no referrer. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer';

/** The class that marks an external link visually (see global.css). */
export const EXTERNAL_LINK_CLASS = 'external-link';

/**
 * True when `href` leads to another site: an absolute http(s) or protocol-relative address whose
 * host is not the site's own (`siteUrl`, the configured public address, when there is one).
 * Relative links, anchors and mailto: stay on the site or open the reader's own program.
 */
export function isExternalHref(href: string | undefined, siteUrl?: string | URL): boolean {
	if (!href || !/^(https?:)?\/\//i.test(href.trim())) return false;
	let url: URL;
	try {
		url = new URL(href.trim(), 'https://invalid.invalid');
	} catch {
		return false;
	}
	if (!siteUrl) return true;
	return url.host !== new URL(siteUrl).host;
}
