import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { glossaryTerms, type GlossaryTerm } from '../../src/lib/glossary.ts';
import { isDocumentPath, rehypeGlossary } from '../../src/markdown/rehype-glossary.ts';
import { remarkEditorialNotes } from '../../src/markdown/remark-editorial-notes.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const TERMS: GlossaryTerm[] = [
	{ id: 'das', forms: ['DAS', 'Den Administrative Styregruppe'], expansion: 'Den Administrative Styregruppe på Socialområdet' },
	{ id: 'kl', forms: ['KL'], expansion: 'Kommunernes Landsforening' },
	{ id: 'ucn', forms: ['UCN'] },
	{ id: 'styringsaftale', forms: ['styringsaftale', 'styringsaftalen'] },
	{ id: 'noedspor', forms: ['nødspor', 'nødsporet'] },
	{ id: 'serviceloven-85', forms: ['Serviceloven § 85', 'Servicelovens § 85'] },
];

const DOCUMENT = new URL('file:///site/content/2021-2022/dokument.md');

/** Renders Markdown as the site does (GFM, editorial notes), with or without the glossary plugin. */
async function render(markdown: string, { glossary = true, terms = TERMS, fileURL = DOCUMENT } = {}) {
	const processor = await createMarkdownProcessor({
		syntaxHighlight: false,
		gfm: false,
		smartypants: false,
		remarkPlugins: [remarkGfm, remarkEditorialNotes],
		rehypePlugins: glossary ? [[rehypeGlossary, { terms }]] : [],
	});
	return load((await processor.render(markdown, { fileURL })).code);
}

const marks = ($: Awaited<ReturnType<typeof render>>) =>
	$('a.glossary-term')
		.map((_, link) => ({ href: $(link).attr('href'), text: $(link).text(), abbr: $(link).find('abbr').attr('title') }))
		.get();

describe('rehypeGlossary', () => {
	test('links the first occurrence of each term to its glossary entry, and only the first', async () => {
		const $ = await render('DAS og UCN mødes. Senere mødes DAS og UCN igen.');
		expect(marks($)).toEqual([
			{ href: '/ordliste/#das', text: 'DAS', abbr: 'Den Administrative Styregruppe på Socialområdet' },
			{ href: '/ordliste/#ucn', text: 'UCN', abbr: undefined },
		]);
	});

	test('an alias counts as the term: after the spelled-out name, the abbreviation is not marked again', async () => {
		const $ = await render('Den Administrative Styregruppe på Socialområdet (DAS) har besluttet.');
		// The spelled-out form is linked without <abbr>: only an abbreviation gets an expansion.
		expect(marks($)).toEqual([{ href: '/ordliste/#das', text: 'Den Administrative Styregruppe', abbr: undefined }]);
	});

	test.each([
		['an abbreviation only in capitals', 'Mødet begynder kl. 13:00.', []],
		['a term at the start of a sentence', 'Styringsaftalen er revideret.', ['Styringsaftalen']],
		['whole words only', 'KKR og UCNX og nødsporene.', []],
		['an inflected form listed as alias', 'Tilbuddet kom i nødsporet.', ['nødsporet']],
		['a form with a no-break space in the text', 'Støtte efter Servicelovens\u00a0§\u00a085 gives.', ['Servicelovens\u00a0§\u00a085']],
		['a term split over a line break', 'Efter Servicelovens §\n85 gives.', ['Servicelovens §\n85']],
	])('matches %s', async (_, markdown, expected) => {
		expect(marks(await render(markdown)).map((mark) => mark.text)).toEqual(expected);
	});

	test('leaves headings, links and code alone and marks the first occurrence in the text instead', async () => {
		const $ = await render('## DAS\n\nSe [DAS](https://example.org/) og `DAS`.\n\nDAS har besluttet.');
		expect($('h2').html()).toBe('DAS');
		expect($('a[href="https://example.org/"]').html()).toBe('DAS');
		expect($('code').html()).toBe('DAS');
		expect(marks($)).toHaveLength(1);
		expect($('a.glossary-term').parent().text()).toBe('DAS har besluttet.');
	});

	test('marks terms inside emphasis, lists and tables', async () => {
		const $ = await render('- Punkt om *UCN*\n\n| a | b |\n| - | - |\n| KL | x |');
		expect(marks($).map((mark) => mark.text)).toEqual(['UCN', 'KL']);
		expect($('em a.glossary-term').text()).toBe('UCN');
		expect($('td a.glossary-term abbr').attr('title')).toBe('Kommunernes Landsforening');
	});

	test('changes nothing outside the documents (the glossary itself, themes)', async () => {
		for (const path of ['file:///site/content/ordliste/das.md', 'file:///site/content/temaer/alderdom.md']) {
			expect(marks(await render('DAS og UCN.', { fileURL: new URL(path) }))).toEqual([]);
		}
	});

	test.each([
		'DAS, UCN og KL. Styringsaftalen og nødsporet.',
		'## Overskrift om DAS\n\nTekst med *DAS* og **UCN** og [et link](https://example.org/).\n\n> **Redaktionel note:** UCN er nævnt.',
		'Servicelovens\u00a0§\u00a085 og en tabel:\n\n| KL | nødspor |\n| - | - |\n| a | b |',
	])('leaves the text content exactly as without the plugin: %j', async (markdown) => {
		const withPlugin = await render(markdown);
		const without = await render(markdown, { glossary: false });
		expect(marks(withPlugin).length).toBeGreaterThan(0);
		expect(withPlugin.text()).toBe(without.text());
	});
});

describe('rehypeGlossary on the published documents', () => {
	const root = join(import.meta.dirname, '../..');
	const content = checkContent({ contentDir: join(root, 'content'), rootDir: root });
	const terms = glossaryTerms(content.glossary);

	test('the glossary has the terms the documents use', () => {
		expect(content.problems).toEqual([]);
		expect(terms.map((term) => term.id)).toEqual(expect.arrayContaining(['das', 'kkr', 'viso', 'ucn', 'ips']));
	});

	test.each(content.documents.map((document) => [document.file, document] as const))(
		'%s reads exactly the same with its terms marked',
		async (file, document) => {
			const fileURL = new URL(`file://${join(root, file)}`);
			const withPlugin = await render(document.body, { terms, fileURL });
			const without = await render(document.body, { glossary: false, terms, fileURL });
			expect(withPlugin.text()).toBe(without.text());
			const ids = marks(withPlugin).map((mark) => mark.href);
			expect(new Set(ids).size, 'each term is marked once').toBe(ids.length);
		},
	);
});

describe('isDocumentPath', () => {
	test.each([
		['/site/content/2021-2022/godkendelse.md', true],
		['C:\\site\\content\\2018-2020\\resultater.mdx', true],
		['/site/content/ordliste/das.md', false],
		['/site/content/temaer/egenmestring.md', false],
		[undefined, false],
	])('%s -> %s', (path, expected) => {
		expect(isDocumentPath(path)).toBe(expected);
	});
});
