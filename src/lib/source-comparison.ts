// The published text against the raw source text it was made from, word by word, so a reader (and
// the tests) can see every change the editors made. Both sides are reduced to the words a reader
// sees: the Markdown syntax of the published body and the list markers of the source are layout,
// not text, and are left out of the comparison on both sides alike.
import type { Nodes, Root } from 'mdast';
import { parseBody } from '../validation/markdown.ts';
import { diffText, type DiffPart } from './word-diff.ts';

/** Bullet markers at the start of a line: the sources' "•", "-" and "*" lists. */
const BULLET = /^[\t ]*[•*-][\t ]+/gmu;
/** The copied web pages mark bold and italic with "**" and "*", as Markdown does. */
const EMPHASIS = /\*+/gu;
/** A word run into a number where a line break was lost ("Indholdsfortegnelse1."). */
const LETTER_THEN_DIGIT = /(\p{L})(?=\p{N})/gu;

/**
 * A raw source text as words to compare: line ends made LF, hard spaces made spaces, and the
 * layout the published page writes its own way taken off: bullet markers (the page has list
 * items) and emphasis stars (the page has bold and italic). A word run into a number is split
 * there, so the lost line break is not a changed word. Numbers of numbered items stay: the
 * published page shows them too.
 */
export function comparableSource(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\u00a0/g, ' ')
		.replace(BULLET, '')
		.replace(EMPHASIS, '')
		.replace(LETTER_THEN_DIGIT, '$1 ');
}

/** The text of inline content: what a reader sees of it, hard breaks as line ends. */
function inlineText(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'break':
			return '\n';
		case 'image':
		case 'imageReference':
		case 'footnoteReference':
		case 'html':
			return '';
		default:
			return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : '';
	}
}

/** The lines a reader sees of block content, one per paragraph, heading, list item or table row. */
function blockLines(node: Nodes): string[] {
	switch (node.type) {
		case 'paragraph':
		case 'heading':
			return [inlineText(node)];
		case 'code':
			return [node.value];
		case 'list':
			return node.children.flatMap((item, index) => {
				const [first = '', ...rest] = item.children.flatMap(blockLines);
				// A numbered item shows its number on the page, as the source wrote it.
				const number = node.ordered ? `${(node.start ?? 1) + index}. ` : '';
				return [`${number}${first}`, ...rest];
			});
		case 'tableRow':
			return [node.children.map(inlineText).join(' ')];
		case 'thematicBreak':
		case 'html':
		case 'definition':
		case 'yaml':
			return [];
		default:
			return 'children' in node ? (node.children as Nodes[]).flatMap(blockLines) : [];
	}
}

/**
 * A published body (Markdown, or MDX for `mdx`) as the lines of text a reader sees: headings and
 * paragraphs without their Markdown syntax, numbered items with their number, in-text editorial
 * notes included (they are text the editors added).
 */
export function comparablePublished(body: string, mdx = false): string {
	const parsed = parseBody(body, 1, mdx);
	if (!('tree' in parsed)) throw new Error(`The body cannot be parsed: ${parsed.message} (line ${parsed.line})`);
	return blockLines(parsed.tree as Root).join('\n').replace(/\u00a0/g, ' ');
}

/**
 * The published text against its source, word by word: `removed` is what the source has and the
 * page does not, `added` what the editors wrote that the source does not have. Shared text keeps
 * the source's line breaks, so the comparison reads as the source was received. Differences in
 * white space alone are no change (a rejoined hard-wrapped line, a heading on a line of its own).
 */
export function compareWithSource(source: string, body: string, mdx = false): DiffPart[] {
	// Diffing from the page to the source makes the shared text the source's own (jsdiff takes shared
	// text from the newer side); the kinds are then turned round, and a replacement put back in the
	// order removed-then-added.
	const parts = diffText(comparablePublished(body, mdx), comparableSource(source)).map(
		(part): DiffPart => ({ ...part, kind: part.kind === 'added' ? 'removed' : part.kind === 'removed' ? 'added' : 'same' }),
	);
	for (let index = 0; index + 1 < parts.length; index += 1) {
		if (parts[index]!.kind === 'added' && parts[index + 1]!.kind === 'removed') {
			[parts[index], parts[index + 1]] = [parts[index + 1]!, parts[index]!];
		}
	}
	return parts;
}

/** One change: the words removed from the source and the words put in their place (either may be ''). */
export interface SourceChange {
	removed: string;
	added: string;
}

/**
 * The changes of a comparison, one per place where the texts differ: a removal, an addition, or a
 * removal with the words that replace it. White space inside each is collapsed to single spaces.
 */
export function sourceChanges(parts: readonly DiffPart[]): SourceChange[] {
	const changes: SourceChange[] = [];
	const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
	let current: SourceChange | undefined;
	for (const part of parts) {
		if (part.kind === 'same') {
			// White space between two changes does not separate them: they are one change.
			if (current && part.text.trim() === '') continue;
			current = undefined;
			continue;
		}
		current ??= changes[changes.push({ removed: '', added: '' }) - 1]!;
		current[part.kind] = collapse(`${current[part.kind]} ${part.text}`);
	}
	return changes;
}

/**
 * A comparison split into lines, for showing it as the source's lines: each line is the parts on
 * it, a part that spans lines cut at its line ends. Empty lines are left out.
 */
export function comparisonLines(parts: readonly DiffPart[]): DiffPart[][] {
	const lines: DiffPart[][] = [[]];
	for (const part of parts) {
		part.text.split('\n').forEach((text, index) => {
			if (index > 0) lines.push([]);
			if (text !== '') lines.at(-1)!.push({ kind: part.kind, text });
		});
	}
	return lines.filter((line) => line.some((part) => part.text.trim() !== ''));
}
