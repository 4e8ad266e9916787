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
 * A fence is `---` at the very start of a line; trailing spaces are forgiven, leading ones are not.
 * This is the one definition of where frontmatter ends: the check, the collections and the bench all
 * read files through `splitFrontmatter`, so no reader can see a different body than another (an
 * indented `  ---` once ended the frontmatter for the check but not for Astro).
 */
const FENCE = /^---[ \t]*$/;

/**
 * Splits `---` fenced frontmatter from the body. A byte-order mark and Windows line ends are accepted,
 * since editors' tools write them; they change nothing in the content.
 * Returns an error message (Danish) when there is no frontmatter block.
 */
export function splitFrontmatter(source: string): SplitMarkdown | { error: string; line: number } {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) {
		if (FENCE.test(lines[0]?.trimStart() ?? '')) {
			return { error: 'linjen "---" skal stå helt ude til venstre: slet mellemrummene foran den', line: 1 };
		}
		return {
			error: 'filen skal begynde med metadata mellem to linjer "---" (frontmatter)',
			line: 1,
		};
	}
	const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (closing === -1) {
		const indented = lines.findIndex((line, index) => index > 0 && FENCE.test(line.trimStart()));
		if (indented !== -1) {
			return { error: 'linjen "---", der afslutter metadata, skal stå helt ude til venstre: slet mellemrummene foran den', line: indented + 1 };
		}
		return { error: 'metadata (frontmatter) er ikke afsluttet med en linje "---"', line: 1 };
	}
	return {
		yaml: lines.slice(1, closing).join('\n'),
		yamlFirstLine: 2,
		body: lines.slice(closing + 1).join('\n'),
		bodyFirstLine: closing + 2,
	};
}
