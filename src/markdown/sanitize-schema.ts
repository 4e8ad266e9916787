// What the rendered HTML of a content file may contain, for rehype-sanitize: the editors' allow-list
// (src/markdown/allowed-html.ts, the one list of markup editors may write) plus exactly the markup
// Markdown itself and our own pipeline generate. Anything else is removed before the page is
// written, even if the content check (which refuses it with file:line) were ever to miss it.
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { ALLOWED_URL_PROTOCOLS, EDITOR_HTML_ELEMENTS } from './allowed-html.ts';

type AttributeRule = NonNullable<Schema['attributes']>[string][number];

/** A heading id as github-slugger writes it: no spaces or markup characters. */
const HEADING_ID: AttributeRule = ['id', /^[^\s"'<>&]+$/];

/** What Markdown syntax (CommonMark and GFM, via remark-rehype) turns into, with its attributes. */
const MARKDOWN_ELEMENTS: Record<string, AttributeRule[]> = {
	p: [],
	// Heading ids come from Astro's rehypeHeadingIds, which a plugin may run before the sanitizer.
	h2: [HEADING_ID],
	h3: [HEADING_ID],
	h4: [HEADING_ID],
	h5: [HEADING_ID],
	h6: [HEADING_ID],
	blockquote: [],
	ul: [['className', 'contains-task-list']],
	ol: ['start', ['className', 'contains-task-list']],
	li: [['className', 'task-list-item']],
	// GFM task lists: a checkbox readers cannot change.
	input: [
		['type', 'checkbox'],
		['disabled', true],
		'checked',
	],
	a: ['href', 'title'],
	em: [],
	strong: [],
	del: [],
	code: [],
	pre: [],
	hr: [],
	br: [],
	// Images only from the site itself (see IMAGE_SOURCE): a remote image is a request to a third party.
	img: ['alt', 'title'],
	table: [],
	thead: [],
	tbody: [],
	tr: [],
	th: ['align'],
	td: ['align'],
};

/**
 * What our own remark/rehype plugins add. Each entry names the plugin that generates it, so a
 * plugin's markup and its permission are changed together.
 */
const PIPELINE_ELEMENTS: Record<string, AttributeRule[]> = {
	// remark-editorial-notes: `> **Redaktionel note:** ...` becomes a note apart from the source text.
	aside: [
		['className', 'redaktionel-note'],
		['role', 'note'],
	],
	// GFM footnotes (remark-rehype): numbered references, the list of notes and the links back.
	// remark-rehype prefixes the ids itself ('user-content-'), so ids are allowed only in that form.
	sup: [],
	section: ['dataFootnotes', ['className', 'footnotes']],
	// Heading anchors (rehype-heading-anchors) group a heading and its self-link in a div.
	div: [['className', 'heading-wrapper', /^heading-wrapper--h[2-6]$/]],
	// The glossary (rehype-glossary) writes <abbr title> inside a link to the term; the heading
	// anchors write a hidden '#' and a visually hidden label.
	abbr: ['title'],
	span: [['ariaHidden', 'true'], ['className', 'visually-hidden']],
};

/** Attributes our pipeline adds to elements Markdown also produces. */
const PIPELINE_ATTRIBUTES: Record<string, AttributeRule[]> = {
	a: [
		// Footnote references and the links back to them.
		['id', /^user-content-fnref-[\w-]+$/],
		'dataFootnoteRef',
		'dataFootnoteBackref',
		['ariaDescribedBy', 'footnote-label'],
		'ariaLabel',
		// Glossary terms, heading self-links (kept out of the search index) and footnote back links.
		['className', 'glossary-term', 'heading-anchor', 'data-footnote-backref'],
		'dataPagefindIgnore',
	],
	li: [['id', /^user-content-fn-[\w-]+$/]],
	h2: [
		['id', 'footnote-label'],
		['className', 'sr-only'],
	],
};

/** Relative addresses only: no scheme (`https:`, `data:` …) and not protocol-relative (`//host`). */
const IMAGE_SOURCE = /^(?![a-z][a-z\d+.-]*:|\/\/)/i;

/** An HTML attribute name as hast names the property (`datetime` -> `dateTime`). */
function propertyName(attribute: string): string {
	return find(html, attribute).property;
}

function merge(...maps: Record<string, AttributeRule[]>[]): Record<string, AttributeRule[]> {
	const result: Record<string, AttributeRule[]> = {};
	for (const map of maps) {
		for (const [tag, rules] of Object.entries(map)) result[tag] = [...(result[tag] ?? []), ...rules];
	}
	return result;
}

const editorElements = Object.fromEntries(
	Object.entries(EDITOR_HTML_ELEMENTS).map(([tag, attributes]) => [tag, attributes.map(propertyName)]),
);
const attributes = merge(MARKDOWN_ELEMENTS, editorElements, PIPELINE_ELEMENTS, PIPELINE_ATTRIBUTES);
attributes.img = [...attributes.img!, ['src', IMAGE_SOURCE]];

/**
 * The sanitizer's schema for rendered content. Built from scratch rather than from
 * hast-util-sanitize's GitHub-like default, so that nothing is allowed that no one here chose.
 */
export const CONTENT_SANITIZE_SCHEMA: Schema = {
	tagNames: Object.keys(attributes),
	attributes,
	// Only where HTML itself requires a parent; a stray <tr> must not end up outside its table.
	ancestors: {
		tbody: ['table'],
		thead: ['table'],
		tr: ['table'],
		th: ['table'],
		td: ['table'],
		li: ['ol', 'ul'],
		input: ['li'],
	},
	protocols: { href: [...ALLOWED_URL_PROTOCOLS] },
	// Ids are only allowed in the exact forms our pipeline writes (above), so they need no prefix;
	// hast-util-sanitize's default 'user-content-' prefix would break the footnote links.
	clobber: [],
	clobberPrefix: '',
	// Elements removed with everything inside them; any other refused element is unwrapped and its
	// text kept, so a mistake costs markup, never the source's words.
	strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'select', 'svg', 'math'],
	allowComments: false,
	allowDoctypes: false,
	required: {},
};
