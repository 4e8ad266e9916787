// One search as the reader means it: the query planned (search-query.ts), each planned search run
// through Pagefind, and the pages ranked by how many query words they contain and how well, or
// ordered by date. The search page and its tests use this with the real Pagefind; the unit tests
// give it a stand-in.
import { UNKNOWN } from '../schemas/date-text.ts';
import { dateSortKey, newestFirstSortKey } from '../lib/dates.ts';
import { pagefindSort, type SortOrder } from './search-params.ts';
import { MATCH_WEIGHT, planQuery, weakerKind, type MatchKind, type PlannedSearch, type QueryPlan } from './search-query.ts';
import type { SearchTerms } from './search-terms.ts';
import type { Vocabulary } from './search-vocabulary.ts';
import { indexVocabulary } from './word-match.ts';

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
	/** Pagefind's relevance of the page for that search (higher is better). */
	score?: number;
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
	/** Search the words as typed, without correcting typos ("Søg i stedet efter ..."). */
	asTyped?: boolean;
}

/** What found a page, when it was not the query as typed. */
export interface FoundAs {
	/** The query as it found the page: each word in the form, or the other name, that matched. */
	query: string;
	/** The weakest match among its words; 'exact' when the page has the query as typed. */
	kind: MatchKind;
}

export interface SearchHit {
	id: string;
	data: PagefindResultData;
	variant: FoundAs;
	/** Words of the query (as typed) that this page lacks though other pages have them. */
	missing: string[];
}

export interface SearchOutcome {
	/** Every page any search found (by date: those with the most query words). */
	total: number;
	/** The first `limit` of them, in order, with their data. */
	hits: SearchHit[];
	/** Words of the query (as typed) that no page contains in any form. */
	unmatched: string[];
	/** The query with its typos corrected, when the results are for that query. */
	corrected?: string;
}

const NO_VOCABULARY: Vocabulary = { words: [] };

/** How one page matched: per query word, the best match and the search that gave it. */
interface PageMatch {
	id: string;
	order: number;
	best: Map<number, { weight: number; score: number; search: PlannedSearch }>;
	results: Map<PlannedSearch, PagefindResult>;
}

/**
 * Runs a search: the planned searches of the query (planQuery) with the filters, or only the
 * filters when there is no query. By relevance, pages come in order of how many of the query's
 * required words they contain, then how well (the weights of MATCH_WEIGHT: spellings count as the
 * word as typed, typos and synonyms less), then Pagefind's scores. By date, the pages with the most
 * query words are ordered by date, undated documents last.
 */
