import type { Element, ElementContent, Root, RootContent } from 'hast';
import { splitYearRanges } from '../lib/no-break-years.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function keepYearsTogether(parent: Element): void {
	parent.children = parent.children.flatMap((child): ElementContent[] => {
		if (child.type === 'element') {
			keepYearsTogether(child);
			return [child];
		}
		if (child.type !== 'text') return [child];
		return splitYearRanges(child.value).map(({ text, years }) =>
			years ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: text }] } : { type: 'text', value: text },
		);
	});
}

/**
 * Keeps a span of years ('2021-2022') in a body heading on one line, as the headings the site
 * writes itself do (NoBreakYears.astro): only a span is added, never a character, so the heading's
 * text, its anchor and the table of contents stay as written. Runs after the sanitizer, whose
 * allow-list knows nothing of this markup.
 */
export function rehypeHeadingYears() {
	const walk = (node: Root | Element) => {
		for (const child of node.children as RootContent[]) {
			if (child.type !== 'element') continue;
			if (HEADINGS.has(child.tagName)) keepYearsTogether(child);
			else walk(child);
		}
	};
	return (tree: Root) => walk(tree);
}
