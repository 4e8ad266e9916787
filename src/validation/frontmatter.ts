/** A Markdown file split into its YAML frontmatter and its body, with the line each starts on. */
export interface SplitMarkdown {
	yaml: string;
	/** 1-based line in the file of the first YAML line (the line after the opening `---`). */
	yamlFirstLine: number;
	body: string;
	/** 1-based line in the file where the body starts. */
	bodyFirstLine: number;
}

/**
 * Splits `---` fenced frontmatter from the body. A byte-order mark and Windows line ends are accepted,
 * since editors' tools write them; they change nothing in the content.
 * Returns an error message (Danish) when there is no frontmatter block.
 */
export function splitFrontmatter(source: string): SplitMarkdown | { error: string; line: number } {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') {
		return {
			error: 'filen skal begynde med metadata mellem to linjer "---" (frontmatter)',
			line: 1,
		};
	}
	const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	if (closing === -1) {
		return { error: 'metadata (frontmatter) er ikke afsluttet med en linje "---"', line: 1 };
	}
	return {
		yaml: lines.slice(1, closing).join('\n'),
		yamlFirstLine: 2,
		body: lines.slice(closing + 1).join('\n'),
		bodyFirstLine: closing + 2,
	};
}
