/** Where the build writes the indexed text's vocabulary, for suggestions when a search finds nothing. */
export const VOCABULARY_PATH = '/soeg/ordforraad.json';

/** The vocabulary file: the indexed words, most frequent first. */
export interface Vocabulary {
	/** Each word (lowercase) with how often the indexed text uses it. */
	words: [word: string, count: number][];
}

/** Words shorter than this are left out: they are rarely what a reader mistyped. */
const MIN_LENGTH = 3;

/** Counts words into a vocabulary, most frequent first, ties in Danish alphabetical order. */
export function buildVocabulary(words: Iterable<string>): Vocabulary {
	const counts = new Map<string, number>();
	for (const word of words) {
		if (word.length >= MIN_LENGTH && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const collator = new Intl.Collator('da');
	return { words: [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0])) };
}
