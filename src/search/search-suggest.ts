// Suggestions for a search that found nothing: the nearest words the index actually contains.
import { spellingVariants } from './search-query.ts';
import { normaliseName, type SearchTerms } from './search-terms.ts';
import type { Vocabulary } from './search-vocabulary.ts';

/**
 * Edit distance (optimal string alignment: insert, delete, substitute, swap two neighbours), or
 * `limit + 1` as soon as it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return Math.min(previous[b.length]!, limit + 1);
}

/** How far a word may be from what was typed: one edit for short words, up to three for long ones. */
function allowedDistance(word: string): number {
	return word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
}

/** The typed word in its own spelling and with aa/ae/oe as å/æ/ø, whichever is nearer. */
const spellings = (word: string) => [word, ...spellingVariants(word)];

/**
 * The vocabulary words nearest to `word` (at most `limit`), nearest first, then the most used.
 * The word itself is never suggested.
 */
export function nearestWords(vocabulary: Vocabulary, word: string, limit = 3): string[] {
	const typed = normaliseName(word);
	const forms = spellings(typed);
	const limitDistance = allowedDistance(typed);
	const candidates: { word: string; distance: number; count: number }[] = [];
	for (const [candidate, count] of vocabulary.words) {
		if (candidate === typed) continue;
		const distance = Math.min(...forms.map((form) => editDistance(form, candidate, limitDistance)));
		if (distance <= limitDistance) candidates.push({ word: candidate, distance, count });
	}
	// The vocabulary is ordered by use, and sort is stable, so ties keep that order.
	return candidates
		.sort((a, b) => a.distance - b.distance || b.count - a.count)
		.slice(0, limit)
		.map((candidate) => candidate.word);
}

/**
 * Other queries to offer when `query` found nothing: each word the index does not contain replaced
 * by its nearest words (glossary names count as known words). At most `limit`, best first.
 */
export function suggestQueries(query: string, vocabulary: Vocabulary, terms: SearchTerms, limit = 3): string[] {
	const words = normaliseName(query).match(/[\p{L}\p{N}]+/gu) ?? [];
	const known = new Set(vocabulary.words.map(([word]) => word));
	for (const group of terms.groups) for (const name of group) for (const word of normaliseName(name).split(' ')) known.add(word);
	// Pagefind matches the start of words, so a word that begins a known word is not unknown.
	const isKnown = (word: string) => known.has(word) || [...known].some((candidate) => candidate.startsWith(word));
	const unknown = words.map((word, index) => ({ word, index })).filter(({ word }) => !/^\d+$/.test(word) && !isKnown(word));
	if (unknown.length === 0) return [];
	const [first, ...rest] = unknown;
	const replacements = new Map(rest.map(({ word, index }) => [index, nearestWords(vocabulary, word, 1)[0] ?? word]));
	const suggestions = nearestWords(vocabulary, first!.word, limit).map((nearest) =>
		words.map((word, index) => (index === first!.index ? nearest : (replacements.get(index) ?? word))).join(' '),
	);
	return [...new Set(suggestions)].filter((suggestion) => suggestion !== words.join(' '));
}