export async function runSearch(
	pagefind: PagefindApi,
	request: SearchRequest,
	terms: SearchTerms,
	limit: number,
	vocabulary: Vocabulary = NO_VOCABULARY,
): Promise<SearchOutcome> {
	const sort = pagefindSort(request.sort);
	const options = { filters: request.filters, ...(sort ? { sort } : {}) };
	if (!request.query) {
		const results = (await pagefind.search(null, options))?.results ?? [];
		const hits = await Promise.all(results.slice(0, limit).map(async (result) => ({ id: result.id, data: await result.data(), variant: { query: '', kind: 'exact' as const }, missing: [] })));
		return { total: results.length, hits, unmatched: [] };
	}
	const plan = planQuery(request.query, indexVocabulary(vocabulary), terms, !request.asTyped);
	const lists = await Promise.all(plan.searches.map(async (search) => ({ search, results: (await pagefind.search(search.query, options))?.results ?? [] })));

	const pages = new Map<string, PageMatch>();
	for (const { search, results } of lists) {
		const top = Math.max(...results.map((result) => result.score ?? 1), Number.MIN_VALUE);
		for (const result of results) {
			let page = pages.get(result.id);
			if (!page) pages.set(result.id, (page = { id: result.id, order: pages.size, best: new Map(), results: new Map() }));
			page.results.set(search, result);
			const weight = MATCH_WEIGHT[search.kind];
			const score = (result.score ?? 1) / top;
			for (const index of search.covers.keys()) {
				const current = page.best.get(index);
				if (!current || weight > current.weight || (weight === current.weight && score > current.score)) page.best.set(index, { weight, score, search });
			}
		}
	}
	const required = plan.words.map((word, index) => ({ word, index })).filter(({ word }) => !word.optional);
	const matchedAnywhere = new Set([...pages.values()].flatMap((page) => [...page.best.keys()]));
	const unmatched = required.filter(({ index }) => !matchedAnywhere.has(index)).map(({ word }) => word.text);
	const rank = (page: PageMatch) => {
		const matches = required.map(({ index }) => page.best.get(index)).filter((match) => match !== undefined);
		return { words: matches.length, weight: matches.reduce((sum, match) => sum + match.weight, 0), score: matches.reduce((sum, match) => sum + match.score, 0) };
	};
	const ranks = new Map([...pages.values()].map((page) => [page, rank(page)]));
	const mostWords = Math.max(0, ...[...ranks.values()].map((value) => value.words));

	const load = async (page: PageMatch): Promise<SearchHit> => {
		const result = resultToShow(page);
		const missing = required.filter(({ index }) => matchedAnywhere.has(index) && !page.best.has(index)).map(({ word }) => word.text);
		return { id: page.id, data: await result.data(), variant: foundAs(plan, page), missing };
	};
	const outcome = (total: number, hits: SearchHit[]): SearchOutcome => ({ total, hits, unmatched, ...(plan.corrected && total > 0 ? { corrected: plan.corrected } : {}) });

	if (!sort) {
		const ranked = [...pages.values()].sort((a, b) => {
			const [x, y] = [ranks.get(a)!, ranks.get(b)!];
			return y.words - x.words || y.weight - x.weight || y.score - x.score || a.order - b.order;
		});
		return outcome(ranked.length, await Promise.all(ranked.slice(0, limit).map(load)));
	}
	// By date, only the pages with the most words; each search's list is already in date order, so
	// the first `limit` overall are among the first `limit` of each list.
	const candidates = new Set([...pages.values()].filter((page) => ranks.get(page)!.words === mostWords));
	const firstOfEach = new Set<PageMatch>();
	for (const { results } of lists) {
		results
			.map((result) => pages.get(result.id)!)
			.filter((page) => candidates.has(page))
			.slice(0, limit)
			.forEach((page) => firstOfEach.add(page));
	}
	const hits = await Promise.all([...firstOfEach].map(load));
	const key = (hit: SearchHit) => (request.sort === 'nyeste' ? newestFirstSortKey : dateSortKey)(hit.data.meta.dato ?? UNKNOWN);
	const direction = request.sort === 'nyeste' ? -1 : 1;
	hits.sort((a, b) => direction * key(a).localeCompare(key(b)));
	return outcome(candidates.size, hits.slice(0, limit));
}

/**
 * The result whose excerpt is shown: from the search that matched the most of the page's words
 * (all words together when it found the page), so the excerpt marks as many of them as it can.
 */
function resultToShow(page: PageMatch): PagefindResult {
	let chosen: { result: PagefindResult; covered: number } | undefined;
	for (const [search, result] of page.results) {
		const covered = [...search.covers.keys()].filter((index) => page.best.get(index)?.search === search).length;
		if (!chosen || covered > chosen.covered) chosen = { result, covered };
	}
	return chosen!.result;
}

/** The query as it found a page: each word replaced by what matched it there. */
function foundAs(plan: QueryPlan, page: PageMatch): FoundAs {
	const parts: string[] = [];
	let kind: MatchKind = 'exact';
	plan.words.forEach((word, index) => {
		const match = page.best.get(index);
		if (!match) {
			if (word.optional) parts.push(word.text);
			return;
		}
		kind = weakerKind(kind, match.search.kind);
		const text = match.search.covers.get(index)!;
		if (text !== '') parts.push(text);
	});
	return { query: parts.join(' '), kind };
}
