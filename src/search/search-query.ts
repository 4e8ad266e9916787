// What a query is searched as besides itself: its spellings with and without æ, ø and å, and the
// other names the glossary gives a term in it. The search page runs every variant and merges the
// results with the exact query's first; the search-quality test runs the same code.
import { normaliseName, type SearchTerms } from './search-terms.ts';

/** Why a variant is searched: the query as typed, another spelling of it, or another name of a term. */
export type VariantKind = 'exact' | 'spelling' | 'term';

export interface QueryVariant {
	query: string;
	kind: VariantKind;
}

/** More variants than this are not searched; a long query full of terms would otherwise fan out. */
const MAX_VARIANTS = 8;

const TO_LETTERS: [RegExp, string][] = [
	[/aa/g, 'å'],
	[/ae/g, 'æ'],
	[/oe/g, 'ø'],
];
const TO_PAIRS: [RegExp, string][] = [
	[/å/g, 'aa'],
	[/æ/g, 'ae'],
	[/ø/g, 'oe'],
];

const replaceAll = (text: string, rules: [RegExp, string][]) => rules.reduce((value, [pattern, to]) => value.replace(pattern, to), text);

/**
 * The query spelled the other way: "aa", "ae" and "oe" (as typed on a keyboard without the Danish
 * letters) as "å", "æ" and "ø", and the Danish letters as pairs (for names like "Aalborg").
 * Lowercase, since the search ignores case; empty when the query has none of them.
 */
export function spellingVariants(query: string): string[] {
	const lower = query.normalize('NFC').toLocaleLowerCase('da');
	const variants = new Set([replaceAll(lower, TO_LETTERS), replaceAll(lower, TO_PAIRS)]);
	variants.delete(lower);
	return [...variants];
}

const wordsOf = (text: string) => normaliseName(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Index of `needle` as a contiguous run of words in `haystack`, or -1. */
function indexOfWords(haystack: string[], needle: string[]): number {
	if (needle.length === 0) return -1;
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[start + offset] !== needle[offset]) continue outer;
		}
		return start;
	}
	return -1;
}

/**
 * The query with a glossary name in it replaced by the term's other names: "DAS" also searches
 * "Den Administrative Styregruppe på Socialområdet" and the reverse. A query of two or more words
 * that is part of a longer name ("administrative styregruppe") also searches the names that do
 * not contain it, so the abbreviation is found too.
 */
export function termVariants(query: string, terms: SearchTerms): string[] {
	const words = wordsOf(query);
	const variants = new Set<string>();
	for (const group of terms.groups) {
		// The other names keep the glossary's spelling: the search page shows which name found a page.
		const names = group.map((text) => ({ text, words: wordsOf(text) }));
		for (const name of names) {
			const at = indexOfWords(words, name.words);
			if (at !== -1) {
				for (const other of names) {
					if (other !== name) variants.add([...words.slice(0, at), other.text, ...words.slice(at + name.words.length)].join(' '));
				}
			} else if (words.length >= 2 && name.words.length > words.length && indexOfWords(name.words, words) !== -1) {
				for (const other of names) if (indexOfWords(other.words, words) === -1) variants.add(other.text);
			}
		}
	}
	return [...variants].filter((variant) => normaliseName(variant) !== words.join(' '));
}

/**
 * Every query to run for what the reader typed, exact query first, without duplicates:
 * the query, its other spellings, then the other names of glossary terms in it.
 */
export function queryVariants(query: string, terms: SearchTerms): QueryVariant[] {
	const trimmed = query.trim();
	if (trimmed === '') return [];
	const variants: QueryVariant[] = [{ query: trimmed, kind: 'exact' }];
	const seen = new Set([normaliseName(trimmed)]);
	const add = (text: string, kind: VariantKind) => {
		const key = normaliseName(text);
		if (!seen.has(key) && variants.length < MAX_VARIANTS) {
			seen.add(key);
			variants.push({ query: text, kind });
		}
	};
	for (const text of spellingVariants(trimmed)) add(text, 'spelling');
	for (const text of termVariants(trimmed, terms)) add(text, 'term');
	return variants;
}

/**
 * Merges ranked result lists into one: the first list's order first, then what each later list
 * adds, each item once (by `key`). So a page that matches the query as typed always ranks above
 * one that only matches a variant.
 */
export function mergeRanked<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	const merged: T[] = [];
	for (const list of lists) {
		for (const item of list) {
			const id = key(item);
			if (!seen.has(id)) {
				seen.add(id);
				merged.push(item);
			}
		}
	}
	return merged;
}
