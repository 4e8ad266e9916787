import type { Element, ElementContent, Nodes, Properties, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import rehypeSanitize from 'rehype-sanitize';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { CONTENT_SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** The node types MDX adds to the tree (as @mdx-js/mdx's `nodeTypes`). */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/** Stands in for an MDX node the sanitizer cannot judge itself while it runs; see below. */
const PLACEHOLDER = 'mdx-placeholder';

type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type AnyNode = Nodes | MdxJsxElement | { type: string; children?: AnyNode[] };

function isMdxJsx(node: AnyNode): node is MdxJsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An HTML element written as JSX in MDX, as the plain element raw HTML in Markdown would give. */
function jsxToElement(node: MdxJsxElement): Element {
	const properties: Properties = {};
	for (const attribute of node.attributes) {
		// `{...spread}` and `attr={expression}` are code, not markup: they are dropped here.
		if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) continue;
		properties[find(html, attribute.name).property] = attribute.value ?? true;
	}
	return { type: 'element', tagName: node.name!, properties, children: node.children as ElementContent[] };
}

/**
 * Replaces MDX nodes before sanitizing: HTML written as JSX (`<script>`, `<div onclick>`) becomes a
 * plain element, so the sanitizer judges it exactly like raw HTML in Markdown; expressions (`{…}`)
 * are dropped, since documents have no use for code; components (`<Figure>`) and `import` lines
 * are kept behind a placeholder. Which components and imports MDX may use is the content check's
 * rule (it refuses others with file:line); the components' output is the project's own code.
 */
function shelveMdx(node: AnyNode, kept: AnyNode[]): AnyNode[] {
	if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
	if (isMdxJsx(node) && !node.name) return node.children.flatMap((child) => shelveMdx(child, kept)); // <>…</>
	let result: AnyNode = node;
	if (isMdxJsx(node) && !/^[A-Z]/.test(node.name!)) result = jsxToElement(node);
	else if (isMdxJsx(node) || node.type === 'mdxjsEsm') {
		kept.push(node);
		result = { type: 'element', tagName: PLACEHOLDER, properties: { dataIndex: kept.length - 1 }, children: (node as MdxJsxElement).children ?? [] };
	}
	if ('children' in result && result.children) {
		result = { ...result, children: result.children.flatMap((child) => shelveMdx(child as AnyNode, kept)) } as AnyNode;
	}
	return [result];
}

function restoreMdx(node: AnyNode, kept: AnyNode[]): AnyNode {
	const children = 'children' in node && node.children ? node.children.map((child) => restoreMdx(child as AnyNode, kept)) : undefined;
	if (node.type === 'element' && (node as Element).tagName === PLACEHOLDER) {
		const original = kept[Number((node as Element).properties.dataIndex)]!;
		return 'children' in original ? ({ ...original, children } as AnyNode) : original;
	}
	return children ? ({ ...node, children } as AnyNode) : node;
}

function containsRaw(tree: Root): boolean {
	let found = false;
	visit(tree, (node) => {
		if ((node.type as string) !== 'raw') return CONTINUE;
		found = true;
		return EXIT;
	});
	return found;
}

const WITH_PLACEHOLDER = {
	...CONTENT_SANITIZE_SCHEMA,
	tagNames: [...CONTENT_SANITIZE_SCHEMA.tagNames!, PLACEHOLDER],
	attributes: { ...CONTENT_SANITIZE_SCHEMA.attributes, [PLACEHOLDER]: ['dataIndex'] },
};

/**
 * Defence in depth for content from pull requests: whatever the content check let through, the
 * rendered HTML keeps only what `CONTENT_SANITIZE_SCHEMA` allows (rehype-sanitize). Must be the
 * first rehype plugin, so that markup our own later plugins add is never mistaken for content.
 *
 * Astro parses raw HTML in Markdown only after all rehype plugins (its own rehype-raw), so this
 * parses it first (hast-util-raw), or raw `<script>` would pass through as an unjudged string.
 */
export function rehypeSanitizeContent() {
	const clean = rehypeSanitize(WITH_PLACEHOLDER);
	return (tree: Root): Root => {
		const parsed = containsRaw(tree) ? (raw(tree, { passThrough: MDX_NODE_TYPES }) as Root) : tree;
		const kept: AnyNode[] = [];
		const shelved = shelveMdx(parsed, kept)[0] as Root;
		return restoreMdx(clean(shelved), kept) as Root;
	};
}
