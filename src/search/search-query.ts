// What a query is searched as: its words, which of them a page must contain (stop words and
// question words need not be there), the forms of each word the index has (word-match.ts), and the
// other names of the terms in it (the glossary's and the editors' synonyms, both ways, and related
// terms). The result is a plan of Pagefind searches that search-run.ts runs and merges; the
// search-quality test runs the same code through the search page.
import { isStopWord } from './stop-words.ts';
import { normaliseName, type SearchTerms } from './search-terms.ts';
import { matchWord, sameWord, type FormKind, type VocabularyIndex } from './word-match.ts';

/** How a search of the plan matches a query word: a form of the word itself, or another name of a term. */
export type MatchKind = FormKind | 'synonym' | 'related';

/**
 * How much a match counts when pages are ranked. Another spelling counts as the word as typed
 * (readers without Danish letters mean the word); then compounds, synonyms, typos and related terms.
 */
export const MATCH_WEIGHT: Record<MatchKind, number> = { exact: 1, spelling: 1, part: 0.95, synonym: 0.9, typo: 0.8, related: 0.6 };

/** The weaker of two kinds of match; another spelling is weaker than the word as typed, though it weighs as much. */
export function weakerKind(a: MatchKind, b: MatchKind): MatchKind {
	return MATCH_WEIGHT[b] < MATCH_WEIGHT[a] || (a === 'exact' && b !== 'exact') ? b : a;
}

/** One word of the query. */
export interface QueryWord {
	/** As typed (NFC). */
	text: string;
	/** A page need not contain it: a stop word or a single letter in a query with other words. */
	optional: boolean;
	/** Its forms in the index, best first; empty when the index has nothing like it. */
	forms: { text: string; kind: FormKind }[];
}

/** One Pagefind search of the plan. */
export interface PlannedSearch {
	/** What Pagefind is asked. */
	query: string;
	kind: MatchKind;
	/** The query words (indices) a page this search finds contains, and as what text each. */
	covers: Map<number, string>;
}

export interface QueryPlan {
	words: QueryWord[];
	searches: PlannedSearch[];
	/** The query with its typos corrected, when a word was only found by correcting it. */
	corrected?: string;
}

/** More searches than this are not run: the first results must come fast, whatever was typed. */
export const MAX_SEARCHES = 12;

/** The words of a text as the query planner splits them (NFC letters and digits). */
export const wordsOf = (text: string) => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
const keyOf = (word: string) => normaliseName(word);

/** Index of `needle` as a contiguous run of the same words (sameWord) in `haystack`, or -1. */
function indexOfWords(haystack: string[], needle: string[]): number {
	if (needle.length === 0) return -1;
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (!sameWord(haystack[start + offset]!, needle[offset]!)) continue outer;
		}
		return start;
	}
	return -1;
}

/** Where another name of a term can stand in for words of the query. */
export interface TermMatch {
	/** The query words (indices) the name stands in for. */
	span: number[];
	/** The other name, as the terms file spells it. */
	name: string;
}

/**
 * The other names of terms in the query (words compared in any case, spelling and inflection): "DAS" also
 * stands for "Den Administrative Styregruppe" and the reverse. Two or more query words that are
 * part of a longer name ("administrative styregruppe") stand for the names that do not contain them.
 */
export function termMatches(queryWords: readonly string[], groups: readonly string[][]): TermMatch[] {
	const words = queryWords.map(keyOf);
	const found: TermMatch[] = [];
	const seen = new Set<string>();
	const add = (span: number[], name: string) => {
		const key = `${span.join(',')}|${keyOf(name)}`;
		if (!seen.has(key)) {
			seen.add(key);
			found.push({ span, name });
		}
	};
	for (const group of groups) {
		const names = group.map((text) => ({ text: text.replace(/\s+/g, ' ').trim(), words: wordsOf(text).map(keyOf) }));
		for (const name of names) {
			const at = indexOfWords(words, name.words);
			if (at !== -1) {
				const span = name.words.map((_, offset) => at + offset);
				for (const other of names) if (other !== name) add(span, other.text);
			} else if (words.length >= 2 && name.words.length > words.length && indexOfWords(name.words, words) !== -1) {
				for (const other of names) if (indexOfWords(other.words, words) === -1) add(words.map((_, index) => index), other.text);
			}
		}
	}
	return found;
}

