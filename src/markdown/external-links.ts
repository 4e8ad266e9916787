import type { Element } from 'hast';
import type { Options } from 'rehype-external-links';
import { EXTERNAL_LINK_CLASS, EXTERNAL_LINK_REL, isExternalHref } from '../lib/external-links.ts';
import { ui } from '../ui/strings.ts';

/**
 * rehype-external-links settings for content: links to other sites get `rel="noopener noreferrer"`,
 * the external-link class (a visible mark) and a visually hidden "(ekstern side)" for screen
 * readers, exactly as the layout's ExternalLink component renders them.
 */
export function externalLinkOptions(siteUrl?: string): Options {
	return {
		rel: EXTERNAL_LINK_REL.split(' '),
		test: (element: Element) => isExternalHref(String(element.properties.href ?? ''), siteUrl),
		properties: (element: Element) => ({
			className: [...((element.properties.className as string[] | undefined) ?? []), EXTERNAL_LINK_CLASS],
		}),
		content: { type: 'text', value: ` ${ui.externalLink}` },
		contentProperties: { className: ['visually-hidden'] },
	};
}
