// Markup beyond Markdown is limited to the one allow-list; nothing an editor writes may run code.
import { describe, expect, test } from 'vitest';
import { parseBody, type ParsedBody } from '../../../src/validation/markdown.ts';
import { checkMarkup, checkUrlScheme, urlScheme } from '../../../src/validation/rules/markup.ts';

function body(text: string, mdx = false): ParsedBody {
	const parsed = parseBody(text, 12, mdx);
	if (!('tree' in parsed)) throw new Error(parsed.message);
	return parsed;
}

const messages = (text: string, mdx = false) => checkMarkup('x.md', body(text, mdx)).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe('urlScheme', () => {
	test.each([
		['javascript:alert(1)', 'javascript'],
		[' JavaScript:alert(1)', 'javascript'],
		['java\tscript:alert(1)', 'javascript'],
		['java\nscript:alert(1)', 'javascript'],
		['vbscript:x', 'vbscript'],
		['data:text/html,x', 'data'],
		['https://example.com/', 'https'],
		['/2021-2022/', undefined],
		['../godkendelse/', undefined],
		['#beslutning', undefined],
	])('reads the scheme of %j as %s', (url, scheme) => {
		expect(urlScheme(url)).toBe(scheme);
	});

	test('allows http, https and mailto only', () => {
		expect(checkUrlScheme('mailto:a@example.dk')).toBeUndefined();
		expect(checkUrlScheme('tel:12345678')).toContain('bruger tel:, som ikke er tilladt');
	});
});

describe('checkMarkup', () => {
	test('accepts the allow-listed elements with their allowed attributes', () => {
		expect(messages('<abbr title="Kommunekontaktråd">KKR</abbr>, H<sub>2</sub>O, <span lang="en">workshop</span>')).toEqual([]);
	});

	test('finds event handlers even on tags an HTML tree would drop, at their column', () => {
		expect(messages('Tekst\n\n<body onload="alert(1)">')).toEqual([
			expect.stringMatching(/^14:1 HTML-elementet <body> er ikke tilladt/),
		]);
		expect(messages('Mødet <span class="x" onmouseover="alert(1)">her</span>.')).toEqual([
			'12:13 attributten class på <span> er ikke tilladt (tilladt på <span>: lang)',
			'12:23 attributten onmouseover på <span> er ikke tilladt: indhold må ikke indeholde kode, der køres i browseren',
		]);
	});

	test('refuses link and image targets that run code, in Markdown and in reference definitions', () => {
		expect(messages('[a](javascript:x) ![b](data:image/png;base64,AAAA)\n\n[c]: vbscript:x')).toEqual([
			expect.stringMatching(/^12:1 adressen "javascript:x" bruger javascript:/),
			expect.stringMatching(/^12:19 adressen "data:image\/png;base64,AAAA" bruger data:/),
			expect.stringMatching(/^14:1 adressen "vbscript:x" bruger vbscript:/),
		]);
	});

	test('refuses MDX exports, expression attributes and spreads', () => {
		expect(messages('export const x = 1\n\nTekst <span lang={sprog}>her</span> og <sup {...x}>2</sup>', true)).toEqual([
			'12:1 MDX-filer må ikke eksportere noget (export): indhold er tekst, ikke kode',
			'14:7 attributten lang på <span> har et {udtryk}, som er JavaScript; skriv værdien i anførselstegn',
			'14:40 attributter som {...udtryk} på <sup> er JavaScript og er ikke tilladt i indhold',
		]);
	});

	test('refuses every import and component, since the site never runs MDX as code', () => {
		const text = "import Faktaboks from '../../src/components/content/Faktaboks.astro';\n\n<Faktaboks>Tekst</Faktaboks>\n\n<Fragment set:html=\"x\" />";
		expect(messages(text, true)).toEqual([
			'12:1 MDX-filer kan ikke importere noget: indhold er tekst, ikke kode, så "../../src/components/content/Faktaboks.astro" kan ikke bruges',
			'14:1 komponenten <Faktaboks> kan ikke bruges: indhold er tekst og de tilladte HTML-elementer, ikke komponenter',
			'16:1 komponenten <Fragment> kan ikke bruges: indhold er tekst og de tilladte HTML-elementer, ikke komponenter',
		]);
	});
});
