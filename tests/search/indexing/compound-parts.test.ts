import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { augmentForIndex } from '../../../src/search/indexing/compound-parts.ts';

// A stand-in for the dictionary: the tests are about where the parts go, not how words split.
const PARTS: Record<string, string[]> = {
	socialaftale: ['social', 'aftale'],
	socialaftalen: ['social', 'aftalen'],
	behandlingspsykiatrien: ['behandling', 'psykiatrien'],
};
const partsOf = (word: string) => PARTS[word.toLowerCase()] ?? [];

const page = (body: string, outside = '') =>
	`<!doctype html><html lang="da"><head><title>t</title></head><body>${outside}<main data-pagefind-body>${body}</main></body></html>`;

/** The augmented page's body text, with each part span shown as [weight: tokens]. */
function indexedText(html: string): string {
	const $ = load(augmentForIndex(html, partsOf).html);
	$('[data-pagefind-weight]').each((_, span) => {
		$(span).replaceWith(`[${$(span).attr('data-pagefind-weight')}:${$(span).text().trim()}]`);
	});
	return $('main').text();
}

describe('augmentForIndex', () => {
	test('puts the parts after the word and its punctuation, at half the word weight', () => {
		expect(indexedText(page('<p>Nordjysk Socialaftale, som sætter retningen.</p>'))).toBe(
			'Nordjysk Socialaftale,[0.5:^~social ^~aftale] som sætter retningen.',
		);
	});

	test('adds nothing to a text without compounds', () => {
		const html = page('<p>Borgere og aftaler.</p>');
		expect(indexedText(html)).toBe('Borgere og aftaler.');
		expect(augmentForIndex(html, partsOf)).toMatchObject({ indexed: true, compounds: 0, parts: 0 });
	});

	test('counts compounds and parts, and lists the words of the indexed text', () => {
		const result = augmentForIndex(page('<p>Socialaftalen og behandlingspsykiatrien.</p>'), partsOf);
		expect(result).toMatchObject({ compounds: 2, parts: 4, words: ['socialaftalen', 'og', 'behandlingspsykiatrien'] });
	});

	test('weighs the parts of a heading at half the heading weight', () => {
		expect(indexedText(page('<h2 id="a">Behandlingspsykiatrien</h2>'))).toBe('Behandlingspsykiatrien[3:^~behandling ^~psykiatrien]');
	});

	test('keeps a title taken from the text clean by giving it from a copy of the original text', () => {
		const $ = load(augmentForIndex(page('<h1 data-pagefind-meta="title">Nordjysk Socialaftale</h1>'), partsOf).html);
		expect($('h1').attr('data-pagefind-meta')).toBeUndefined();
		const copy = $('[data-pagefind-meta="title"]');
		expect(copy.text()).toBe('Nordjysk Socialaftale');
		expect(copy.attr('data-pagefind-ignore')).toBeDefined();
	});

	test('leaves metadata with its own value where it is', () => {
		const $ = load(augmentForIndex(page('<h1 data-pagefind-meta="title, kind:x">Socialaftale</h1>'), partsOf).html);
		expect($('h1').attr('data-pagefind-meta')).toBe('kind:x');
		expect($('[data-pagefind-ignore]').attr('data-pagefind-meta')).toBe('title');
	});

	test('keeps a filter value whole and puts its parts after the element', () => {
		expect(indexedText(page('<p data-pagefind-filter="emne">Socialaftale</p>'))).toBe('Socialaftale[0.5:^~social ^~aftale]');
	});

	test('leaves ignored text and text outside the body alone', () => {
		const html = page('<p data-pagefind-ignore>Socialaftale</p><script>var socialaftale</script>', '<p>Socialaftale</p>');
		const $ = load(augmentForIndex(html, partsOf).html);
		expect($('[data-pagefind-weight]')).toHaveLength(0);
	});

	test('leaves a word that runs on into the next element alone', () => {
		expect(indexedText(page('<p>Socialaftale<em>rne</em> og socialaftale</p>'))).toBe('Socialaftalerne og socialaftale[0.5:^~social ^~aftale]');
	});

	test.each([
		['a link', '<p>Om <a href="/x">socialaftale</a>. Den gælder.</p>', 'Om socialaftale.[0.5:^~social ^~aftale] Den gælder.'],
		['a link in bold', '<p><strong><a href="/x">Socialaftalen</a></strong>, som</p>', 'Socialaftalen,[0.5:^~social ^~aftalen] som'],
		['a filter value', '<p><span data-pagefind-filter="emne">Socialaftale</span>; og</p>', 'Socialaftale;[0.5:^~social ^~aftale] og'],
		['an element at the end of a paragraph', '<p>Se <a href="/x">socialaftale</a>.</p>', 'Se socialaftale.[0.5:^~social ^~aftale]'],
	])('puts the parts of a word in %s after the punctuation that follows it', (_case, body, text) => {
		expect(indexedText(page(body))).toBe(text);
	});

	test('leaves the parts inside an element followed by a space or a word', () => {
		expect(indexedText(page('<p><a href="/x">socialaftale</a> og <a href="/y">socialaftale</a>.x</p>'))).toBe(
			'socialaftale[0.5:^~social ^~aftale] og socialaftale[0.5:^~social ^~aftale].x',
		);
	});

	test('returns a page without data-pagefind-body as it is', () => {
		const html = '<!doctype html><html><body><p>Socialaftale</p></body></html>';
		expect(augmentForIndex(html, partsOf)).toEqual({ html, indexed: false, compounds: 0, parts: 0, words: [] });
	});

	test('refuses a page whose own text contains the part mark, naming the file', () => {
		expect(() => augmentForIndex(page('<p>Se ^~dette</p>'), partsOf, '2021-2022/x/index.html')).toThrow(
			'2021-2022/x/index.html: the text contains "^~"',
		);
	});
});
