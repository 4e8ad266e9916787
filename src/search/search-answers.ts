// Answers, not only documents: the periods, themes and glossary entries a query names, shown above
// the documents it finds. The build writes them (src/pages/soeg/svar.json.ts) from the same content
// as their pages; the search page picks those whose names the query holds, read as the search
// engine reads it (planQuery). Each answer carries only what its page says, and where a line is
// derived, it says how.
import { MATCH_WEIGHT, planQuery, termMatches, weakerKind, wordsOf, type MatchKind } from './search-query.ts';
import { normaliseName, type SearchTerms } from './search-terms.ts';
import { isStopWord } from './stop-words.ts';
import type { Vocabulary } from './search-vocabulary.ts';
import { indexVocabulary, sameWord } from './word-match.ts';

/** Where the build publishes the answers. */
export const SEARCH_ANSWERS_PATH = '/soeg/svar.json';

/** What an answer is about; the kind filter offers each by its label (ui/search-strings.ts, answerKinds). */
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

/** A word the query stands for, and how: as typed, a form of it in the index, or a word of another name. */
interface QueryForm {
	text: string;
	kind: MatchKind;
}

/**
 * The answers a query asks for, best first: those matched by the strongest kind (MATCH_WEIGHT),
 * then by the longest name. A name matches when each of its words (its stop words aside, when it
 * has others) is a word of the query as the search engine understands it (planQuery): as typed, in
 * another form or spelling, a compound it is part of, a typo's correction, or a word of another name
 * of a term in the query (a synonym, or weaker, a related term). A name written in capitals of one
 * or two letters ("KL") counts only as written, so "kl. 10" does not ask for KL. Without the
 * vocabulary (not loaded), query words match only as typed, in any inflection or spelling.
 */
export function answersFor(query: string, file: SearchAnswers, terms: SearchTerms = { groups: [] }, vocabulary: Vocabulary = { words: [] }): SearchAnswer[] {
	const text = ` ${words(query)} `;
	if (text.trim() === '') return [];
	const asked = PERIOD_QUESTION.some((word) => beginsWord(text, word));
	const plan = planQuery(query, indexVocabulary(vocabulary), terms);
	const typed = plan.words.map((word) => word.text);
	const otherNames = [...termMatches(typed, terms.groups).map(({ name }) => ({ name, kind: 'synonym' as const })), ...termMatches(typed, terms.related ?? []).map(({ name }) => ({ name, kind: 'related' as const }))];
	const forms: QueryForm[] = [
		...plan.words.flatMap((word) => [{ text: normaliseName(word.text), kind: 'exact' as const }, ...word.forms]),
		...otherNames.flatMap(({ name, kind }) => wordsOf(name).map((word) => ({ text: normaliseName(word), kind }))),
	];
	// Where a short abbreviation may stand written: in the query, or in another name of a term in it.
	const written = [query, ...otherNames.map(({ name }) => name)].map((one) => one.normalize('NFC'));
	const scored: { answer: SearchAnswer; weight: number; length: number; order: number }[] = [];
	file.answers.forEach((answer, order) => {
		const names = [...answer.names, ...(asked ? (answer.namesWhenAsked ?? []) : [])];
		let best: { weight: number; length: number } | undefined;
		for (const name of names) {
			const kind = nameMatch(name, forms, written);
			if (kind === undefined) continue;
			const found = { weight: MATCH_WEIGHT[kind], length: name.length };
			if (!best || found.weight > best.weight || (found.weight === best.weight && found.length > best.length)) best = found;
		}
		if (best) scored.push({ answer, ...best, order });
	});
	return scored
		.sort((a, b) => b.weight - a.weight || b.length - a.length || a.order - b.order)
		.slice(0, MAX_ANSWERS)
		.map(({ answer }) => answer);
}

/** How weakly the query's forms match all of a name's words, or undefined when one is not matched. */
function nameMatch(name: string, forms: readonly QueryForm[], written: readonly string[]): MatchKind | undefined {
	if (name.length <= 2 && !/\p{Ll}/u.test(name)) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const asWritten = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}([^\\p{L}\\p{N}]|$)`, 'u');
		return written.some((one) => asWritten.test(one)) ? 'exact' : undefined;
	}
	const all = wordsOf(name).map(normaliseName);
	const wanted = all.some((word) => !isStopWord(word)) ? all.filter((word) => !isStopWord(word)) : all;
	if (wanted.length === 0) return undefined;
	let weakest: MatchKind = 'exact';
	for (const word of wanted) {
		const kinds = forms.filter((form) => sameWord(form.text, word)).map((form) => form.kind);
		if (kinds.length === 0) return undefined;
		weakest = weakerKind(weakest, kinds.reduce((a, b) => (weakerKind(a, b) === a ? b : a)));
	}
	return weakest;
}

/** True when a word of `text` (spaced words) begins with `start`. */
function beginsWord(text: string, start: string): boolean {
	return text.includes(` ${words(start)}`);
}

/** Lowercase NFC words separated by single spaces, punctuation (but § and -) dropped. */
function words(text: string): string {
	return normaliseName(text.replace(/[^\p{L}\p{N}§-]+/gu, ' '));
}
