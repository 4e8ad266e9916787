// Every page's script runs this module, so it imports nothing the search page's script imports too
// (src/layouts/BaseLayout.astro says why).

// Pagefind's highlighter is written by the build next to the index; its address is kept out of the
// bundler's sight, like the index's. Under the base path the site is served from ('/' or
// '/socialaftale/'), which Vite writes into the bundle.
const HIGHLIGHT_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`;

interface PagefindHighlightOptions {
	addStyles: boolean;
	markOptions: { className: string; exclude: string[] };
}

/**
 * Marks the words a search matched when the reader arrives from a search result, whose address
 * names them (`?pagefind-highlight=…`, Pagefind's own parameter: HIGHLIGHT_PARAM in
 * src/search/search-text.ts). The highlighter is loaded only on a page the index holds (the pages
 * search results link to) opened with a query in its address, and reads the words itself. A result
 * for a section also ends in `#section`, so the browser has already scrolled there. Pagefind's own
 * styles are not added: they would need an inline style element, and the site's stylesheet already
 * styles `mark`.
 */
export async function highlightSearchWords(): Promise<void> {
	if (location.search === '' || !document.querySelector('[data-pagefind-body]')) return;
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ HIGHLIGHT_URL)) as {
		default: new (options: PagefindHighlightOptions) => unknown;
	};
	new PagefindHighlight({
		addStyles: false,
		// Only the indexed text: not the document's metadata, which the search did not match either.
		markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
	});
}
