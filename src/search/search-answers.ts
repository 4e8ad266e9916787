// Answers, not only documents: the periods, themes and glossary entries a query names, shown above
// the documents it finds. The build writes them (src/pages/soeg/svar.json.ts) from the same content
// as their pages; the search page picks those whose names the query contains. Each answer carries
// only what its page says, and where a line is derived, it says how.
import { normaliseName, type SearchTerms } from './search-terms.ts';

/** Where the build publishes the answers. */
export const SEARCH_ANSWERS_PATH = '/soeg/svar.json';

/** What an answer is about; the kind filter offers each by its label (ui/strings.ts, answerKinds). */
export type AnswerKind = 'period' | 'theme' | 'glossary';

/** One line of an answer: a label and what the page says, with an address to read it at. */
export interface AnswerLine {
	label: string;
	text: string;
	/** The document or page the line comes from, when it names one. */
	source?: { title: string; url: string };
}

/** One period, theme or glossary entry, as an answer card shows it. */
export interface SearchAnswer {
	kind: AnswerKind;
	/** The page the answer is read on. @example '/ordliste/#das' */
	url: string;
	title: string;
	/** The names a query may use for it: a term, its expansion and aliases, a title, a period's id. */
	names: string[];
	/**
	 * Names that ask for the answer only with a word asking about a period: a period's vision and
	 * focus areas, so "hvornår blev egenmestring godkendt" finds the period but "egenmestring" alone
	 * does not (it finds the theme).
	 */
	namesWhenAsked?: string[];
	/** The period, for a period answer: the period filter hides it when another period is chosen. */
	period?: string;
	/** What the card says, line by line, each as its page says it. */
	lines: AnswerLine[];
}

/** The file the build writes. */
export interface SearchAnswers {
	answers: SearchAnswer[];
}

/**
 * Beginnings of the words that ask about a period (when it was approved, which period): with one of
 * them, a period's vision and focus areas name the period too.
 */
const PERIOD_QUESTION = ['godkend', 'vedtag', 'hvornår', 'periode', 'aftaleperiode'];

/** No more cards than this above the documents: the documents are still the results. */
export const MAX_ANSWERS = 3;

/**
 * The answers a query asks for, best first: those whose longest matching name is longest. A name
 * matches when the query holds it as whole words (case and spacing aside); a name written in
 * capitals of one or two letters ("KL") only as written, so "kl. 10" does not ask for KL. A query
 * word that is a synonym of a name (SearchTerms groups) counts as the name.
 */
export function answersFor(query: string, file: SearchAnswers, terms: SearchTerms = { groups: [] }): SearchAnswer[] {
	const text = ` ${words(query)} `;
	if (text.trim() === '') return [];
	const asked = PERIOD_QUESTION.some((word) => containsWord(text, word, true));
	const scored: { answer: SearchAnswer; length: number; order: number }[] = [];
	file.answers.forEach((answer, order) => {
		const names = [...answer.names, ...(asked ? (answer.namesWhenAsked ?? []) : [])];
		const matched = withSynonyms(names, terms).filter((name) => matches(text, query, name));
		if (matched.length > 0) scored.push({ answer, length: Math.max(...matched.map((name) => name.length)), order });
	});
	return scored
		.sort((a, b) => b.length - a.length || a.order - b.order)
		.slice(0, MAX_ANSWERS)
		.map(({ answer }) => answer);
}

/** The names and every synonym the search terms give for them. */
function withSynonyms(names: readonly string[], terms: SearchTerms): string[] {
	const keys = new Set(names.map(normaliseName));
	const more = terms.groups.filter((group) => group.some((name) => keys.has(normaliseName(name)))).flat();
	return [...new Set([...names, ...more])];
}

function matches(text: string, query: string, name: string): boolean {
	const short = name.length <= 2 && !/\p{Ll}/u.test(name);
	if (short) return new RegExp(`(^|[^\\p{L}\\p{N}])${name}([^\\p{L}\\p{N}]|$)`, 'u').test(query.normalize('NFC'));
	return containsWord(text, name, false);
}

/** True when `text` (spaced words) holds `name` as whole words, or as a prefix of a word if `prefix`. */
function containsWord(text: string, name: string, prefix: boolean): boolean {
	const wanted = words(name);
	return wanted !== '' && text.includes(` ${wanted}${prefix ? '' : ' '}`);
}

/** Lowercase NFC words separated by single spaces, punctuation (but § and -) dropped. */
function words(text: string): string {
	return normaliseName(text.replace(/[^\p{L}\p{N}§-]+/gu, ' '));
}
