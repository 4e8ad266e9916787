// The site's one Markdown dialect: CommonMark with GFM, MDX syntax for .mdx files, the sources'
// own punctuation (no SmartyPants), and our plugins in their order. The content check parses with
// `parserFor`, the collections' loader renders that same parse with `renderProcessor`
// (./render.ts), and astro.config.mjs gives Astro the same plugins for any Markdown page of our
// own, so no reader of Markdown configures it differently.
import type { ElementContent, Properties } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type { Handler, Handlers, State } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { footnoteBackLabel, ui } from '../ui/strings.ts';
import { remarkEditorialNotes } from './remark-editorial-notes.ts';

// One parser per syntax, built once: constructing a unified processor is cheap, but not free, and
// every content file is parsed with one of these two.
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** The parser for a body: Markdown, or MDX syntax for an .mdx file. */
export function parserFor(mdx: boolean) {
	return mdx ? mdxParser : markdownParser;
}

/** The remark plugins after parsing, in order. GFM is part of the parser (above). */
export const REMARK_PLUGINS = [remarkEditorialNotes] as const;

/**
 * Where MDX would run code or a component, rendering stops: this is the second wall behind the
 * content check's markup rule, so a hostile file is refused even if the check were skipped.
 */
export class RefusedMarkup extends Error {
	/** 1-based line in the body, when known. */
	readonly line: number | undefined;

	constructor(message: string, line?: number) {
		super(message);
		this.name = 'RefusedMarkup';
		this.line = line;
	}
}

function refuse(node: { position?: { start: { line: number } } }, message: string): never {
	throw new RefusedMarkup(message, node.position?.start.line);
}

/**
 * HTML written as JSX (`<abbr title="…">`) becomes the plain element raw HTML in Markdown would give,
 * so the sanitizer judges both alike. Anything that is code is refused, not dropped: an import, an
 * `{expression}`, an attribute with an expression, a component (capitalised or dotted name).
 */
const jsxElement: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
	if (node.name === null) return state.all(node) as ElementContent[];
	if (!/^[a-z][a-z0-9-]*$/.test(node.name)) refuse(node, `komponenten <${node.name}> kan ikke vises: indhold bruger ingen komponenter`);
	const properties: Properties = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
			refuse(node, `<${node.name}> har en attribut med et {udtryk}, som er JavaScript: skriv værdien i anførselstegn`);
		}
		properties[find(html, attribute.name).property] = attribute.value ?? true;
	}
	return { type: 'element', tagName: node.name, properties, children: state.all(node) as ElementContent[] };
};

const code: Handler = (_state, node) => refuse(node, 'MDX-kode (import, export eller et {udtryk}) kan ikke vises: skriv teksten direkte');

/** remark-rehype's handlers for MDX's node types. */
export const MDX_HANDLERS: Handlers = {
	mdxJsxFlowElement: jsxElement,
	mdxJsxTextElement: jsxElement,
	mdxjsEsm: code,
	mdxFlowExpression: code,
	mdxTextExpression: code,
};

/** remark-rehype's options: footnotes labelled in the page's language, MDX nodes judged above. */
export const REMARK_REHYPE_OPTIONS = {
	// Raw HTML is kept as `raw` nodes only for the sanitizer to parse and judge (it runs first).
	allowDangerousHtml: true,
	footnoteLabel: ui.footnotes,
	footnoteBackLabel,
	handlers: MDX_HANDLERS,
};
