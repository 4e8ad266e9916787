import { danishYamlError } from './yaml-messages.ts';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

/** Parsed YAML that remembers where each value stood, so problems can name a line. */
export interface YamlSource {
	data: unknown;
	/** Syntax errors, with 1-based line and column in the YAML text. */
	errors: { line: number; column: number; message: string }[];
	/** 1-based line in the YAML text of the value (or key) at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number;
	/** The YAML text. */
	text: string;
	/** Start and end offsets in the YAML text of the value at `path`, if it exists. */
	rangeOf(path: readonly PropertyKey[]): [number, number] | undefined;
	/** 1-based line and column in the YAML text of an offset. */
	positionAt(offset: number): { line: number; column: number };
	/**
	 * The line lineOf gives for every path that exists, keyed by the path as JSON: what a cache keeps
	 * so it can answer lineOf without parsing the text again (lazyYamlSource).
	 */
	lineIndex(): Record<string, number>;
}

/**
 * Parses YAML with the `yaml` package in its YAML 1.2 core schema: dates stay the text the editor
 * wrote (js-yaml would turn 2020-13-45 silently into 14 February 2021), duplicate keys are errors.
 *
 * Content comes from pull requests, so the YAML features an editor never needs are refused rather
 * than interpreted: anchors and aliases (`&a`, `*a`: an "alias bomb" of nested aliases expands to
 * gigabytes) and explicit tags (`!foo`, `!!binary`: their meaning depends on the parser). Each is
 * reported on its line in Danish, and the data is then not produced at all. Syntax errors are
 * explained in Danish with the fix (./yaml-messages.ts).
 */
export function parseYamlSource(text: string): YamlSource {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const positionAt = (offset: number) => {
		const position = lineCounter.linePos(offset);
		return { line: position.line, column: position.col };
	};
	// One mistake often trips several errors (an unclosed quote, then everything after it); the first
	// is the one the editor made, and the others go away when it is fixed.
	const errors: { line: number; column: number; message: string }[] = document.errors.slice(0, 1).map((error) => danishYamlError(error, text, positionAt));
	if (errors.length === 0) {
		visit(document, (_key, node) => {
			if (!node || typeof node !== 'object' || !('range' in node) || !(node as Node).range) return;
			const at = positionAt((node as Node).range![0]);
			if (isAlias(node)) {
				errors.push({ ...at, message: `YAML-aliaser (*${node.source}) bruges ikke: skriv værdien ud hvert sted, den skal stå` });
			} else if ((node as Node).anchor) {
				errors.push({ ...at, message: `YAML-ankre (&${(node as Node).anchor}) bruges ikke: slet "&${(node as Node).anchor}"` });
			} else if ((node as Node).tag) {
				const written = explicitTag(node as Node, text);
				if (written) errors.push({ ...at, message: `YAML-mærker (${written}) bruges ikke: slet "${written}", og skriv værdien i anførselstegn, hvis den er en tekst` });
			}
		});
	}
	// An unknown tag is also a warning; it is reported once, above, in Danish.
	for (const warning of document.warnings.filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED')) {
		errors.push(danishYamlError(warning, text, positionAt));
	}
	errors.sort((a, b) => a.line - b.line || a.column - b.column);
	const lineAt = (offset: number) => lineCounter.linePos(offset).line;

	// Every path's line, in one walk: a map's pairs by their scalar keys (the first of equal keys), a
	// sequence's items by index. lineOf answers from it, and a cache keeps it (lazyYamlSource).
	let lines: Record<string, number> | undefined;
	const lineIndex = () => (lines ??= indexLines());
	const lineOf = (path: readonly PropertyKey[]) => lineInIndex(lineIndex(), path);
	function indexLines(): Record<string, number> {
		const index: Record<string, number> = {};
		const walk = (node: unknown, path: PropertyKey[], line: number) => {
			const key = JSON.stringify(path);
			if (key in index) return;
			index[key] = line;
			if (isMap(node)) {
				for (const pair of node.items) {
					if (!isPair(pair) || !isScalar(pair.key)) continue;
					walk(pair.value, [...path, pair.key.value as PropertyKey], pair.key.range ? lineAt(pair.key.range[0]) : line);
				}
			} else if (isSeq(node)) {
				node.items.forEach((item, position) => {
					if (item) walk(item, [...path, position], (item as Node).range ? lineAt((item as Node).range![0]) : line);
				});
			}
		};
		const contents = document.contents;
		walk(contents, [], contents && (contents as Node).range ? lineAt((contents as Node).range![0]) : 1);
		return index;
	}

	function rangeOf(path: readonly PropertyKey[]): [number, number] | undefined {
		const node = document.getIn(path, true) as Node | undefined;
		return node?.range ? [node.range[0], node.range[1]] : undefined;
	}

	return { data: errors.length ? undefined : document.toJS({ maxAliasCount: 0 }) /* aliases were refused above; none may expand */, errors, lineOf, text, rangeOf, positionAt, lineIndex };
}

/**
 * The tag as written (`!foo`, `!!binary`) when the editor wrote one; undefined when the parser only
 * resolved the plain value's type (`2020` as an int). A written tag stands right before the value,
 * outside the value's own range.
 */
function explicitTag(node: Node, text: string): string | undefined {
	const start = node.range![0];
	return /(![^\s]*)\s*$/.exec(text.slice(Math.max(0, start - 256), start))?.[1];
}

/**
 * The same YamlSource as parseYamlSource(text), parsed only when something asks for more than its
 * text. The content check's cache (src/validation/check-cache.ts) keeps a checked file's YAML text,
 * not the parsed document and its functions; most checks never ask where a value stood.
 */
export function lazyYamlSource(text: string, lines: Record<string, number>): YamlSource {
	let parsed: YamlSource | undefined;
	const source = () => (parsed ??= parseYamlSource(text));
	return {
		text,
		get data() {
			return source().data;
		},
		get errors() {
			return source().errors;
		},
		// The cross-file rules ask for lines of many files even when all is well; the index answers them.
		lineOf: (path) => lineInIndex(lines, path),
		rangeOf: (path) => source().rangeOf(path),
		positionAt: (offset) => source().positionAt(offset),
		lineIndex: () => lines,
	};
}

/**
 * The line of `path`: where its value's key or item stands, or, when the path goes on past what the
 * YAML holds, where the last part of it that exists stands (the document's start for none).
 */
function lineInIndex(lines: Readonly<Record<string, number>>, path: readonly PropertyKey[]): number {
	for (let length = path.length; length >= 0; length -= 1) {
		const line = lines[JSON.stringify(path.slice(0, length))];
		if (line !== undefined) return line;
	}
	return 1;
}
