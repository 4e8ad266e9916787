// Which words of the index a query word stands for, decided from the vocabulary the build writes
// (search-vocabulary.ts) before anything is handed to Pagefind. Pagefind matches a word it does not
// know as the start of indexed words, shortening it down to a single letter; a word that reaches
// Pagefind from here is always one the index has, so that never happens.
import type { Vocabulary } from './search-vocabulary.ts';

/** How a form of a query word was found, best first. */
export type FormKind = 'exact' | 'spelling' | 'part' | 'typo';

/** A word to hand Pagefind for a query word. */
export interface WordForm {
	/** What Pagefind is asked for: a word the index has, the start of one, or an inflection of one. */
	text: string;
	kind: FormKind;
}

/**
 * Edit distance (optimal string alignment: insert, delete, substitute, swap two neighbours), or
 * `limit + 1` as soon as it is certain to exceed `limit`. fastest-levenshtein counts a swap as two
 * edits, which would make "trivesl" as far from "trivsel" as an unrelated word.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	// Three rows reused across calls: the typo search measures the whole vocabulary against a word.
	if (rows[0]!.length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 2));
	let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[b.length]!, limit + 1);
}
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Typos a word of this length may have and still match, as Algolia allows by default: none below
 * four letters, one from four, two from eight.
 */
