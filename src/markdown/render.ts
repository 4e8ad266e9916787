// Renders a content body to HTML from the tree the content check parsed: one parse, read by the
// rules and rendered here, so the site shows exactly what was checked. Nothing in a body becomes
// code: Markdown and MDX alike end as sanitised HTML (MDX is only a syntax here, never compiled).
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { GlossaryTerm } from '../lib/glossary.ts';
import { REMARK_PLUGINS, REMARK_REHYPE_OPTIONS } from './dialect.ts';
import { externalLinkOptions } from './external-links.ts';
import { rehypeGlossary } from './rehype-glossary.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingYears } from './rehype-heading-years.ts';
import { rehypeSanitizeContent } from './rehype-sanitize-content.ts';

export interface RenderOptions {
	/** The glossary's terms, marked at their first occurrence; empty for bodies that mark none. */
	terms: readonly GlossaryTerm[];
	/** The site's public address, to tell links to other sites from links to this one. */
	siteUrl: string;
}

/** What a rendered body gives a page: its HTML and the headings for the table of contents. */
export interface RenderedBody {
	html: string;
	headings: MarkdownHeading[];
}

/**
 * The render pipeline. Order matters: the sanitizer must be the first rehype step, so only markup our
 * own later plugins add (glossary marks, heading anchors, external-link marks) goes beyond the
 * allow-list; heading ids come after it, so a heading's id is made from its sanitised text.
 */
function renderProcessor({ terms, siteUrl }: RenderOptions) {
	const processor = unified();
	for (const plugin of REMARK_PLUGINS) processor.use(plugin);
	return processor
		.use(remarkRehype, REMARK_REHYPE_OPTIONS)
		.use(rehypeSanitizeContent)
		.use(rehypeGlossary, { terms: [...terms] })
		.use(rehypeHeadingYears)
		.use(rehypeHeadingAnchors)
		.use(rehypeExternalLinks, externalLinkOptions(siteUrl))
		.use(rehypeStringify)
		.freeze();
}

const processors = new Map<string, ReturnType<typeof renderProcessor>>();

/**
 * Renders a parsed body. `tree` is transformed in place (the check is done with it); `path` names
 * the file for the headings step. Throws `RefusedMarkup` (./dialect.ts) where MDX would run code.
 */
export async function renderBody(tree: Root, path: string, options: RenderOptions): Promise<RenderedBody> {
	const key = JSON.stringify([options.terms, options.siteUrl]);
	let processor = processors.get(key);
	if (!processor) {
		processor = renderProcessor(options);
		processors.clear();
		processors.set(key, processor);
	}
	const file = new VFile({ path, data: { astro: { frontmatter: {} } } });
	const hast = (await processor.run(tree, file)) as HastRoot;
	const html = processor.stringify(hast, file);
	const headings = ((file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? []).map((heading) => ({ ...heading }));
	return { html, headings };
}
