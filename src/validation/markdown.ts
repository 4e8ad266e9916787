import type { Root } from 'mdast';
import type { Point } from 'unist';
import { parserFor } from '../markdown/dialect.ts';
import { danishMdxError, type MdxParseError } from './mdx-messages.ts';

/** A document's body as a Markdown syntax tree, with the line it starts on in its file. */
export interface ParsedBody {
	/** The mdast tree, every node with its position in the body text. */
	tree: Root;
	/** The body text the tree was parsed from. */
	text: string;
	/** 1-based line in the file where the body starts. */
	firstLine: number;
	/** True for an .mdx file, parsed with MDX syntax (JSX, import/export, expressions). */
	mdx: boolean;
}

/** A syntax error in the body, located in the body text (1-based line and column). */
export interface BodySyntaxError {
	line: number;
	column: number;
	/** In Danish, with what to write instead (./mdx-messages.ts). */
	message: string;
}

/**
 * Parses a body with the same Markdown dialect the site renders (CommonMark with GFM, plus MDX for
 * .mdx files), keeping positions so every problem can name its line. Markdown never fails to parse;
 * MDX does (an unclosed `<Tag` or `{`), and then the error comes back instead of a tree.
 */
export function parseBody(text: string, firstLine: number, mdx: boolean): ParsedBody | BodySyntaxError {
	try {
		const tree = parserFor(mdx).parse(text) as Root;
		return { tree, text, firstLine, mdx };
	} catch (error) {
		const place = (error as { place?: Point | { start: Point } }).place;
		const point = place && 'start' in place ? place.start : place;
		const message = danishMdxError({ ...(error as MdxParseError), reason: (error as { reason?: string }).reason ?? String(error) });
		return { line: point?.line ?? 1, column: point?.column ?? 1, message };
	}
}

/** The file position of a point in the body: body line 1 is the file's `firstLine`. */
export function filePosition(body: Pick<ParsedBody, 'firstLine'>, point: Point | undefined): { line: number; column?: number } {
	if (!point) return { line: body.firstLine };
	return { line: body.firstLine + point.line - 1, column: point.column };
}

/** Line and column (1-based) of an offset in a text. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
		line += 1;
		lineStart = index + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
