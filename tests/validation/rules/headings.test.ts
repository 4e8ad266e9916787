// Heading anchors are computed the way Astro computes them, so links to them can be checked before a build.
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../../src/validation/markdown.ts';
import { checkHeadings, headingAnchors } from '../../../src/validation/rules/headings.ts';

function tree(text: string, mdx = false) {
	const parsed = parseBody(text, 1, mdx);
	if (!('tree' in parsed)) throw new Error(parsed.message);
	return parsed;
}

describe('headingAnchors', () => {
	test.each([
		['## Resumé', ['resumé']],
		['## Fokusområde 1: Sammen om en stærk socialpsykiatri', ['fokusområde-1-sammen-om-en-stærk-socialpsykiatri']],
		['## Beslutning\n\n## Beslutning\n\n## Beslutning', ['beslutning', 'beslutning-1', 'beslutning-2']],
		['## Om `kode` og *vægt*', ['om-kode-og-vægt']],
		['## Billede ![alt tekst](/x.png) her', ['billede--her']],
		['## KKR <abbr title="x">DAS</abbr>', ['kkr-das']],
		['### Forretningsudvalget 16-11-2020', ['forretningsudvalget-16-11-2020']],
	])('%j gets %j', (markdown, anchors) => {
		expect(headingAnchors(tree(markdown).tree)).toEqual(anchors);
	});
});

describe('checkHeadings', () => {
	test('accepts going back up any number of levels', () => {
		expect(checkHeadings('x.md', tree('## A\n\n### B\n\n#### C\n\n## D'))).toEqual([]);
	});

	test('reports every skipped level with the level to use', () => {
		expect(checkHeadings('x.md', tree('## A\n\n#### B\n\n###### C')).map((problem) => `${problem.line} ${problem.message}`)).toEqual([
			'3 overskriften springer et niveau over: efter ## kommer ####; brug ### her',
			'5 overskriften springer et niveau over: efter #### kommer ######; brug ##### her',
		]);
	});
});
