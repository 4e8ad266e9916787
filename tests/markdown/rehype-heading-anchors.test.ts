// Heading anchors, through Astro's own Markdown pipeline as the site configures it.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingAnchors } from '../../src/markdown/rehype-heading-anchors.ts';

async function render(markdown: string) {
	const processor = await createMarkdownProcessor({
		gfm: false,
		smartypants: false,
		syntaxHighlight: false,
		remarkPlugins: [remarkGfm],
		rehypePlugins: [rehypeHeadingAnchors],
	});
	const result = await processor.render(markdown);
	return { $: load(result.code), headings: result.metadata.headings };
}

describe('rehypeHeadingAnchors', () => {
	test('gives each section heading a link to itself after it, named in Danish', async () => {
		const { $ } = await render('## Fokusområder\n\nTekst.\n\n### Den gode alderdom\n\nMere.');
		const anchors = $('.heading-wrapper > a.heading-anchor');
		expect(anchors.map((_, a) => $(a).attr('href')).get()).toEqual(['#fokusområder', '#den-gode-alderdom']);
		expect(anchors.first().find('.visually-hidden').text()).toBe('Link til afsnittet »Fokusområder«');
		expect(anchors.first().find('[aria-hidden="true"]').text()).toBe('#');
		// The link sits beside the heading, never inside it, so the heading's name stays its own text.
		expect($('h2').text()).toBe('Fokusområder');
		expect($('h2').next().is('a.heading-anchor')).toBe(true);
		expect($('.heading-wrapper--h3 h3').attr('id')).toBe('den-gode-alderdom');
	});

	test('keeps the links out of the search index', async () => {
		const { $ } = await render('## Resumé');
		expect($('a.heading-anchor').attr('data-pagefind-ignore')).toBe('');
	});

	test('leaves Astro’s heading ids and collected headings as they would be without it', async () => {
		const markdown = '## Socialudvalget 23-10-2020\n\n## Referat\n\n## Referat\n\n#### Dybt *nede*';
		const plain = await (await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false })).render(markdown);
		const { headings } = await render(markdown);
		expect(headings).toEqual(plain.metadata.headings);
		expect(headings.map((heading) => heading.slug)).toEqual(['socialudvalget-23-10-2020', 'referat', 'referat-1', 'dybt-nede']);
	});

	test('does not link the page title (h1), which is not a section', async () => {
		const { $ } = await render('# Titel\n\n## Afsnit');
		expect($('h1').parent('.heading-wrapper').length).toBe(0);
		expect($('a.heading-anchor').length).toBe(1);
	});

	test('names a heading with markup by its text', async () => {
		const { $ } = await render('## Om *egenmestring* og `kode`');
		expect($('.visually-hidden').text()).toBe('Link til afsnittet »Om egenmestring og kode«');
	});
});