export function typoAllowance(length: number): number {
	return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * A word with the Danish letters folded to what a keyboard without them types: "æ" as "ae", and
 * "å", "aa" as "a", "ø", "oe" as "o". Two words with the same fold are spellings of one word.
 */
export function foldSpelling(word: string): string {
	return word.replace(/æ/g, 'ae').replace(/å|aa/g, 'a').replace(/ø|oe/g, 'o');
}

/** The longest start of `word` whose fold is at most `length` letters long. */
function startFolding(word: string, length: number): string {
	let end = 0;
	while (end < word.length && foldSpelling(word.slice(0, end + 1)).length <= length) end++;
	return word.slice(0, end);
}

interface Entry {
	word: string;
	fold: string;
	/** Place in the vocabulary: most used first. */
	rank: number;
}

/** The vocabulary prepared for matching. */
export interface VocabularyIndex {
	/** Most used first. */
	words: Entry[];
	/** By fold, so the words that start with something are found by halving. */
	byFold: Entry[];
	known: Set<string>;
}

const indexes = new WeakMap<Vocabulary, VocabularyIndex>();

/** Prepares a vocabulary once; later calls with the same object reuse it. */
export function indexVocabulary(vocabulary: Vocabulary): VocabularyIndex {
	let index = indexes.get(vocabulary);
	if (!index) {
		const words = vocabulary.words.map(([word], rank) => ({ word, fold: foldSpelling(word), rank }));
		const byFold = [...words].sort((a, b) => (a.fold < b.fold ? -1 : a.fold > b.fold ? 1 : a.rank - b.rank));
		index = { words, byFold, known: new Set(vocabulary.words.map(([word]) => word)) };
		indexes.set(vocabulary, index);
	}
	return index;
}

/** The words whose fold starts with `start`, most used first. */
function startingWith(index: VocabularyIndex, start: string): Entry[] {
	const first = (from: string) => {
		let [low, high] = [0, index.byFold.length];
		while (low < high) {
			const middle = (low + high) >> 1;
			if (index.byFold[middle]!.fold < from) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	return index.byFold.slice(first(start), first(`${start}\uffff`)).sort((a, b) => a.rank - b.rank);
}

const commonStart = (a: string, b: string) => {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) length++;
	return length;
};

/**
 * Endings of Danish inflections (nouns, verbs, adjectives): two words that differ only in these
 * after a shared start are forms of one word ("kurset", "kurser"; "pladserne", "pladser").
 */
const ENDINGS = new Set(['', 'e', 'n', 'r', 's', 't', 'en', 'er', 'et', 'es', 'ne', 'de', 'te', 'ns', 'rs', 'ts', 'ene', 'ens', 'ers', 'ets', 'nes', 'rne', 'ede', 'ende', 'erne', 'enes', 'rnes', 'ernes']);
/** The longest ending, with a doubled letter before it. */
const LONGEST_ENDING = 6;
/** Fewer letters than this never stand for a longer word on their own ("d" for "drøftede"). */
const MIN_START = 3;
/** A typed start at least this long matches any word it begins, however long. */
const LONG_START = 5;
/**
 * The fewest letters a word must have to be found inside a compound the vocabulary has: shorter
 * ones sit by chance inside too many words ("dove" in "derudover").
 */
const MIN_PART = 5;
/** Compounds searched for one part: the most used, as each is a search of its own. */
const MAX_COMPOUNDS = 2;
/** The fewest letters a mistyped word needs for a typo in the start of a longer word to count. */
const MIN_TYPO_START = 6;
/** Forms searched for one word. */
const MAX_FORMS = 3;

/**
 * How the typed word (folded as `typed`) relates to an indexed word: the same word, its start, an
 * inflection of it (the two share a long start and differ only in a short ending), or undefined.
 */
function relate(typed: string, indexed: string): 'same' | 'start' | 'inflection' | undefined {
	if (typed === indexed) return 'same';
	if (indexed.startsWith(typed)) {
		return typed.length >= LONG_START || (typed.length >= MIN_START && typed.length * 2 >= indexed.length) ? 'start' : undefined;
	}
	return isInflection(typed, indexed) ? 'inflection' : undefined;
}

/** An ending, or one after the doubled last letter of the start ("jobbet" from "job"). */
const isEnding = (ending: string, start: string) => ENDINGS.has(ending) || (ending[0] === start.at(-1) && ENDINGS.has(ending.slice(1)));

/** True when two folded words share a start of three letters or more and differ only in endings. */
function isInflection(a: string, b: string): boolean {
	const shared = commonStart(a, b);
	const start = a.slice(0, shared);
	return shared >= MIN_START && isEnding(a.slice(shared), start) && isEnding(b.slice(shared), start);
}

/**
 * Nouns in "-hed" whose meaning has left the adjective they look made of: a "myndighed" is an
 * authority, not being "myndig" (of age), a "virksomhed" a business, not being "virksom" (effective),
 * a "lejlighed" a flat. They stay nouns, so a search for the one does not find the other.
 */
const NOT_OF_THE_ADJECTIVE = new Set(['myndig', 'virksom', 'lejlig', 'øvrig']);

/**
 * A noun made of an adjective with "-hed" (and its inflections), as the adjective: "tryghed" as
 * "tryg", which "trygge" inflects. Unchanged when it is no such noun.
 */
function adjectiveOf(word: string): string {
	const noun = /^(.{3,})hed(?:en|er|ens|erne|ernes|s)?$/.exec(word);
	if (!noun) return word;
	// A compound ends in its noun: "sundhedsmyndighed" is a "myndighed" too.
	const adjective = noun[1]!;
	return [...NOT_OF_THE_ADJECTIVE].some((kept) => adjective.endsWith(kept)) ? word : adjective;
}

/**
 * True when two words (lowercase) are one word in different forms or spellings: "Kommunekontaktrådet"
 * and "kommunekontaktraad", "administrativ" and "administrative"; or a noun in "-hed" and its
 * adjective, "tryghed" and "trygge".
 */
export function sameWord(a: string, b: string): boolean {
	const [x, y] = [foldSpelling(a), foldSpelling(b)];
	if (x === y || isInflection(x, y)) return true;
	const [adjectiveX, adjectiveY] = [adjectiveOf(x), adjectiveOf(y)];
	return (adjectiveX !== x || adjectiveY !== y) && (adjectiveX === adjectiveY || isInflection(adjectiveX, adjectiveY));
}

/**
 * The forms to search for one query word (lowercase, NFC), best first, at most three:
 * - the word as typed, when the index has it, a word it begins or an inflection of one;
 * - the same in another spelling of "æ", "ø" and "å" ("okonomi", "oekonomi" for "økonomi");
 * - when neither, compounds the index has with the word as their last part ("pension" in
 *   "førtidspension"), as the index's own compound parts miss some;
 * - when none of those, the indexed words within the typos its length allows (typoAllowance),
 *   nearest and most used first, unless `typos` is false.
 * Empty when nothing matches: the word is then not searched at all. Numbers are searched as typed,
 * since the vocabulary leaves them out, and so is every word when the vocabulary is empty (not loaded).
 */
export function matchWord(word: string, vocabulary: VocabularyIndex, typos = true): WordForm[] {
	if (/^\d+$/.test(word) || vocabulary.words.length === 0) return [{ text: word, kind: 'exact' }];
	const typed = foldSpelling(word);
	const forms = new Map<string, WordForm>();
	const add = (text: string, kind: FormKind) => {
		// A form that begins another already finds it: Pagefind matches the start of words.
		for (const existing of forms.keys()) if (text.startsWith(existing)) return;
		for (const existing of [...forms.keys()]) if (existing.startsWith(text)) forms.delete(existing);
		forms.set(text, { text, kind });
	};
	if (vocabulary.known.has(word)) add(word, 'exact');
	// Every word it is, begins or inflects starts with all of it but an ending.
	for (const entry of startingWith(vocabulary, typed.slice(0, Math.max(MIN_START, typed.length - LONGEST_ENDING)))) {
		const relation = relate(typed, entry.fold);
		if (!relation) continue;
		// In the index's own letters: the part of the indexed word the typed word shares, and the
		// typed ending after it, so "okonomien" is searched as "økonomien".
		const shared = relation === 'inflection' ? commonStart(typed, entry.fold) : typed.length;
		const text = entry.word.startsWith(word) ? word : relation === 'same' ? entry.word : startFolding(entry.word, shared) + (relation === 'inflection' ? word.slice(startFolding(word, shared).length) : '');
		add(text, text === word || word.startsWith(text) ? 'exact' : 'spelling');
	}
	if (forms.size === 0 && typed.length >= MIN_PART) {
		let compounds = 0;
		for (const entry of vocabulary.words) {
			if (compounds >= MAX_COMPOUNDS) break;
			const at = entry.fold.indexOf(typed, 1);
			if (at > 0 && isEnding(entry.fold.slice(at + typed.length), typed) && !forms.has(entry.word)) {
				add(entry.word, 'part');
				compounds++;
			}
		}
	}
	if (forms.size === 0 && typos) for (const text of nearWords(word, vocabulary)) add(text, 'typo');
	// Spellings of the typed word rank with it, so the order is the kinds' order, then the index's.
	const order: FormKind[] = ['exact', 'spelling', 'part', 'typo'];
	return [...forms.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).slice(0, MAX_FORMS);
}

/** Indexed words within the typos a word's length allows, counting a typo in a word's start too. */
function nearWords(word: string, vocabulary: VocabularyIndex): string[] {
	const allowed = typoAllowance(word.length);
	if (allowed === 0) return [];
	const typed = foldSpelling(word);
	const near: { word: string; distance: number }[] = [];
	for (const entry of vocabulary.words) {
		const whole = editDistance(typed, entry.fold, allowed);
		if (whole <= allowed) {
			near.push({ word: entry.word, distance: whole });
			continue;
		}
		// "fyrtorn" is one typo from "fyrtårn", the start of "fyrtårne"; such a match ranks behind
		// a whole word with as many typos. Shorter words would find too many starts ("gamle", "samle").
		// A typo in the first letter of a start is not looked for: it would compare every longer word.
		if (entry.fold.length <= typed.length || typed.length < MIN_TYPO_START || entry.fold[0] !== typed[0]) continue;
		const start = editDistance(typed, entry.fold.slice(0, typed.length), allowed);
		if (start <= allowed) near.push({ word: entry.word, distance: start + 0.5 });
	}
	// The vocabulary is most used first, and sort is stable, so equal distances keep that order.
	return near
		.sort((a, b) => a.distance - b.distance)
		.slice(0, 2)
		.map((entry) => entry.word);
}
