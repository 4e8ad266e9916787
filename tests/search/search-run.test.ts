import { describe, expect, test } from 'vitest';
import { runSearch, type PagefindApi, type PagefindResultData } from '../../src/search/search-run.ts';

interface FakePage {
	id: string;
	words: string[];
	dato: string;
	periode: string;
}

/** A stand-in for Pagefind: every query word must begin a page word; sorts by the pages' sort keys. */
function fakePagefind(pages: FakePage[]): PagefindApi & { queries: string[] } {
	const queries: string[] = [];
	return {
		queries,
		async search(query, options = {}) {
			queries.push(query ?? '');
			const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
			let found = pages.filter(
				(page) =>
					words.every((word) => page.words.some((pageWord) => pageWord.startsWith(word))) &&
					Object.entries(options.filters ?? {}).every(([name, values]) => name !== 'periode' || values.includes(page.periode)),
			);
			const [key, direction] = Object.entries(options.sort ?? {})[0] ?? [];
			if (key) {
				const sortKey = (page: FakePage) => (page.dato === 'ukendt' ? (key === 'dato' ? '9999' : '0000') : page.dato);
				found = [...found].sort((a, b) => (direction === 'asc' ? 1 : -1) * sortKey(a).localeCompare(sortKey(b)));
			}
			return {
				results: found.map((page) => ({
					id: page.id,
					data: async (): Promise<PagefindResultData> => ({
						url: `/${page.id}/`,
						content: page.words.join(' '),
						excerpt: '',
						meta: { title: page.id, dato: page.dato },
						filters: { periode: [page.periode] },
						locations: [],
						sub_results: [],
					}),
				})),
			};
		},
	};
}

const PAGES: FakePage[] = [
	{ id: 'a', words: ['fyrtaarn'], dato: '2020-02-03', periode: '2021-2022' },
	{ id: 'b', words: ['fyrtårne', 'demens'], dato: 'ukendt', periode: '2021-2022' },
	{ id: 'c', words: ['den', 'administrative', 'styregruppe'], dato: '2019-12-03', periode: '2021-2022' },
	{ id: 'd', words: ['das', 'fyrtårn'], dato: '2018', periode: '2018-2020' },
];
const TERMS = { groups: [['DAS', 'Den Administrative Styregruppe']] };
const ids = (outcome: { hits: { id: string }[] }) => outcome.hits.map((hit) => hit.id);

describe('runSearch', () => {
	test('ranks what the exact query finds first, then what other spellings add', async () => {
		const outcome = await runSearch(fakePagefind(PAGES), { query: 'fyrtaarn', filters: {}, sort: 'relevans' }, TERMS, 50);
		expect(ids(outcome)).toEqual(['a', 'b', 'd']);
		expect(outcome.total).toBe(3);
		expect(outcome.hits.map((hit) => hit.variant.kind)).toEqual(['exact', 'spelling', 'spelling']);
	});

	test('finds an abbreviation’s expansion and says which name found it', async () => {
		const outcome = await runSearch(fakePagefind(PAGES), { query: 'das', filters: {}, sort: 'relevans' }, TERMS, 50);
		expect(ids(outcome)).toEqual(['d', 'c']);
		expect(outcome.hits[1]!.variant).toEqual({ query: 'Den Administrative Styregruppe', kind: 'term' });
	});

	test('passes the filters on to every variant', async () => {
		const outcome = await runSearch(fakePagefind(PAGES), { query: 'fyrtårn', filters: { periode: ['2018-2020'] }, sort: 'relevans' }, TERMS, 50);
		expect(ids(outcome)).toEqual(['d']);
	});

	test.each([
		['aeldste', ['d', 'a', 'b']],
		['nyeste', ['a', 'd', 'b']],
	] as const)('orders by date (%s) across variants, undated documents last', async (sort, expected) => {
		const outcome = await runSearch(fakePagefind(PAGES), { query: 'fyrtaarn', filters: {}, sort }, TERMS, 50);
		expect(ids(outcome)).toEqual(expected);
	});

	test('loads data for no more than the limit, but counts every page found', async () => {
		const outcome = await runSearch(fakePagefind(PAGES), { query: 'fyrtaarn', filters: {}, sort: 'relevans' }, TERMS, 1);
		expect(ids(outcome)).toEqual(['a']);
		expect(outcome.total).toBe(3);
	});

	test('without a query, searches by the filters alone', async () => {
		const pagefind = fakePagefind(PAGES);
		const outcome = await runSearch(pagefind, { query: '', filters: { periode: ['2018-2020'] }, sort: 'relevans' }, TERMS, 50);
		expect(ids(outcome)).toEqual(['d']);
		expect(pagefind.queries).toEqual(['']);
	});
});
