// Fenced code blocks of a Markdown guide, with their language and attributes, for the tests that
// check the guide's examples.
import { readFileSync } from 'node:fs';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../src/validation/markdown.ts';

/** A fenced code block: ```lang key="value" */
export interface CodeBlock {
	lang: string;
	attributes: Record<string, string>;
	text: string;
	line: number;
}

/** Every fenced code block in a Markdown file. */
export function codeBlocks(path: string): CodeBlock[] {
	const parsed = parseBody(readFileSync(path, 'utf8'), 1, false);
	if (!('tree' in parsed)) throw new Error(parsed.message);
	const blocks: CodeBlock[] = [];
	visit(parsed.tree, 'code', (node: Code) => {
		const attributes = Object.fromEntries([...(node.meta ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
		blocks.push({ lang: node.lang ?? '', attributes, text: node.value, line: node.position?.start.line ?? 0 });
	});
	return blocks;
}
