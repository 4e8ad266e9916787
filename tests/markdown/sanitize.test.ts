// The render pipeline the site uses for every content body (src/markdown/render.ts): untrusted markup
// never reaches the page, while everything Markdown, the editors' allow-list and our own plugins
// produce comes through; MDX is a syntax, and code in it is refused.
import { describe, expect, test } from 'vitest';
import { EDITOR_HTML_ELEMENTS } from '../../src/markdown/allowed-html.ts';
import { RefusedMarkup } from '../../src/markdown/dialect.ts';
import { renderBody } from '../../src/markdown/render.ts';
import { parseBody } from '../../src/validation/markdown.ts';

const renderAs = async (source: string, mdx: boolean) => {
	const parsed = parseBody(source, 1, mdx);
	if (!('tree' in parsed)) throw new Error(parsed.message);
	return (await renderBody(parsed.tree, mdx ? '/tmp/2021-2022/doc.mdx' : '/tmp/2021-2022/doc.md', { terms: [], siteUrl: 'https://socialaftale.example' })).html;
};
const render = (markdown: string) => renderAs(markdown, false);

describe('rehypeSanitizeContent in the Markdown pipeline', () => {
	test.each([
		['a script element', 'Tekst\n\n<script>alert(1)</script>\n\nMere tekst', /<script|alert/],
		['an inline script', 'Tekst <script>alert(1)</script> her', /<script|alert/],
		['an iframe', '<iframe src="https://example.org/"></iframe>', /<iframe|example\.org/],
		['an object', '<object data="x.swf"></object>', /<object|x\.swf/],
		['an event handler', 'Se <img src="x.png" onerror="alert(1)"> her', /onerror|alert/],
		['an event handler on an allowed element', 'Se <abbr title="Kommunekontaktrådet" onmouseover="alert(1)">KKR</abbr>', /onmouseover|alert/],
		['a style attribute', 'Se <span style="display:none">skjult</span> her', /style=/],
		['a style element', '<style>body{display:none}</style>', /<style|display/],
		['a javascript: link', '[klik](javascript:alert(1))', /javascript:|alert/],
		['a javascript: link in HTML', '<a href="javascript:alert(1)">klik</a>', /javascript:|alert/],
		['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', /data:/],
		['a remote image', '![logo](https://example.org/logo.png)', /example\.org/],
		['a form', '<form action="https://example.org/"><input name="x"></form>', /<form|<input|example\.org/],
		['an id that could clobber the page', '<span id="indhold">x</span>', /id=/],
	])('removes %s', async (_, markdown, forbidden) => {
		expect(await render(markdown)).not.toMatch(forbidden);
	});

	test('keeps the text of an element it removes, but not the content of a script', async () => {
		const html = await render('Før <font color="red">rød tekst</font> efter <script>alert(1)</script>');
		expect(html).toContain('rød tekst');
		expect(html).not.toContain('font');
		expect(html).not.toContain('alert');
	});

	test.each(Object.entries(EDITOR_HTML_ELEMENTS))('keeps <%s> from the editors’ allow-list with its attributes', async (tag, attributes) => {
		const attrs = attributes.map((name) => ` ${name}="v"`).join('');
		const markdown = tag === 'br' ? 'a<br>b' : `Tekst <${tag}${attrs}>indhold</${tag}> slut`;
		const html = await render(markdown);
		expect(html).toContain(`<${tag}${attrs}>`);
	});

	test('keeps what Markdown produces: headings with ids, lists, links, emphasis, tables, code', async () => {
		const html = await render(
			'## Afsnit\n\n1. en\n2. to\n\n- [x] gjort\n\n*kursiv* **fed** ~~slettet~~ `kode` [link](/2021-2022/) [post](mailto:a@b.dk)\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n![kort](/kort.png)\n\n---',
		);
		for (const fragment of [
			'<h2 id="afsnit">Afsnit</h2>',
			'<ol>',
			'<input type="checkbox" checked disabled>',
			'<em>kursiv</em>',
			'<strong>fed</strong>',
			'<del>slettet</del>',
			'<code>kode</code>',
			'<a href="/2021-2022/">link</a>',
			'<a href="mailto:a@b.dk">post</a>',
			'<th align="left">a</th>',
			'<td align="right">2</td>',
			'<img src="/kort.png" alt="kort">',
			'<hr>',
		]) {
			expect(html).toContain(fragment);
		}
	});

	test('keeps editorial notes as notes', async () => {
		const html = await render('> **Redaktionel note:** Kilden mangler side 3.');
		expect(html).toContain('<aside class="redaktionel-note" role="note">');
	});

	test('keeps footnotes working, in Danish, with ids that match their links', async () => {
		const html = await render('Tekst[^1] og mere.\n\n[^1]: Noten.');
		expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>');
		expect(html).toContain('<h2 class="sr-only" id="footnote-label">Fodnoter</h2>');
		expect(html).toContain('<li id="user-content-fn-1">');
		expect(html).toContain('<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Tilbage til henvisning 1" class="data-footnote-backref">');
	});
});

describe('external links in content', () => {
	test('a link to another site gets rel="noopener noreferrer" and says it is external', async () => {
		const html = await render('Se [Region Nordjylland](https://rn.dk/) og [forsiden](/).');
		expect(html).toContain(
			'<a href="https://rn.dk/" class="external-link" rel="noopener noreferrer">Region Nordjylland<span class="visually-hidden"> (ekstern side)</span></a>',
		);
		expect(html).toContain('<a href="/">forsiden</a>');
	});
});

describe('MDX', () => {
	const compile = (source: string) => renderAs(source, true);

	test.each([
		['a script written as JSX', '<script>alert(1)</script>', /script|alert/],
		['an event handler written as JSX', '<img src="x.png" onError="alert(1)" />', /onerror|alert/i],
		['an iframe written as JSX', '<iframe src="https://example.org/" />', /iframe|example\.org/],
		['a style attribute written as JSX', '<span style="color:red">x</span>', /style|color:red/],
		['a meta refresh written as JSX', '<meta httpEquiv="refresh" content="0;url=https://example.org/" />', /meta|refresh|example/],
	])('removes %s', async (_, source, forbidden) => {
		expect(await compile(source)).not.toMatch(forbidden);
	});

	test.each([
		['an import', 'import fs from "node:fs"\n\nTekst'],
		['an export', 'export const x = 1\n\nTekst'],
		['an expression', 'Tekst {globalThis.secret}'],
		['an expression block', '{fs.readFileSync("/etc/passwd", "utf8")}'],
		['a component', '<Citat>Vores vision</Citat>'],
		['Fragment with set:html, which needs no import', '<Fragment set:html="<script>alert(1)</script>" />'],
		['a dotted component', '<x.y>tekst</x.y>'],
		['an attribute with an expression', '<abbr title={"x"}>KKR</abbr>'],
		['a spread attribute', '<abbr {...props}>KKR</abbr>'],
	])('refuses %s instead of running or dropping it', async (_, source) => {
		await expect(compile(source)).rejects.toBeInstanceOf(RefusedMarkup);
	});

	test('says on which line of the body the code stands', async () => {
		await expect(compile('## Afsnit\n\nTekst\n\n{1 + 1}')).rejects.toMatchObject({ line: 5 });
	});

	test('keeps allowed HTML written as JSX, and the text of a fragment', async () => {
		const html = await compile('Se <abbr title="Kommunekontaktrådet">KKR</abbr> og <>*vision*</>.');
		expect(html).toContain('<abbr title="Kommunekontaktrådet">KKR</abbr>');
		expect(html).toContain('<em>vision</em>');
	});
});
