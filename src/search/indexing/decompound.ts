import type { HunspellDictionary } from './hunspell.ts';

/** One part of a compound word. */
export interface CompoundPart {
	/** The part as written inside the compound, linking letter included: 'behandlings'. */
	surface: string;
	/**
	 * The word a reader would search for: the dictionary form for the leading parts (the linking
	 * -s- or -e- dropped: 'behandling'), the written form for the last part, which carries the
	 * inflection of the whole word ('psykiatrien').
	 */
	word: string;
}

/** Splits a word into the parts of a compound, or returns undefined when it is not one. */
export type Decompounder = (word: string) => CompoundPart[] | undefined;

/**
 * The shortest part that is split off. The dictionary's own minimum (two letters) lets particles
 * like "op" and "ud" through; three letters keeps "råd" and "dag" and drops most noise.
 */
const MIN_PART = 3;
/**
 * Parts of a word the dictionary lists as a whole are at least this long. Lexicalised words with
 * a short first part are mostly not compounds at all ("del|tage", "fin|des", "bar|riere").
 */
const MIN_PART_OF_KNOWN_WORD = 4;
/**
 * Danish derivational suffixes that are also words of their own (heath, judgment, cupboard, corpse,
 * seam). They are never split off as the last part: "mulighed" is not "mulig" + "hed".
 */
const SUFFIX_WORDS = new Set(['hed', 'dom', 'skab', 'lig', 'som']);
/** Longer words are left alone. */
const MAX_WORD = 60;

const LETTERS = /^\p{Ll}+$/u;

/**
 * Makes a decompounder from a Hunspell dictionary that marks compound positions with
 * COMPOUNDBEGIN/MIDDLE/END flags, as the Danish dictionary does. A part may begin a compound only
 * in a form the dictionary allows there, which is how linking letters are handled: the Danish
 * dictionary gives "behandling" the begin form "behandlings" and "aftale" the begin form "aftale".
 * Of all the ways to split a word, the one with the fewest parts wins, then the one whose shortest
 * part is longest, then the one with the longest last part, so the result never depends on order.
 */
export function createDecompounder(dictionary: HunspellDictionary): Decompounder {
	const { begin, middle, end: endFlag } = dictionary.compound;
	if (!begin || !endFlag) throw new Error('the dictionary declares no COMPOUNDBEGIN/COMPOUNDEND flags');
	const end: string = endFlag;
	const results = new Map<string, CompoundPart[] | undefined>();

	// A modifier must be a content word, one that could also end a compound. That rules out the
	// particles and prepositions the dictionary lets begin compounds ("til", "ud", "ind", "sammen"),
	// so "tilbud" and "indsats" stay whole.
	const contentWords = new Map<string, boolean>();
	const isContentWord = (lemma: string) => {
		let known = contentWords.get(lemma);
		if (known === undefined) {
			known = dictionary.readingsWith(lemma, end).length > 0;
			contentWords.set(lemma, known);
		}
		return known;
	};

	/** The dictionary form of `surface` as a leading part with `flag`, if it can be one. */
	function leadingLemma(surface: string, flag: string | undefined): string | undefined {
		if (!flag) return undefined;
		return dictionary
			.readingsWith(surface, flag)
			.filter(
				(reading) =>
					reading.lemma.length >= MIN_PART &&
					surface.startsWith(reading.lemma) &&
					LETTERS.test(reading.lemma) &&
					isContentWord(reading.lemma),
			)
			.map((reading) => reading.lemma)
			.sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
	}

	/** Dictionary forms of `surface` as the last part of a compound. */
	function endLemmas(surface: string): string[] {
		return dictionary
			.readingsWith(surface, end)
			.filter((reading) => LETTERS.test(reading.lemma) && !SUFFIX_WORDS.has(reading.lemma))
			.map((reading) => reading.lemma);
	}

	function decompound(word: string): CompoundPart[] | undefined {
		if (!LETTERS.test(word) || word.length < 2 * MIN_PART || word.length > MAX_WORD) return undefined;
		// A word the dictionary knows as a whole is split only into longer parts, and only when its
		// dictionary form splits the same way: "borgere", the plural of "borger", is not "bor|gere".
		const wholeLemmas = new Set(dictionary.readings(word).map((reading) => reading.lemma));
		const known = wholeLemmas.size > 0;
		const minPart = known ? MIN_PART_OF_KNOWN_WORD : MIN_PART;
		const acceptEnd = (head: string, rest: string) =>
			endLemmas(rest).some((lemma) => !known || wholeLemmas.has(word) || wholeLemmas.has(head + lemma));

		// Splits of word.slice(from), whose first part has `flag`; memoised per start position.
		const memo = new Map<number, CompoundPart[][]>();
		const splits = (from: number, flag: string | undefined): CompoundPart[][] => {
			const cached = memo.get(from);
			if (cached) return cached;
			const found: CompoundPart[][] = [];
			for (let cut = from + minPart; cut <= word.length - minPart; cut++) {
				const surface = word.slice(from, cut);
				const lemma = leadingLemma(surface, flag);
				if (!lemma) continue;
				const head = { surface, word: lemma };
				const rest = word.slice(cut);
				if (acceptEnd(word.slice(0, cut), rest)) found.push([head, { surface: rest, word: rest }]);
				for (const tail of splits(cut, middle)) found.push([head, ...tail]);
			}
			memo.set(from, found);
			return found;
		};
		const all = [...splits(0, begin)];
		return all.sort(compareSplits)[0];
	}

	return (input: string) => {
		const word = input.normalize('NFC').toLowerCase();
		if (!results.has(word)) results.set(word, decompound(word));
		return results.get(word);
	};
}

/** Fewest parts first, then the longest shortest part, then the longest last part. */
function compareSplits(a: CompoundPart[], b: CompoundPart[]): number {
	const shortest = (parts: CompoundPart[]) => Math.min(...parts.map((part) => part.surface.length));
	const key = (parts: CompoundPart[]) => parts.map((part) => part.surface).join('|');
	return (
		a.length - b.length ||
		shortest(b) - shortest(a) ||
		b.at(-1)!.surface.length - a.at(-1)!.surface.length ||
		key(a).localeCompare(key(b))
	);
}

/**
 * Every word a compound should also be found by: its parts (as `CompoundPart.word`), and when its
 * last part is itself a compound, that part's parts ("specialundervisningsområde" gives "special",
 * "undervisningsområde", "undervisning", "område"). Leading parts are dictionary words and are not
 * split further: that is where lexicalised words like "undervisning" would fall apart. Empty for a
 * simple word.
 */
export function compoundSearchWords(decompound: Decompounder, word: string): string[] {
	const whole = word.normalize('NFC').toLowerCase();
	const found = new Set<string>();
	for (let parts = decompound(whole); parts; parts = decompound(parts.at(-1)!.word)) {
		for (const part of parts) found.add(part.word);
		// The compounds that end a word of three or more parts: "undervisningsområde" above.
		for (let index = 1; index < parts.length - 1; index++) found.add(parts.slice(index).map((part) => part.surface).join(''));
	}
	found.delete(whole);
	return [...found];
}
