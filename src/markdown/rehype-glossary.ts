import type { Element, ElementContent, Root, RootContent } from 'hast';
import { createTermMatcher, type GlossaryTerm } from '../lib/glossary.ts';
import { glossaryEntryUrl } from '../lib/routes.ts';
import { parsePeriodId } from '../schemas/common.ts';

export interface RehypeGlossaryOptions {
	/** The glossary's terms (see `glossaryTerms`). */
	terms: GlossaryTerm[];
}

/**
 * Where a term is not marked: inside a link or another mark (no nested links), in headings (the
 * outline and heading anchors stay plain), and in code.
 */
const SKIPPED = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** True for a document file: one that lies directly in a period folder (not the glossary or themes). */
export function isDocumentPath(path: string | undefined): boolean {
	if (!path) return false;
	const parts = path.split(/[\\/]/);
	return parts.length >= 2 && parsePeriodId(parts[parts.length - 2]!) !== undefined;
}

/**
 * Marks the first occurrence of each glossary term in a document: a link to the term's entry in
 * the glossary, around an `<abbr title>` with the expansion where the occurrence is an abbreviation
 * with a known expansion. Only elements are added; every character of the text stays as it was,
 * so what readers, search and screen readers get as text is unchanged.
 */
export function rehypeGlossary({ terms }: RehypeGlossaryOptions) {
	const findTerms = createTermMatcher(terms);
	const byId = new Map(terms.map((term) => [term.id, term]));

	function mark(text: string, seen: Set<string>): ElementContent[] | undefined {
		const parts: ElementContent[] = [];
		let position = 0;
		for (const match of findTerms(text)) {
			if (seen.has(match.id)) continue;
			seen.add(match.id);
			if (match.start > position) parts.push({ type: 'text', value: text.slice(position, match.start) });
			const expansion = byId.get(match.id)!.expansion;
			// Only an abbreviation as written ("DAS") gets the expansion, not a spelled-out alias.
			const inner: ElementContent =
				expansion && !/\p{Ll}/u.test(match.text)
					? { type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [{ type: 'text', value: match.text }] }
					: { type: 'text', value: match.text };
			parts.push({
				type: 'element',
				tagName: 'a',
				properties: { href: glossaryEntryUrl(match.id), className: ['glossary-term'] },
				children: [inner],
			});
			position = match.end;
		}
		if (parts.length === 0) return undefined;
		if (position < text.length) parts.push({ type: 'text', value: text.slice(position) });
		return parts;
	}

	function walk(parent: Root | Element, seen: Set<string>): void {
		for (let index = 0; index < parent.children.length; index++) {
			const child = parent.children[index]! as RootContent;
			if (child.type === 'element') {
				if (!SKIPPED.has(child.tagName)) walk(child, seen);
			} else if (child.type === 'text') {
				const parts = mark(child.value, seen);
				if (parts) {
					parent.children.splice(index, 1, ...parts);
					index += parts.length - 1;
				}
			}
		}
	}

	// The file is unified's VFile; only its path is read.
	return (tree: Root, file: { path?: string }) => {
		if (terms.length === 0 || !isDocumentPath(file.path)) return;
		walk(tree, new Set());
	};
}
