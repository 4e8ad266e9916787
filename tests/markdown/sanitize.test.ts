// The Markdown pipeline as configured in astro.config.mjs: untrusted markup never reaches the page,
// while everything Markdown, the editors' allow-list and our own plugins produce comes through.
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { EDITOR_HTML_ELEMENTS } from '../../src/markdown/allowed-html.ts';

interface Renderer {
	render(markdown: string, options?: { fileURL?: URL }): Promise<{ code: string }>;
}
interface MdxRenderer {
	process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}
const processor = config.markdown!.processor as unknown as {
	createRenderer(shared: Record<string, unknown>): Promise<Renderer>;
	createMdxRenderer(shared: Record<string, unknown>, mdx: Record<string, unknown>): Promise<MdxRenderer>;
};
const renderer = await processor.createRenderer({ syntaxHighlight: false });
const render = async (markdown: string) => (await renderer.render(markdown)).code;

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

const mdx = await processor.createMdxRenderer({ syntaxHighlight: false }, { srcDir: new URL('../../src/', import.meta.url), optimize: false });

describe('MDX', () => {
	const compile = async (source: string) => (await mdx.process(source, '/tmp/2021-2022/doc.mdx', {})).code;

	test.each([
		['a script written as JSX', '<script>{"alert(1)"}</script>', /"script"|alert/],
		['an event handler written as JSX', '<img src="x.png" onError="alert(1)" />', /onerror|alert/i],
		['an iframe written as JSX', '<iframe src="https://example.org/" />', /iframe|example\.org/],
		['a style attribute written as JSX', '<span style="color:red">x</span>', /style|color:red/],
		['an expression', 'Tekst {globalThis.secret}', /secret/],
	])('removes %s', async (_, source, forbidden) => {
		expect(await compile(source)).not.toMatch(forbidden);
	});

	test('keeps a component and the text inside it, and allowed HTML written as JSX', async () => {
		const code = await compile('import Citat from "../../src/components/Citat.astro";\n\n<Citat>Vores *vision*</Citat>\n\nSe <abbr title="Kommunekontaktrådet">KKR</abbr>.');
		expect(code).toContain('Citat');
		expect(code).toContain('vision');
		expect(code).toMatch(/"abbr"/);
		expect(code).toContain('Kommunekontaktrådet');
	});
});
