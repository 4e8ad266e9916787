import type { Blockquote, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The words that open an in-text editorial note: `> **Redaktionel note:** ...`. */
export const EDITORIAL_NOTE_LABEL = 'Redaktionel note:';

/** True for a blockquote that opens with the editorial-note label: the editors' words, not the source's. */
export function isEditorialNote(node: Blockquote): boolean {
	const first = node.children[0];
	if (first?.type !== 'paragraph') return false;
	const lead = first.children[0];
	return lead?.type === 'strong' && lead.children.length === 1 && lead.children[0]?.type === 'text' && lead.children[0].value.trim() === EDITORIAL_NOTE_LABEL;
}

/**
 * Renders an editorial note placed in a document's text (where the source lacks something at that
 * spot) as an `<aside role="note">`, so readers and screen readers can tell the editors' words from
 * the source's. Written as a blockquote, it needs no HTML in the content.
 */
export function remarkEditorialNotes() {
	return (tree: Root) => {
		visit(tree, 'blockquote', (node: Blockquote) => {
			if (!isEditorialNote(node)) return;
			node.data = { ...node.data, hName: 'aside', hProperties: { className: ['redaktionel-note'], role: 'note' } };
		});
	};
}
