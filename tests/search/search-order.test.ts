// The search order (relevance, oldest, newest) and its place in the address.
import { describe, expect, test } from 'vitest';
import { pagefindFilters, pagefindSort, parseSearchParams, toSearchParams } from '../../src/search/search-params.ts';

describe('parseSearchParams and toSearchParams', () => {
	test('a search survives the round trip through the address', () => {
		const params = new URLSearchParams('q=fyrt%C3%A5rn&periode=2021-2022&type=Referat&sortering=nyeste');
		const state = parseSearchParams(params);
		expect(state).toEqual({ query: 'fyrtårn', filters: { periode: ['2021-2022'], type: ['Referat'], fokusomraade: [] }, sort: 'nyeste' });
		expect(toSearchParams(state).toString()).toBe(params.toString());
	});

	test('relevance is the default order and stays out of the address; an unknown order is relevance', () => {
		expect(parseSearchParams(new URLSearchParams('q=x&sortering=tilfældig')).sort).toBe('relevans');
		expect(toSearchParams(parseSearchParams(new URLSearchParams('q=x&sortering=relevans'))).toString()).toBe('q=x');
	});
});

describe('pagefindFilters', () => {
	test('only filters with values', () => {
		expect(pagefindFilters(parseSearchParams(new URLSearchParams('periode=2018-2020')))).toEqual({ periode: ['2018-2020'] });
	});
});

describe('pagefindSort', () => {
	test.each([
		['relevans', undefined],
		['aeldste', { dato: 'asc' }],
		['nyeste', { nyeste: 'desc' }],
	] as const)('%s sorts by %j', (order, expected) => {
		expect(pagefindSort(order)).toEqual(expected);
	});
});
