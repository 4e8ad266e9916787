// One search as the reader means it: every variant of the query run through Pagefind, the results
// merged (exact query first) or ordered by date. The search page and its tests use this with the
// real Pagefind; the unit tests give it a stand-in.
import { UNKNOWN } from '../schemas/date-text.ts';
import { dateSortKey, newestFirstSortKey } from '../lib/dates.ts';
import { pagefindSort, type SortOrder } from './search-params.ts';
import { mergeRanked, queryVariants, type QueryVariant } from './search-query.ts';
import type { SearchTerms } from './search-terms.ts';

/** What Pagefind's `data()` gives for a result or a sub-result (the fields the search uses). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations?: { balanced_score: number }[];
}
export interface PagefindResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	locations: number[];
	sub_results: PagefindSubResult[];
}
export interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
/** The part of Pagefind's browser API the search uses. */
export interface PagefindApi {
	search(
		query: string | null,
		options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchRequest {
	query: string;
	filters: Record<string, string[]>;
	sort: SortOrder;
}

export interface SearchHit {
	id: string;
	data: PagefindResultData;
	/** The variant of the query that found the page first (the exact query when it did). */
	variant: QueryVariant;
}

export interface SearchOutcome {
	/** Every page any variant found. */
	total: number;
	/** The first `limit` of them, in order, with their data. */
	hits: SearchHit[];
}

/**
 * Runs a search: all variants of the query (queryVariants), or only the filters when there is no
 * query. By relevance, pages the exact query finds come first in Pagefind's order, then what the
 * variants add; by date, all are ordered by date, undated documents last.
 */
export async function runSearch(pagefind: PagefindApi, request: SearchRequest, terms: SearchTerms, limit: number): Promise<SearchOutcome> {
	const variants: QueryVariant[] = request.query ? queryVariants(request.query, terms) : [{ query: '', kind: 'exact' }];
	const sort = pagefindSort(request.sort);
	const lists = await Promise.all(
		variants.map(async (variant) => {
			const found = await pagefind.search(variant.query || null, { filters: request.filters, ...(sort ? { sort } : {}) });
			return (found?.results ?? []).map((result) => ({ result, variant }));
		}),
	);
	const merged = mergeRanked(lists, (entry) => entry.result.id);
	const load = async ({ result, variant }: (typeof merged)[number]): Promise<SearchHit> => ({ id: result.id, data: await result.data(), variant });

	if (!sort) return { total: merged.length, hits: await Promise.all(merged.slice(0, limit).map(load)) };

	// Each variant's list is already in date order, so the first `limit` overall are among the first
	// `limit` of each list.
	const firstOfEach = mergeRanked(
		lists.map((list) => list.slice(0, limit)),
		(entry) => entry.result.id,
	);
	const hits = await Promise.all(firstOfEach.map(load));
	const key = (hit: SearchHit) => (request.sort === 'nyeste' ? newestFirstSortKey : dateSortKey)(hit.data.meta.dato ?? UNKNOWN);
	const direction = request.sort === 'nyeste' ? -1 : 1;
	hits.sort((a, b) => direction * key(a).localeCompare(key(b)));
	return { total: merged.length, hits: hits.slice(0, limit) };
}
