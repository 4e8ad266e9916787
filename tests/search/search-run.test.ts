import { describe, expect, test } from 'vitest';
import { MAX_SEARCHES } from '../../src/search/search-query.ts';
import { runSearch, type PagefindApi, type PagefindResultData } from '../../src/search/search-run.ts';
import { buildVocabulary } from '../../src/search/search-vocabulary.ts';

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
const VOCABULARY = buildVocabulary(PAGES.flatMap((page) => page.words));
const ids = (outcome: { hits: { id: string }[] }) => outcome.hits.map((hit) => hit.id);

describe('runSearch', () => {
	const search = (query: string, options: { sort?: 'relevans' | 'aeldste' | 'nyeste'; filters?: Record<string, string[]>; limit?: number; asTyped?: boolean } = {}, pagefind = fakePagefind(PAGES)) =>
		runSearch(pagefind, { query, filters: options.filters ?? {}, sort: options.sort ?? 'relevans', ...(options.asTyped ? { asTyped: true } : {}) }, TERMS, options.limit ?? 50, VOCABULARY);

	test('ranks other spellings with the query as typed, and says which spelling found a page', async () => {
		const outcome = await search('fyrtaarn');
		expect(ids(outcome)).toEqual(['a', 'b', 'd']);
		expect(outcome.total).toBe(3);
		expect(outcome.hits.map((hit) => hit.variant)).toEqual([
			{ query: 'fyrtaarn', kind: 'exact' },
			{ query: 'fyrtårn', kind: 'spelling' },
			{ query: 'fyrtårn', kind: 'spelling' },
		]);
	});

	test('finds an abbreviation’s expansion, below the abbreviation, and says which name found it', async () => {
		const outcome = await search('das');
		expect(ids(outcome)).toEqual(['d', 'c']);
		expect(outcome.hits[1]!.variant).toEqual({ query: 'Den Administrative Styregruppe', kind: 'synonym' });
	});

	test('finds pages by a related term, ranked below the term itself and its synonyms', async () => {
		const terms = { groups: [['demens', 'administrative']], related: [['demens', 'fyrtaarn']] };
		const outcome = await runSearch(fakePagefind(PAGES), { query: 'demens', filters: {}, sort: 'relevans' }, terms, 50, VOCABULARY);
		expect(outcome.hits.map((hit) => [hit.id, hit.variant.kind])).toEqual([
			['b', 'exact'],
			['c', 'synonym'],
			['a', 'related'],
		]);
		expect(outcome.hits[2]!.variant.query).toBe('fyrtaarn');
	});

	test('ranks pages with the most query words first, and says which words a page lacks', async () => {
		const outcome = await search('demens fyrtårn');
		expect(ids(outcome)).toEqual(['b', 'd', 'a']);
		expect(outcome.hits.map((hit) => hit.missing)).toEqual([[], ['demens'], ['demens']]);
		expect(outcome.unmatched).toEqual([]);
	});

	test('needs no stop words or question words, and never lists them as missing', async () => {
		const outcome = await search('hvor er der demens');
		expect(ids(outcome)).toEqual(['b']);
		expect(outcome.hits[0]!.missing).toEqual([]);
	});

	test('names the words no page has, and never hands them to Pagefind', async () => {
		const pagefind = fakePagefind(PAGES);
		const outcome = await search('demens xylofon', {}, pagefind);
		expect(ids(outcome)).toEqual(['b']);
		expect(outcome.unmatched).toEqual(['xylofon']);
		expect(outcome.hits[0]!.missing).toEqual([]);
		expect(pagefind.queries.join(' ')).not.toContain('xylofon');
	});

	test('corrects a typo, ranks the correction below the word as typed, and gives the corrected query', async () => {
		const outcome = await search('dmens');
		expect(ids(outcome)).toEqual(['b']);
		expect(outcome.corrected).toBe('demens');
		expect(outcome.hits[0]!.variant).toEqual({ query: 'demens', kind: 'typo' });
	});

	test('searches the words as typed when asked, so a typo finds nothing', async () => {
		const outcome = await search('dmens', { asTyped: true });
		expect(outcome.total).toBe(0);
		expect(outcome.unmatched).toEqual(['dmens']);
		expect(outcome.corrected).toBeUndefined();
	});

	test(`runs no more than ${MAX_SEARCHES} Pagefind searches, whatever the query`, async () => {
		const pagefind = fakePagefind(PAGES);
		await search('fyrtaarn demens das styregruppe administrative fyrtårne aalborg den das fyrtaarn', {}, pagefind);
		expect(pagefind.queries.length).toBeLessThanOrEqual(MAX_SEARCHES);
	});

	test('passes the filters on to every search', async () => {
		expect(ids(await search('fyrtårn', { filters: { periode: ['2018-2020'] } }))).toEqual(['d']);
	});

	test.each([
		['aeldste', ['d', 'a', 'b']],
		['nyeste', ['a', 'd', 'b']],
	] as const)('orders by date (%s) across spellings, undated documents last', async (sort, expected) => {
		expect(ids(await search('fyrtaarn', { sort }))).toEqual(expected);
	});

	test('by date, shows only the pages with the most query words', async () => {
		const outcome = await search('demens fyrtårn', { sort: 'aeldste' });
		expect(ids(outcome)).toEqual(['b']);
		expect(outcome.total).toBe(1);
	});

	test('loads data for no more than the limit, but counts every page found', async () => {
		const outcome = await search('fyrtaarn', { limit: 1 });
		expect(ids(outcome)).toEqual(['a']);
		expect(outcome.total).toBe(3);
	});

	test('without a query, searches by the filters alone', async () => {
		const pagefind = fakePagefind(PAGES);
		const outcome = await search('', { filters: { periode: ['2018-2020'] } }, pagefind);
		expect(ids(outcome)).toEqual(['d']);
		expect(pagefind.queries).toEqual(['']);
	});
});
