// The text Pagefind indexes is the page text plus, after each compound word, its parts written as
// part tokens ("Socialaftale ^~social ^~aftale"). Readers never see that copy: the served pages are
// untouched, and this module takes the tokens out of everything the search shows from the index.

/**
 * Starts every word the index adds for a compound's part. Two ASCII punctuation characters: Pagefind
 * drops them when it indexes the word (so "^~aftale" is found as "aftale"), and no Danish text
 * writes them before a word. The indexer refuses a page whose own text contains them.
 */
export const PART_MARK = '^~';

/** The token the index gets for one part of a compound. */
export function partToken(word: string): string {
	return `${PART_MARK}${word}`;
}

/** True when a word of Pagefind's content is a part token rather than the page's own text. */
export function isPartToken(word: string): boolean {
	return word.replace(/^<mark>/, '').startsWith(PART_MARK);
}

const MARK_OPEN = '<mark>';
const MARK_CLOSE = '</mark>';
/** How far back a matched part looks for the compound it came from (parts of a heading follow it). */
const LOOK_BACK = 25;

const lettersOf = (text: string) => text.toLowerCase().replace(/&[a-z]+;|[^\p{L}\p{N}]/gu, '');

/**
 * Cleans an excerpt from Pagefind (HTML: escaped text with `<mark>` around matched words): part
 * tokens are removed, and when a part matched, the compound it came from is marked instead, so a
 * search for "aftale" shows "<mark>Socialaftale</mark>".
 */
export function cleanExcerpt(html: string): string {
	const kept: string[] = [];
	for (const token of html.split(' ')) {
		if (!isPartToken(token)) {
			kept.push(token);
			continue;
		}
		if (!token.startsWith(MARK_OPEN)) continue;
		const part = lettersOf(token.slice(MARK_OPEN.length + PART_MARK.length).replace(MARK_CLOSE, ''));
		for (let index = kept.length - 1; index >= Math.max(0, kept.length - LOOK_BACK); index--) {
			const word = kept[index]!;
			if (part !== '' && lettersOf(word).includes(part)) {
				if (!word.startsWith(MARK_OPEN)) kept[index] = `${MARK_OPEN}${word}${MARK_CLOSE}`;
				break;
			}
		}
	}
	return kept.join(' ');
}

/** A heading's text from the index (a section's title) without the part tokens. */
export function stripPartTokens(text: string): string {
	return text
		.split(' ')
		.filter((word) => !isPartToken(word))
		.join(' ');
}

/**
 * The words of a page that a search matched, as plain text for highlighting on the page: Pagefind's
 * content split into words, picked by the match locations, without punctuation; a matched part
 * gives the part itself, which the highlighter finds inside the compound.
 */
export function matchedWords(content: string, locations: number[]): string[] {
	const words = content.split(/\s+/);
	const found = new Set<string>();
	for (const location of locations) {
		const word = words[location];
		if (word === undefined) continue;
		const text = (isPartToken(word) ? word.slice(PART_MARK.length) : word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (text !== '') found.add(text.toLowerCase());
	}
	return [...found];
}

/**
 * The URL parameter Pagefind's highlighter reads the words to mark from: its default, which
 * src/browser/search-highlight.ts leaves it to read (tests/browser/search-scope.test.ts follows a
 * result's link to the marks).
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
/** More words than this are not passed on: the address would grow and the marks say little more. */
const MAX_HIGHLIGHTS = 8;

/** A result's address with the words to highlight on the page, keeping its #section. */
export function highlightUrl(url: string, words: string[]): string {
	const [path, hash] = url.split('#', 2) as [string, string | undefined];
	const params = new URLSearchParams();
	for (const word of words.slice(0, MAX_HIGHLIGHTS)) params.append(HIGHLIGHT_PARAM, word);
	const query = params.toString();
	return `${path}${query ? `${path.includes('?') ? '&' : '?'}${query}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
