import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

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
}

/**
 * Parses YAML with the `yaml` package in its YAML 1.2 core schema: dates stay the text the editor
 * wrote (js-yaml would turn 2020-13-45 silently into 14 February 2021), duplicate keys are errors.
 */
export function parseYamlSource(text: string): YamlSource {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const errors = document.errors.map((error) => {
		const position = lineCounter.linePos(error.pos[0]);
		return { line: position.line, column: position.col, message: error.message.split('\n')[0]! };
	});
	const lineAt = (offset: number) => lineCounter.linePos(offset).line;

	function lineOf(path: readonly PropertyKey[]): number {
		let node: unknown = document.contents;
		let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : 1;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
				if (!pair) break;
				if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = node.items[segment] as Node | undefined;
				if (!item) break;
				if (item.range) line = lineAt(item.range[0]);
				node = item;
			} else {
				break;
			}
		}
		return line;
	}

	function rangeOf(path: readonly PropertyKey[]): [number, number] | undefined {
		const node = document.getIn(path, true) as Node | undefined;
		return node?.range ? [node.range[0], node.range[1]] : undefined;
	}

	function positionAt(offset: number) {
		const position = lineCounter.linePos(offset);
		return { line: position.line, column: position.col };
	}

	return { data: document.errors.length ? undefined : document.toJS(), errors, lineOf, text, rangeOf, positionAt };
}
