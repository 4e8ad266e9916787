// Suggestions for a search that found nothing: the nearest words the index actually contains.
import { isStopWord } from './stop-words.ts';
import { normaliseName, type SearchTerms } from './search-terms.ts';
import type { Vocabulary } from './search-vocabulary.ts';
import { editDistance, foldSpelling, indexVocabulary, matchWord } from './word-match.ts';

/**
 * How far a suggestion may be from what was typed: further than a typo the search corrects by
 * itself (word-match.ts), as a suggestion is only offered, never searched unasked.
 */
function allowedDistance(word: string): number {
	return word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
}

/**
 * The vocabulary words nearest to `word` (at most `limit`), nearest first, then the most used.
 * The word itself is never suggested.
 */
export function nearestWords(vocabulary: Vocabulary, word: string, limit = 3): string[] {
	const typed = normaliseName(word);
	const folded = foldSpelling(typed);
	const limitDistance = allowedDistance(typed);
	const candidates: { word: string; distance: number; count: number }[] = [];
	for (const [candidate, count] of vocabulary.words) {
		if (candidate === typed) continue;
		// Spelled with or without the Danish letters, whichever is nearer.
		const distance = Math.min(editDistance(typed, candidate, limitDistance), editDistance(folded, foldSpelling(candidate), limitDistance));
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
	const names = new Set<string>();
	for (const group of [...terms.groups, ...(terms.related ?? [])]) for (const name of group) for (const word of normaliseName(name).split(' ')) names.add(word);
	// A word the search matches as it is (in any form word-match.ts allows) needs no suggestion.
	const index = indexVocabulary(vocabulary);
	const isKnown = (word: string) => names.has(word) || matchWord(word, index, false).length > 0;
	const unknown = words.map((word, index) => ({ word, index })).filter(({ word }) => !/^\d+$/.test(word) && !isStopWord(word) && !isKnown(word));
	if (unknown.length === 0) return [];
	const [first, ...rest] = unknown;
	const replacements = new Map(rest.map(({ word, index }) => [index, nearestWords(vocabulary, word, 1)[0] ?? word]));
	const suggestions = nearestWords(vocabulary, first!.word, limit).map((nearest) =>
		words.map((word, index) => (index === first!.index ? nearest : (replacements.get(index) ?? word))).join(' '),
	);
	return [...new Set(suggestions)].filter((suggestion) => suggestion !== words.join(' '));
}
