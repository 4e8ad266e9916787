/** The Pagefind filter names the document pages set, and the URL parameters that carry them. */
export const FILTER_NAMES = ['periode', 'type', 'fokusomraade'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
	query: string;
	filters: Record<FilterName, string[]>;
}

/** Reads a search from a URL's query string: `?q=fyrtårn&periode=2021-2022`. */
export function parseSearchParams(params: URLSearchParams): SearchState {
	const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, params.getAll(name).filter(Boolean)])) as SearchState['filters'];
	return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search back into a query string, so it can be bookmarked and shared. */
export function toSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
	return params;
}

/** Pagefind's filter object: only the filters that have values. */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
	return Object.fromEntries(FILTER_NAMES.filter((name) => state.filters[name].length > 0).map((name) => [name, state.filters[name]]));
}
