// Body headings keep a span of years on one line, with markup alone.
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/markdown/render.ts';
import { parseBody } from '../../src/validation/markdown.ts';

const render = async (markdown: string) => {
	const parsed = parseBody(markdown, 1, false);
	if (!('tree' in parsed)) throw new Error(parsed.message);
	return renderBody(parsed.tree, '/tmp/2021-2022/doc.md', { terms: [], siteUrl: 'https://socialaftale.example' });
};

describe('rehypeHeadingYears in the render pipeline', () => {
	test('wraps a span of years in a heading, keeping its text, anchor and contents entry', async () => {
		const { html, headings } = await render('## Aftalen for 2021-2022 og *2023–2024*\n\nTekst om 2021-2022.');
		expect(html).toContain('<h2 id="aftalen-for-2021-2022-og-20232024">Aftalen for <span class="nowrap">2021-2022</span> og <em><span class="nowrap">2023–2024</span></em></h2>');
		expect(html).toContain('<p>Tekst om 2021-2022.</p>');
		expect(headings).toEqual([{ depth: 2, slug: 'aftalen-for-2021-2022-og-20232024', text: 'Aftalen for 2021-2022 og 2023–2024' }]);
	});

	test('leaves a heading without years as it is', async () => {
		expect((await render('## Resumé')).html).toContain('<h2 id="resumé">Resumé</h2>');
	});
});
