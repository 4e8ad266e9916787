import { withBase } from '../lib/routes.ts';
import { HIGHLIGHT_PARAM } from '../search/search-text.ts';

// Pagefind's highlighter is written by the build next to the index; its address is kept out of the
// bundler's sight, like the index's.
// Under the base path the site is served from, which Vite writes into the bundle.
const HIGHLIGHT_URL = withBase('/pagefind/pagefind-highlight.js', import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`);

interface PagefindHighlightOptions {
	highlightParam: string;
	addStyles: boolean;
	markOptions: { className: string; exclude: string[] };
}

/**
 * Marks the words a search matched when the reader arrives from a search result, whose address
 * names them (`?pagefind-highlight=…`). A result for a section also ends in `#section`, so the
 * browser has already scrolled there. Pagefind's own styles are not added: they would need an
 * inline style element, and the site's stylesheet already styles `mark`.
 */
export async function highlightSearchWords(): Promise<void> {
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ HIGHLIGHT_URL)) as {
		default: new (options: PagefindHighlightOptions) => unknown;
	};
	new PagefindHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		addStyles: false,
		// Only the indexed text: not the document's metadata, which the search did not match either.
		markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
	});
}
