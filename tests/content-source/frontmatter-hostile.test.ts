// The one definition of where frontmatter ends (src/content-source/frontmatter.ts): the files an
// attacker would write to make two readers disagree about where the body begins.
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/content-source/frontmatter.ts';

describe('splitFrontmatter and indented fences', () => {
	test('an indented --- inside the frontmatter does not end it', () => {
		const split = splitFrontmatter('---\ntitle: A\n  ---\nimport fs from "node:fs"\n---\nTekst');
		expect(split).toMatchObject({ yaml: 'title: A\n  ---\nimport fs from "node:fs"', body: 'Tekst', bodyFirstLine: 6 });
	});

	test('a file whose only closing fence is indented is refused on that line', () => {
		expect(splitFrontmatter('---\ntitle: A\n  ---\nTekst')).toEqual({
			error: 'linjen "---", der afslutter metadata, skal stå helt ude til venstre: slet mellemrummene foran den',
			line: 3,
		});
	});

	test('a space before the opening fence is refused with the fix, not read as "every field missing"', () => {
		expect(splitFrontmatter(' ---\ntitle: A\n---\nTekst')).toEqual({
			error: 'linjen "---" skal stå helt ude til venstre: slet mellemrummene foran den',
			line: 1,
		});
	});
});
