import { describe, expect, test } from 'vitest';
import { normaliseName, searchTerms, searchTermsFromGlossary } from '../../src/search/search-terms.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';

const entry = (data: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'term'>) => ({
	data: { type: 'forkortelse' as const, aliases: [], related: [], ...data },
});

describe('searchTermsFromGlossary', () => {
	test('groups an entry’s term, expansion and aliases, each name once in its first spelling', () => {
		const terms = searchTermsFromGlossary([
			entry({
				term: 'DAS',
				expansion: 'Den Administrative Styregruppe på Socialområdet',
				aliases: ['Den Administrative  Styregruppe', 'den administrative styregruppe på socialområdet'],
			}),
		]);
		expect(terms).toEqual({ groups: [['DAS', 'Den Administrative Styregruppe på Socialområdet', 'Den Administrative Styregruppe']] });
	});

	test('an entry with one name only gives no group', () => {
		expect(searchTermsFromGlossary([entry({ term: 'Egenmestring', type: 'begreb' })])).toEqual({ groups: [] });
	});
});

describe('searchTerms', () => {
	const das = entry({ term: 'DAS', expansion: 'Den Administrative Styregruppe' });
	const group = (ord: string[], relaterede: string[] = []) => ({ ord, relaterede });

	test('joins a synonym group with the glossary entry it shares a name with', () => {
		expect(searchTerms([das], [group(['das', 'styregruppen'])])).toEqual({
			groups: [['DAS', 'Den Administrative Styregruppe', 'styregruppen']],
			related: [],
		});
	});

	test('keeps synonym groups apart from the glossary when they share no name', () => {
		expect(searchTerms([das], [group(['ældre', 'alderdom'])])).toEqual({
			groups: [['DAS', 'Den Administrative Styregruppe'], ['ældre', 'alderdom']],
			related: [],
		});
	});

	test('joins two groups that a third one shares a name with', () => {
		expect(searchTerms([], [group(['a1', 'b1']), group(['c1', 'd1']), group(['b1', 'c1'])]).groups).toEqual([['a1', 'b1', 'c1', 'd1']]);
	});

	test('gives a related group of a group’s words and its related terms', () => {
		expect(searchTerms([], [group(['ældre'], ['plejehjem', 'Plejehjem', 'demens'])])).toEqual({
			groups: [],
			related: [['ældre', 'plejehjem', 'demens']],
		});
	});
});

describe('normaliseName', () => {
	test('compares names in NFC, lowercase, with single spaces', () => {
		expect(normaliseName(' Styregruppe  på\nSocialomra\u030adet ')).toBe('styregruppe på socialområdet');
	});
});
