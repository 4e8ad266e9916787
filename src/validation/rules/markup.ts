// Markdown and MDX in a pull request are untrusted input: the only markup an editor may write beyond
// Markdown is the one allow-list in src/markdown/allowed-html.ts, and no link may run code.
import type { Nodes, Root } from 'mdast';
import { Tokenizer, type Token } from 'parse5';
import { visit } from 'unist-util-visit';
import { ALLOWED_URL_PROTOCOLS, EDITOR_HTML_ELEMENTS } from '../../markdown/allowed-html.ts';
import { filePosition, pointAt, type ParsedBody } from '../markdown.ts';
import type { Problem } from '../problems.ts';

// remark-mdx (imported by ../markdown.ts) adds the MDX node types to mdast's.
type MdxjsEsm = Extract<Nodes, { type: 'mdxjsEsm' }>;
type MdxJsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const ALLOWED_ELEMENTS = Object.keys(EDITOR_HTML_ELEMENTS);
const allowedList = ALLOWED_ELEMENTS.map((name) => `<${name}>`).join(', ');
const protocolList = ALLOWED_URL_PROTOCOLS.map((protocol) => `${protocol}:`).join(', ');

/** The URL scheme of a link target (`javascript`, `https`), or undefined for an address on the site. */
export function urlScheme(url: string): string | undefined {
	// Browsers ignore control characters and spaces inside a scheme: "java\tscript:" runs as javascript:.
	const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** The problem with a link or image target, if its scheme is not allowed. */
export function checkUrlScheme(url: string): string | undefined {
	const scheme = urlScheme(url);
	if (scheme === undefined || ALLOWED_URL_PROTOCOLS.includes(scheme)) return undefined;
	const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
	return `adressen "${shown}" bruger ${scheme}:, som ikke er tilladt: et link skal begynde med ${protocolList} eller være en adresse på sitet (fx /2021-2022/)`;
}

function attributeProblem(element: string, attribute: string): string | undefined {
	const name = attribute.toLowerCase();
	if ((EDITOR_HTML_ELEMENTS[element] ?? []).includes(name)) return undefined;
	if (name.startsWith('on')) {
		return `attributten ${name} på <${element}> er ikke tilladt: indhold må ikke indeholde kode, der køres i browseren`;
	}
	if (name === 'style') {
		return `attributten style på <${element}> er ikke tilladt: sidens udseende styres af sitets stylesheet`;
	}
	const allowed = EDITOR_HTML_ELEMENTS[element]!;
	return `attributten ${name} på <${element}> er ikke tilladt (tilladt på <${element}>: ${allowed.length ? allowed.join(', ') : 'ingen'})`;
}

function elementProblem(element: string): string | undefined {
	if (ALLOWED_ELEMENTS.includes(element)) return undefined;
	return `HTML-elementet <${element}> er ikke tilladt i indhold (tilladt: ${allowedList}); skriv teksten med Markdown`;
}

/**
 * Every start tag and comment in a piece of raw HTML, with its offset in that HTML. parse5's
 * tokenizer (the HTML standard's own tokenizing rules) is used rather than its tree builder, which
 * would silently drop tags such as <body onload=...> that a fragment may not contain.
 */
function htmlTokens(html: string): { kind: 'tag' | 'comment'; name: string; offset: number; attributes: { name: string; value: string; offset: number }[] }[] {
	const tokens: ReturnType<typeof htmlTokens> = [];
	const ignore = () => {};
	const tokenizer = new Tokenizer(
		{ sourceCodeLocationInfo: true },
		{
			onStartTag(token: Token.TagToken) {
				tokens.push({
					kind: 'tag',
					name: token.tagName,
					offset: token.location?.startOffset ?? 0,
					attributes: token.attrs.map((attribute) => ({
						name: attribute.name,
						value: attribute.value,
						offset: token.location?.attrs?.[attribute.name]?.startOffset ?? token.location?.startOffset ?? 0,
					})),
				});
			},
			onComment(token: Token.CommentToken) {
				tokens.push({ kind: 'comment', name: '', offset: token.location?.startOffset ?? 0, attributes: [] });
			},
			onDoctype: ignore,
			onEndTag: ignore,
			onEof: ignore,
			onCharacter: ignore,
			onNullCharacter: ignore,
			onWhitespaceCharacter: ignore,
		},
	);
	tokenizer.write(html, true);
	return tokens;
}

/** Names imported by the body's MDX import statements, with the module each comes from. */
function mdxImports(node: MdxjsEsm): { source: string; names: string[]; exported: boolean }[] {
	const program = node.data?.estree;
	if (!program) return [];
	return program.body.flatMap((statement): { source: string; names: string[]; exported: boolean }[] => {
		if (statement.type === 'ImportDeclaration') {
			return [{ source: String(statement.source.value), names: statement.specifiers.map((specifier) => specifier.local.name), exported: false }];
		}
		return [{ source: '', names: [], exported: true }];
	});
}

/**
 * Raw HTML outside the allow-list (elements, attributes, comments), link and image targets with a
 * scheme that can run code (javascript:, data:, vbscript:), and in MDX: imports of anything but the
 * project's content components, exports, JavaScript expressions and unknown components.
 */
export function checkMarkup(file: string, body: ParsedBody): Problem[] {
	const problems: Problem[] = [];
	const at = (node: Nodes, message: string) => problems.push({ file, ...filePosition(body, node.position?.start), message });
	const atOffset = (offset: number, message: string) => {
		const point = pointAt(body.text, offset);
		problems.push({ file, line: body.firstLine + point.line - 1, column: point.column, message });
	};

	visit(body.tree as Root, (node: Nodes) => {
		switch (node.type) {
			case 'html': {
				const start = node.position?.start.offset ?? 0;
				for (const token of htmlTokens(node.value)) {
					if (token.kind === 'comment') {
						atOffset(start + token.offset, 'HTML-kommentarer (<!-- -->) udgives i sidens kildekode: slet kommentaren, eller skriv en redaktionel note');
						continue;
					}
					const problem = elementProblem(token.name);
					if (problem) {
						atOffset(start + token.offset, problem);
						continue;
					}
					for (const attribute of token.attributes) {
						const attributeError = attributeProblem(token.name, attribute.name) ?? checkUrlScheme(attribute.value);
						if (attributeError) atOffset(start + attribute.offset, attributeError);
					}
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition': {
				const problem = checkUrlScheme(node.url);
				if (problem) at(node, problem);
				break;
			}
			case 'mdxjsEsm': {
				for (const statement of mdxImports(node)) {
					if (statement.exported) {
						at(node, 'MDX-filer må ikke eksportere noget (export): indhold er tekst, ikke kode');
					} else {
						at(node, `MDX-filer kan ikke importere noget: indhold er tekst, ikke kode, så "${statement.source}" kan ikke bruges`);
					}
				}
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				at(node, 'et {udtryk} er JavaScript og er ikke tilladt i indhold: skriv teksten direkte (en krøllet parentes skrives \\{)');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsxElement(node, (message) => at(node, message));
				break;
		}
	});
	return problems;
}

function checkJsxElement(node: MdxJsxElement, report: (message: string) => void): void {
	const name = node.name;
	if (name === null) {
		report('tomme JSX-elementer (<>...</>) er ikke tilladt i indhold: skriv teksten direkte');
		return;
	}
	// Lower-case names are HTML elements; capitalised or dotted names are components.
	if (/^[a-z][a-z0-9-]*$/.test(name)) {
		const problem = elementProblem(name);
		if (problem) return report(problem);
	} else {
		// The site renders MDX as HTML and never as code (src/markdown/dialect.ts), so no component can run.
		return report(`komponenten <${name}> kan ikke bruges: indhold er tekst og de tilladte HTML-elementer, ikke komponenter`);
	}
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			report(`attributter som {...udtryk} på <${name}> er JavaScript og er ikke tilladt i indhold`);
		} else if (attribute.value !== null && typeof attribute.value === 'object') {
			report(`attributten ${attribute.name} på <${name}> har et {udtryk}, som er JavaScript; skriv værdien i anførselstegn`);
		} else if (/^[a-z]/.test(name)) {
			const problem = attributeProblem(name, attribute.name) ?? checkUrlScheme(attribute.value ?? '');
			if (problem) report(problem);
		}
	}
}
