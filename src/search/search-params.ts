/** The Pagefind filter names the document pages set, and the URL parameters that carry them. */
export const FILTER_NAMES = ['periode', 'type', 'fokusomraade'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * The orders results can be shown in, as the `sortering` URL parameter says them; relevance is the
 * default and is left out of the URL.
 */
export const SORT_ORDERS = ['relevans', 'aeldste', 'nyeste'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
/** The order a search starts in, and returns to when the reader resets the filters. */
export const DEFAULT_SORT: SortOrder = 'relevans';

export interface SearchState {
	query: string;
	filters: Record<FilterName, string[]>;
	sort: SortOrder;
	/** Search the words as typed, without correcting typos (the `som-skrevet` parameter). */
	asTyped?: true;
}

/** The URL parameter of a search the reader asked to have as typed ("Søg i stedet efter ..."). */
const AS_TYPED_PARAM = 'som-skrevet';

/** Reads a search from a URL's query string: `?q=fyrtårn&periode=2021-2022&sortering=nyeste`. */
export function parseSearchParams(params: URLSearchParams): SearchState {
	const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, params.getAll(name).filter(Boolean)])) as SearchState['filters'];
	const sort = SORT_ORDERS.find((order) => order === params.get('sortering')) ?? DEFAULT_SORT;
	return { query: (params.get('q') ?? '').trim(), filters, sort, ...(params.get(AS_TYPED_PARAM) === '1' ? { asTyped: true as const } : {}) };
}

/** Writes a search back into a query string, so it can be bookmarked and shared. */
export function toSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
	if (state.sort !== DEFAULT_SORT) params.set('sortering', state.sort);
	if (state.asTyped) params.set(AS_TYPED_PARAM, '1');
	return params;
}

/** Pagefind's filter object: only the filters that have values. */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
	return Object.fromEntries(FILTER_NAMES.filter((name) => state.filters[name].length > 0).map((name) => [name, state.filters[name]]));
}

/**
 * Pagefind's sort object for an order, by the sort keys the document pages set: `dato` puts
 * unknown dates last when ascending, `nyeste` puts them last when descending.
 */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
	if (sort === 'aeldste') return { dato: 'asc' };
	if (sort === 'nyeste') return { nyeste: 'desc' };
	return undefined;
}
