// Which words of a query are optional: Danish stop words and the words a question starts with.
// A page need not contain them, so "hvem godkendte aftalen" finds the approval that never says "hvem".
import { dan } from 'stopword';

/**
 * Question words and small words the stop-word list (stopwords-iso's Danish list, via the
 * `stopword` package) lacks: "hvilke" and its forms, which questions start with.
 */
const QUESTION_WORDS = ['hvad', 'hvem', 'hvornår', 'hvilke', 'hvilken', 'hvilket', 'hvor', 'hvordan', 'hvorfor', 'hvorhenne', 'hvornaar'];

const STOP_WORDS = new Set([...dan, ...QUESTION_WORDS]);

/** True when a page need not contain `word` (lowercase) to answer a query with it. */
export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(word.normalize('NFC').toLocaleLowerCase('da'));
}
