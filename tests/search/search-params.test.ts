// Protects shareable search URLs: ?q=&periode=&type=&fokusomraade= read and write back the same search, Danish letters included.
import { describe, expect, test } from 'vitest';
import {
	FILTER_NAMES,
	pagefindFilters,
	parseSearchParams,
	toSearchParams,
	type SearchState,
} from '../../src/search/search-params.ts';

const noFilters = () => ({ periode: [], type: [], fokusomraade: [] });

describe('parseSearchParams', () => {
	test.each([
		{ search: '?q=fyrt%C3%A5rn&periode=2021-2022', query: 'fyrtårn', periode: ['2021-2022'] },
		{ search: '?q=fyrtårn', query: 'fyrtårn', periode: [] },
		{ search: '?q=Ærø+og+Læsø', query: 'Ærø og Læsø', periode: [] },
		{ search: '?q=%20%20alderdom%20', query: 'alderdom', periode: [] },
		{ search: '?q=', query: '', periode: [] },
		{ search: '', query: '', periode: [] },
		{
			search: '?periode=2018-2020&periode=2021-2022',
			query: '',
			periode: ['2018-2020', '2021-2022'],
		},
		{ search: '?periode=&periode=2021-2022', query: '', periode: ['2021-2022'] },
		{ search: '?q=a%26b%3Dc', query: 'a&b=c', periode: [] },
	])("reads '$search' as query '$query' and periods $periode", ({ search, query, periode }) => {
		const state = parseSearchParams(new URLSearchParams(search));
		expect(state.query).toBe(query);
		expect(state.filters.periode).toEqual(periode);
	});

	test('reads every filter and ignores unknown parameters', () => {
		const state = parseSearchParams(
			new URLSearchParams(
				'q=alderdom&periode=2021-2022&type=referat&fokusomraade=den-gode-alderdom&side=2',
			),
		);
		expect(state).toEqual({
			query: 'alderdom',
			filters: { periode: ['2021-2022'], type: ['referat'], fokusomraade: ['den-gode-alderdom'] },
			sort: 'relevans',
		});
	});

	test('gives every filter an empty list when none is set', () => {
		expect(parseSearchParams(new URLSearchParams()).filters).toEqual(noFilters());
	});
});

describe('toSearchParams', () => {
	test('writes the query and the filters in a fixed order', () => {
		const params = toSearchParams({
			sort: 'relevans',
			query: 'fyrtårn',
			filters: { periode: ['2021-2022'], type: ['referat', 'godkendelse'], fokusomraade: [] },
		});
		expect(params.toString()).toBe(
			'q=fyrt%C3%A5rn&periode=2021-2022&type=referat&type=godkendelse',
		);
	});

	test('leaves out an empty query', () => {
		expect(
			toSearchParams({ sort: 'relevans', query: '', filters: { ...noFilters(), periode: ['2018-2020'] } }).toString(),
		).toBe('periode=2018-2020');
	});

	test('marks a search the reader asked to have as typed, and only that', () => {
		expect(toSearchParams({ sort: 'relevans', query: 'fyrtorn', filters: noFilters(), asTyped: true }).toString()).toBe('q=fyrtorn&som-skrevet=1');
		expect(parseSearchParams(new URLSearchParams('q=fyrtorn&som-skrevet=ja'))).not.toHaveProperty('asTyped');
	});

	test('writes nothing for an empty search', () => {
		expect(toSearchParams({ sort: 'relevans', query: '', filters: noFilters() }).toString()).toBe('');
	});

	test.each<SearchState>([
		{ sort: 'relevans', query: 'fyrtårn', filters: { periode: ['2021-2022'], type: [], fokusomraade: [] } },
		{ sort: 'relevans', query: 'Ærø, Læsø & Åbenrå', filters: noFilters() },
		{
			sort: 'relevans',
			query: 'a+b=c?d#e%f',
			filters: { periode: [], type: ['skriftligt-input'], fokusomraade: ['effektive-loesninger'] },
		},
		{ sort: 'relevans', query: '', filters: { periode: ['2018-2020', '2023-2024'], type: [], fokusomraade: [] } },
		{
			sort: 'relevans',
			query: 'socialpsykiatri',
			filters: { periode: ['2021-2022'], type: ['referat'], fokusomraade: ['den-gode-alderdom'] },
		},
		{ sort: 'relevans', query: 'fyrtorn', filters: noFilters(), asTyped: true },
	])("round-trips the search '$query' through a URL", (state) => {
		const url = new URL(`https://example.org/soeg/?${toSearchParams(state)}`);
		expect(parseSearchParams(url.searchParams)).toEqual(state);
	});
});

describe('pagefindFilters', () => {
	test('passes only the filters that have values', () => {
		expect(
			pagefindFilters({
				sort: 'relevans',
				query: 'x',
				filters: { periode: ['2021-2022'], type: [], fokusomraade: ['den-gode-alderdom'] },
			}),
		).toEqual({ periode: ['2021-2022'], fokusomraade: ['den-gode-alderdom'] });
	});

	test('returns an empty object when no filter is set', () => {
		expect(pagefindFilters({ sort: 'relevans', query: 'x', filters: noFilters() })).toEqual({});
	});
});

describe('FILTER_NAMES', () => {
	test('names the filters the document pages set, in URL order', () => {
		expect(FILTER_NAMES).toEqual(['periode', 'type', 'fokusomraade']);
	});
});
