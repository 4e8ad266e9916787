// The text readers see, cut into pieces that each know where they stand in their file, so the
// spelling, OCR and cruft rules can name the line and column of every word they object to.
import type { Blockquote, Nodes, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { isEditorialNote } from '../markdown/remark-editorial-notes.ts';
import { pointAt, type ParsedBody } from './markdown.ts';
import type { YamlSource } from '../content-source/yaml-source.ts';

/** A stretch of published text and where it came from. */
export interface TextSegment {
	/** Project-relative path of the file. */
	file: string;
	/** The text as published. */
	text: string;
	/** The text as written in the file (Markdown or YAML source), in which each word is looked up. */
	source: string;
	/** File position of an offset in `source`. */
	positionAt(offset: number): { line: number; column: number };
	/**
	 * True for the editors' own words (metadata, in-text editorial notes): there, a passage in »...«
	 * quotes the source and is not checked, since notes quote the source's errors on purpose.
	 */
	editorial: boolean;
	/** The texts of the file's `kildefejl` notes: an error kept from the source must be named in one. */
	sourceErrorNotes: readonly string[];
}

/** A match of a rule in a segment's text. */
export interface TextMatch {
	/** Offset in the segment's text. */
	index: number;
	/** The matched text. */
	text: string;
}

/**
 * The segment's text with every »quotation« blanked out (same length, so offsets still hold) when the
 * segment is editorial; otherwise the text itself.
 */
export function checkableText(segment: TextSegment): string {
	if (!segment.editorial) return segment.text;
	return segment.text.replace(/»[^«]*«/g, (quote) => ' '.repeat(quote.length));
}

/**
 * The file position of a match: the same occurrence of its text in the source (the n-th, counted in
 * the published text), or the segment's start when the source writes it differently (an entity).
 */
export function locateMatch(segment: TextSegment, match: TextMatch): { line: number; column: number } {
	let occurrence = 0;
	for (let at = segment.text.indexOf(match.text); at !== -1 && at < match.index; at = segment.text.indexOf(match.text, at + 1)) occurrence += 1;
	let found = -1;
	for (let count = 0; count <= occurrence; count += 1) {
		found = segment.source.indexOf(match.text, found + 1);
		if (found === -1) break;
	}
	return segment.positionAt(found === -1 ? 0 : found);
}

// Not prose: addresses, journal numbers and file names (source.file names a file in content/kilder/).
const SKIPPED_FIELDS = new Set(['url', 'journalNumber', 'file']);
// Identifiers, references and dates are not prose: slugs, 'periode/dokument' and ISO dates.
const NOT_PROSE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d{4}-\d{4}\/[a-z0-9-]+|\d{4}(?:-\d{2}){0,2})$/;

/** Every prose string in a frontmatter or period file, each with its position in the YAML. */
export function frontmatterSegments(
	file: string,
	data: unknown,
	yaml: YamlSource,
	lineOffset: number,
	sourceErrorNotes: readonly string[],
): TextSegment[] {
	const segments: TextSegment[] = [];
	const walk = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			const key = path.at(-1);
			const range = yaml.rangeOf(path);
			if (!range || (typeof key === 'string' && SKIPPED_FIELDS.has(key)) || NOT_PROSE.test(value)) return;
			segments.push({
				file,
				text: value,
				source: yaml.text.slice(range[0], range[1]),
				positionAt(offset) {
					const position = yaml.positionAt(range[0] + offset);
					return { line: position.line + lineOffset, column: position.column };
				},
				editorial: true,
				sourceErrorNotes,
			});
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => walk(item, [...path, index]));
		} else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
		}
	};
	walk(data, []);
	return segments;
}

/** A bare web address written as text (GFM autolink): its text is an address, not prose. */
function isAutolink(node: Nodes): boolean {
	if (node.type !== 'link') return false;
	const label = toString(node);
	return [label, `http://${label}`, `https://${label}`, `mailto:${label}`].includes(node.url);
}

/**
 * The text of a body: every text node (headings, paragraphs, lists, tables, link text) and image alt
 * text, but not code, raw HTML, addresses or the text of a bare web address.
 */
export function bodySegments(file: string, body: ParsedBody, sourceErrorNotes: readonly string[]): TextSegment[] {
	const segments: TextSegment[] = [];
	const toFile = (offset: number) => {
		const point = pointAt(body.text, offset);
		return { line: body.firstLine + point.line - 1, column: point.column };
	};
	visitParents(body.tree, (node: Nodes, ancestors: Parents[]) => {
		let text: string;
		if (node.type === 'text') text = node.value;
		else if (node.type === 'image' || node.type === 'imageReference') text = node.alt ?? '';
		else return;
		if (ancestors.some((ancestor) => isAutolink(ancestor))) return;
		const start = node.position?.start.offset ?? 0;
		const end = node.position?.end.offset ?? start;
		segments.push({
			file,
			text,
			source: body.text.slice(start, end),
			positionAt: (offset) => toFile(start + offset),
			editorial: ancestors.some((ancestor) => ancestor.type === 'blockquote' && isEditorialNote(ancestor as Blockquote)),
			sourceErrorNotes,
		});
	});
	return segments;
}
