// `npm run new` writes a document before its text is in, with a note saying so, in the frontmatter
// and in the text. Once the editor has put the text in, the note is false, and a reader would be
// told the page has no text while reading it: so the check refuses the note then.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CheckedDocument } from '../checked-content.ts';
import { filePosition } from '../markdown.ts';
import type { Problem } from '../problems.ts';

/** The scaffold's note that the text is missing (scripts/lib/scaffold.ts writes it). */
export const PLACEHOLDER_NOTE = 'Dokumentets tekst er endnu ikke indsat fra kilden.';

/** How an editorial note starts in the text (CONTRIBUTING.md, "Redaktionelle noter"). */
const IN_TEXT_NOTE = /^\s*Redaktionel note:/;

/** True for a node of the text proper: not a heading, not an in-text editorial note, not empty. */
function isText(node: RootContent): boolean {
	if (node.type === 'heading') return false;
	if (node.type === 'blockquote' && IN_TEXT_NOTE.test(toString(node))) return false;
	return toString(node).trim() !== '' || node.type === 'image' || node.type === 'table';
}

/** The scaffold's note, under `notes` and in the text, in a document whose text is in. */
export function checkPlaceholderNotes(documents: readonly CheckedDocument[]): Problem[] {
	return documents.flatMap((document) => {
		const children = document.markdown.tree.children;
		if (!children.some(isText)) return [];
		const inNotes = document.data.notes.flatMap((note, index) =>
			note.text === PLACEHOLDER_NOTE
				? [{ file: document.file, line: document.yaml.lineOf(['notes', index]) + document.yamlLineOffset, message: `noten »${PLACEHOLDER_NOTE}« passer ikke, når teksten er indsat: slet den under notes (og i teksten)` }]
				: [],
		);
		const inText = children.flatMap((node) =>
			node.type === 'blockquote' && toString(node).includes(PLACEHOLDER_NOTE)
				? [{ file: document.file, line: filePosition(document.markdown, node.position?.start).line, message: `noten »${PLACEHOLDER_NOTE}« passer ikke, når teksten er indsat: slet den i teksten (og under notes)` }]
				: [],
		);
		return [...inNotes, ...inText];
	});
}
