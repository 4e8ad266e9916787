// Protects the split of a Markdown file into frontmatter and body, and the line numbers problems point to.
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/content-source/frontmatter.ts';

const NO_FRONTMATTER = {
	error: 'filen skal begynde med metadata mellem to linjer "---" (frontmatter)',
	line: 1,
};
const UNCLOSED = { error: 'metadata (frontmatter) er ikke afsluttet med en linje "---"', line: 1 };

describe('splitFrontmatter', () => {
	test('splits YAML from the body and says where each starts', () => {
		expect(splitFrontmatter('---\ntitle: A\nkind: referat\n---\n\n## Indhold\n')).toEqual({
			yaml: 'title: A\nkind: referat',
			yamlFirstLine: 2,
			body: '\n## Indhold\n',
			bodyFirstLine: 5,
		});
	});

	test.each([
		{ case: 'a byte order mark', source: '\uFEFF---\ntitle: A\n---\nTekst' },
		{ case: 'Windows line ends', source: '---\r\ntitle: A\r\n---\r\nTekst' },
		{ case: 'both', source: '\uFEFF---\r\ntitle: A\r\n---\r\nTekst' },
		{ case: 'spaces after the fences', source: '---  \ntitle: A\n--- \nTekst' },
	])('reads a file with $case like any other', ({ source }) => {
		expect(splitFrontmatter(source)).toEqual({
			yaml: 'title: A',
			yamlFirstLine: 2,
			body: 'Tekst',
			bodyFirstLine: 4,
		});
	});

	test('keeps a thematic break in the body', () => {
		const split = splitFrontmatter('---\ntitle: A\n---\nFør\n\n---\n\nEfter');
		expect(split).toMatchObject({
			yaml: 'title: A',
			body: 'Før\n\n---\n\nEfter',
			bodyFirstLine: 4,
		});
	});

	test('gives an empty body for a file that ends with the closing fence', () => {
		expect(splitFrontmatter('---\ntitle: A\n---')).toEqual({
			yaml: 'title: A',
			yamlFirstLine: 2,
			body: '',
			bodyFirstLine: 4,
		});
	});

	test('gives empty YAML for an empty frontmatter block', () => {
		expect(splitFrontmatter('---\n---\nTekst')).toEqual({
			yaml: '',
			yamlFirstLine: 2,
			body: 'Tekst',
			bodyFirstLine: 3,
		});
	});

	test.each([
		{ case: 'an empty file', source: '' },
		{ case: 'only a byte order mark', source: '\uFEFF' },
		{ case: 'Markdown without frontmatter', source: '# Titel\n\nTekst' },
		{ case: 'a blank line before the fence', source: '\n---\ntitle: A\n---\n' },
		{ case: 'a TOML fence', source: '+++\ntitle = "A"\n+++\n' },
	])('asks for frontmatter in $case', ({ source }) => {
		expect(splitFrontmatter(source)).toEqual(NO_FRONTMATTER);
	});

	test.each([
		{ case: 'no closing fence', source: '---\ntitle: A\n\nTekst' },
		{ case: 'only an opening fence', source: '---' },
		{ case: 'a closing fence of dots', source: '---\ntitle: A\n...\nTekst' },
	])('reports frontmatter with $case as not closed', ({ source }) => {
		expect(splitFrontmatter(source)).toEqual(UNCLOSED);
	});
});
