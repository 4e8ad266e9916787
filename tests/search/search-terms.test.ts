import { describe, expect, test } from 'vitest';
import { normaliseName, searchTermsFromGlossary } from '../../src/search/search-terms.ts';
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

describe('normaliseName', () => {
	test('compares names in NFC, lowercase, with single spaces', () => {
		expect(normaliseName(' Styregruppe  på\nSocialomra\u030adet ')).toBe('styregruppe på socialområdet');
	});
});