/**
 * A name searched as Pagefind is asked it: the first form of each of its words (its stop words
 * left out when it has others), or undefined when the index lacks one of its words.
 */
function nameQuery(name: string, vocabulary: VocabularyIndex): string | undefined {
	const words = wordsOf(name).map((word) => normaliseName(word));
	const required = words.some((word) => !isStopWord(word)) ? words.filter((word) => !isStopWord(word)) : words;
	const forms = required.map((word) => matchWord(word, vocabulary, false)[0]?.text);
	return forms.every((form) => form !== undefined) ? forms.join(' ') : undefined;
}

/**
 * Plans the searches for a query: first all its words together (each in its best form), then each
 * word's forms, then the other names of terms in it, then related terms, at most MAX_SEARCHES.
 * Typo corrections are left out when `typos` is false (the reader asked for the query as typed).
 */
export function planQuery(query: string, vocabulary: VocabularyIndex, terms: SearchTerms, typos = true): QueryPlan {
	const typed = wordsOf(query);
	// A single letter ("DAS's" gives "s") is no word a page can be asked to contain.
	const isOptional = (word: string) => isStopWord(word) || /^\p{L}$/u.test(word);
	const allOptional = typed.every(isOptional);
	const synonyms = termMatches(typed, terms.groups);
	const related = termMatches(typed, terms.related ?? []);
	// A word that is part of a term's name is not corrected: the name is searched by its other names.
	const inTerms = new Set([...synonyms, ...related].flatMap((match) => match.span));
	const words: QueryWord[] = typed.map((text, index) => {
		const optional = !allOptional && isOptional(text);
		return { text, optional, forms: optional ? [] : matchWord(normaliseName(text), vocabulary, typos && !inTerms.has(index)) };
	});
	const required = words.map((word, index) => ({ word, index })).filter(({ word }) => !word.optional && word.forms.length > 0);

	const searches: PlannedSearch[] = [];
	const queued = new Set<string>();
	const add = (search: PlannedSearch) => {
		const key = normaliseName(search.query);
		if (key === '' || queued.has(key) || searches.length >= MAX_SEARCHES) return;
		queued.add(key);
		searches.push(search);
	};
	const weakest = (kinds: MatchKind[]) => kinds.reduce<MatchKind>(weakerKind, 'exact');

	if (required.length >= 2) {
		add({
			query: required.map(({ word }) => word.forms[0]!.text).join(' '),
			kind: weakest(required.map(({ word }) => word.forms[0]!.kind)),
			covers: new Map(required.map(({ word, index }) => [index, word.forms[0]!.text])),
		});
	}
	for (const { word, index } of required) add({ query: word.forms[0]!.text, kind: word.forms[0]!.kind, covers: new Map([[index, word.forms[0]!.text]]) });
	const termSearches = (matches: readonly TermMatch[], kind: MatchKind) => {
		for (const { span, name } of matches) {
			const pagefindQuery = nameQuery(name, vocabulary);
			if (pagefindQuery) add({ query: pagefindQuery, kind, covers: new Map(span.map((index, offset) => [index, offset === 0 ? name : ''])) });
		}
	};
	termSearches(synonyms, 'synonym');
	for (const { word, index } of required) for (const form of word.forms.slice(1)) add({ query: form.text, kind: form.kind, covers: new Map([[index, form.text]]) });
	termSearches(related, 'related');

	const correctedWords = words.map((word) => (word.forms.length > 0 && word.forms.every((form) => form.kind === 'typo') ? word.forms[0]!.text : word.text));
	const corrected = correctedWords.some((word, index) => word !== words[index]!.text) ? correctedWords.join(' ') : undefined;
	return { words, searches, ...(corrected ? { corrected } : {}) };
}
