import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import rehypeSanitize from 'rehype-sanitize';
import { CONTENT_SANITIZE_SCHEMA } from './sanitize-schema.ts';

/**
 * Defence in depth for content from pull requests: whatever the content check let through, the
 * rendered HTML keeps only what `CONTENT_SANITIZE_SCHEMA` allows (rehype-sanitize). Must be the
 * first rehype plugin, so that markup our own later plugins add is never mistaken for content.
 *
 * Raw HTML in Markdown arrives as `raw` strings; they are parsed here (hast-util-raw) so the
 * sanitizer judges elements, not an unjudged string. Every node of the tree is sanitised: MDX's
 * JSX has already become plain elements, and MDX code was refused, by the render pipeline's
 * handlers (./dialect.ts), so nothing is set aside and handed back unjudged.
 */
export function rehypeSanitizeContent() {
	const clean = rehypeSanitize(CONTENT_SANITIZE_SCHEMA);
	return (tree: Root): Root => clean(raw(tree) as Root) as Root;
}
