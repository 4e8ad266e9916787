import { describe, expect, test } from 'vitest';
import { cleanExcerpt, highlightUrl, isPartToken, matchedWords, partToken, stripPartTokens } from '../../src/search/search-text.ts';

describe('partToken and isPartToken', () => {
	test('a part token is the part after the mark, and is recognised also when marked', () => {
		expect(partToken('aftale')).toBe('^~aftale');
		expect(isPartToken('^~aftale')).toBe(true);
		expect(isPartToken('<mark>^~aftale.</mark>')).toBe(true);
		expect(isPartToken('aftale')).toBe(false);
	});
});

describe('cleanExcerpt', () => {
	test.each([
		['moves a matched part’s mark to its compound', 'Nordjysk ^~nord ^~jysk Socialaftale, ^~social <mark>^~aftale</mark> som', 'Nordjysk <mark>Socialaftale,</mark> som'],
		['keeps marks on words the query matched as written', 'drøftede <mark>aftalen.</mark> Udvalget', 'drøftede <mark>aftalen.</mark> Udvalget'],
		['removes unmatched parts', 'og Socialaftalen ^~social ^~aftalen. Resumé', 'og Socialaftalen Resumé'],
		['does not mark a compound twice', '<mark>Socialaftale</mark> ^~social <mark>^~aftale</mark>', '<mark>Socialaftale</mark>'],
		['handles a part with punctuation inside the mark', 'i Behandlingspsykiatrien ^~behandling <mark>^~psykiatrien.</mark> Det', 'i <mark>Behandlingspsykiatrien</mark> Det'],
		['drops a matched part whose compound is outside the excerpt', '^~social <mark>^~aftale</mark> 2021-2022.', '2021-2022.'],
		['compares escaped text by its letters', 'Nord&amp;syd ^~nord <mark>^~syd</mark>', '<mark>Nord&amp;syd</mark>'],
	])('%s', (_, html, expected) => {
		expect(cleanExcerpt(html)).toBe(expected);
	});
});

describe('stripPartTokens', () => {
	test('gives a section title without its parts', () => {
		expect(stripPartTokens('Fokusområder ^~fokus ^~områder')).toBe('Fokusområder');
	});
});

describe('matchedWords', () => {
	const content = 'Nordjysk Socialaftale, ^~social ^~aftale sætter retningen. Aftalen blev godkendt.';
	test('gives the matched words without punctuation, parts as the part, each once', () => {
		expect(matchedWords(content, [1, 3, 6, 3])).toEqual(['socialaftale', 'aftale', 'aftalen']);
	});

	test('ignores locations outside the content', () => {
		expect(matchedWords(content, [99])).toEqual([]);
	});
});

describe('highlightUrl', () => {
	test.each([
		['/2021-2022/x/', ['aftale', 'fyrtårn'], '/2021-2022/x/?pagefind-highlight=aftale&pagefind-highlight=fyrt%C3%A5rn'],
		['/2021-2022/x/#sagsfremstilling', ['aftale'], '/2021-2022/x/?pagefind-highlight=aftale#sagsfremstilling'],
		['/2021-2022/x/', [], '/2021-2022/x/'],
	])('%s with %j', (url, words, expected) => {
		expect(highlightUrl(url, words)).toBe(expected);
	});

	test('passes on at most eight words', () => {
		const url = highlightUrl('/x/', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
		expect(new URL(url, 'http://localhost').searchParams.getAll('pagefind-highlight')).toHaveLength(8);
	});
});
