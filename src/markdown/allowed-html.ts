// The one allow-list of markup in content. The content check refuses anything else with file:line,
// and the Markdown pipeline's sanitizer enforces the same list on the rendered HTML, so a mistake
// (or an attack) in a pull request can never reach a reader's browser.

/**
 * Raw HTML elements an editor may write in a Markdown file, with the attributes each may carry.
 * Everything else (script, iframe, object, style, forms, event handlers, style attributes) is refused:
 * Markdown itself covers headings, lists, links, emphasis and tables.
 */
export const EDITOR_HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	abbr: ['title'],
	br: [],
	del: [],
	ins: [],
	mark: [],
	small: [],
	span: ['lang'],
	sub: [],
	sup: [],
};

/** URL schemes a link or image may use; javascript:, data: and the like are refused. Relative URLs are allowed. */
export const ALLOWED_URL_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto'];
