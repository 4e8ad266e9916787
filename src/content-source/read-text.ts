// Reads one content file as text, refusing what no editor writes on purpose but a hostile pull
// request might: bytes that are not UTF-8, invisible control and direction characters, sizes and
// nesting that would exhaust the build. Every later reader (YAML, Markdown, the index) gets only
// text that passed here.
import { readFileSync } from 'node:fs';

/** Something wrong with a file's text, located in it (1-based). */
export interface TextProblem {
	line?: number;
	column?: number;
	message: string;
}

/**
 * The largest content file, in bytes. The longest document of the archive is a few tens of KB; a
 * file hundreds of times that size is a mistake or an attack (a 1.2 MB file once overflowed the
 * search index step's stack).
 */
export const MAX_FILE_BYTES = 256 * 1024;

/** How deep block quotes (`>`) and indentation (lists inside lists) may go before parsing is refused. */
export const MAX_QUOTE_DEPTH = 10;
export const MAX_INDENT_COLUMNS = 40;

/** The marker the search index puts before compound parts; in the text it would corrupt excerpts. */
export const INDEX_MARKER = '^~';

// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Direction overrides and isolates (the "Trojan Source" characters) and the invisible marks.
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Reads `path` as UTF-8 text, or says in Danish what makes it unreadable. A raw source text
 * (`{ raw: true }`) is kept as received: only its size and encoding are judged, since it is shown
 * as text and never parsed.
 */
export function readContentText(path: string, { raw = false } = {}): { text: string } | { problems: TextProblem[] } {
	return decodeContentText(readFileSync(path), { raw });
}

/**
 * Judges and decodes a content file's bytes as readContentText does. For a reader that must know
 * exactly which bytes it judged (the content check's cache keys each result on their digest).
 */
export function decodeContentText(bytes: Uint8Array, { raw = false } = {}): { text: string } | { problems: TextProblem[] } {
	if (bytes.length > MAX_FILE_BYTES) {
		return {
			problems: [{ message: `filen fylder ${Math.ceil(bytes.length / 1024)} KB; en indholdsfil må højst fylde ${MAX_FILE_BYTES / 1024} KB: del teksten op i flere dokumenter` }],
		};
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { problems: [{ message: 'filen er ikke gemt som UTF-8: gem den igen med tegnsættet UTF-8 (i de fleste editorer under "Gem som")' }] };
	}
	const problems = raw ? [] : textProblems(text);
	return problems.length ? { problems } : { text };
}

/**
 * Invisible characters and the index marker, one problem per line at most; excessive nesting once
 * per file (at its first line), since one deep list would otherwise give a problem per line.
 */
export function textProblems(text: string): TextProblem[] {
	const problems: TextProblem[] = [];
	let nestingReported = false;
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	lines.forEach((content, index) => {
		const line = index + 1;
		const control = CONTROL.exec(content);
		const bidi = BIDI.exec(content);
		if (control) {
			problems.push({ line, column: control.index + 1, message: `usynligt styretegn (${codePoint(control[0])}) i teksten: slet det (det kommer ofte med, når tekst kopieres fra en PDF)` });
		} else if (bidi) {
			problems.push({ line, column: bidi.index + 1, message: `usynligt tegn for skriftretning (${codePoint(bidi[0])}) i teksten: slet det; det kan få teksten til at se anderledes ud, end den er` });
		} else if (content.includes(INDEX_MARKER)) {
			problems.push({ line, column: content.indexOf(INDEX_MARKER) + 1, message: `tegnene "${INDEX_MARKER}" bruges af søgeindekset og må ikke stå i teksten: slet dem` });
		} else if (!nestingReported && quoteDepth(content) > MAX_QUOTE_DEPTH) {
			nestingReported = true;
			problems.push({ line, message: `citater (>) er lagt mere end ${MAX_QUOTE_DEPTH} niveauer inden i hinanden: brug højst ${MAX_QUOTE_DEPTH}` });
		} else if (!nestingReported && indentColumns(content) > MAX_INDENT_COLUMNS) {
			nestingReported = true;
			problems.push({ line, message: `linjen er rykket mere end ${MAX_INDENT_COLUMNS} tegn ind (lister i lister i mange niveauer): ryk den mindre ind` });
		}
	});
	return problems;
}

function quoteDepth(line: string): number {
	return /^(?:[ \t]*>)*/.exec(line)![0].split('>').length - 1;
}

function indentColumns(line: string): number {
	let columns = 0;
	for (const character of line) {
		if (character === ' ') columns += 1;
		else if (character === '\t') columns += 4 - (columns % 4);
		else break;
	}
	return columns;
}
