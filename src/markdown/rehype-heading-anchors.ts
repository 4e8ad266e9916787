import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { VFile } from 'vfile';
import { headingAnchorLabel } from '../ui/strings.ts';

/** The body headings that get a link to themselves; the page's h1 is the title, not a section. */
const LINKED_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

function anchorContent(heading: Readonly<Element>): ElementContent[] {
	return [
		{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
		{
			type: 'element',
			tagName: 'span',
			properties: { className: ['visually-hidden'] },
			children: [{ type: 'text', value: headingAnchorLabel(toString(heading as Element)) }],
		},
	];
}

/**
 * Gives every body heading a link to itself, so a reader can copy the address of a section.
 *
 * The link sits after the heading, not inside it (as Starlight does): inside, its text would become
 * part of the heading's accessible name and of the heading text Astro collects for the table of
 * contents. Heading and link are grouped in a div for placing the link beside the heading.
 *
 * Astro adds heading ids only after all user rehype plugins have run, and rehype-autolink-headings
 * links only headings that have ids, so this runs Astro's own id step first. Astro's later pass keeps
 * ids that are already set, so ids and the table of contents stay exactly as Astro makes them.
 */
export function rehypeHeadingAnchors() {
	// Typed as unified's general transformer (maybe async, maybe absent); Astro's is synchronous.
	const addIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
	const addLinks = rehypeAutolinkHeadings({
		behavior: 'after',
		test: LINKED_HEADINGS,
		group: (heading) => ({
			type: 'element',
			tagName: 'div',
			properties: { className: ['heading-wrapper', `heading-wrapper--${heading.tagName}`] },
			children: [],
		}),
		// The search index must not pick up the link's words as document text.
		properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
		content: anchorContent,
	});
	return (tree: Root, file: VFile) => {
		addIds(tree, file);
		addLinks(tree);
	};
}
