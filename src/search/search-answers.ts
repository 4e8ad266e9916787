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
	/**
	 * The names a query may use for it: a term, its expansion and aliases, a title, a period's id, and
	 * for a period the names of its vision and focus areas that no theme has as its title.
	 */
	names: string[];
	/**
	 * Names that ask for the answer only with a word asking about a period: a period's vision and
	 * focus areas named as a theme is, so "hvornår blev egenmestring godkendt" finds the period but
	 * "egenmestring" alone does not (it finds the theme).
	 */
	namesWhenAsked?: string[];
	/**
	 * What a period's timeline records (its milestones, the stages of its focus areas): a query asking
	 * about a period whose other words all stand in one of them asks for the period, so "hvornår var
	 * visionsdagen" finds the period whose timeline has the vision day, and the card then shows that
	 * event's line (its date, as the timeline gives it) first.
	 */
	events?: AnswerEvent[];
	/** The period, for a period answer: the period filter hides it when another period is chosen. */
	period?: string;
	/** What the card says, line by line, each as its page says it. */
	lines: AnswerLine[];
}

/** One event of a period's timeline: the words a question may name it by, and the line that answers it. */
export interface AnswerEvent {
	/** What happened, as the timeline says it. @example 'Visionsdag om aftalen' */
	name: string;
	/** When, as the timeline says it, with the document that states it. */
	line: AnswerLine;
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
	// A compound of the index written as two words ("kommunernes kontaktråd" for "Kommunekontaktråd"):
	// each pair of neighbouring query words is also tried as the parts of one word of a name.
	const required = plan.words.filter((word) => !word.optional).map((word) => normaliseName(word.text));
	const pairs = required.slice(1).map((second, index) => [required[index]!, second] as const);
	// Where a short abbreviation may stand written: in the query, or in another name of a term in it.
	const written = [query, ...otherNames.map(({ name }) => name)].map((one) => one.normalize('NFC'));
	const scored: { answer: SearchAnswer; kind: MatchKind; weight: number; length: number; order: number }[] = [];
	file.answers.forEach((answer, order) => {
		const names = [...answer.names, ...(asked ? (answer.namesWhenAsked ?? []) : [])];
		let best: { kind: MatchKind; weight: number; length: number; event?: AnswerEvent } | undefined;
		const consider = (kind: MatchKind | undefined, length: number, event?: AnswerEvent) => {
			if (kind === undefined) return;
			const found = { kind, weight: MATCH_WEIGHT[kind], length, event };
			if (!best || found.weight > best.weight || (found.weight === best.weight && found.length > best.length)) best = found;
		};
		for (const name of names) consider(nameMatch(name, forms, written, pairs), name.length);
		// An event names the period only for a question about a period, and by all the query's own words.
		if (asked) for (const event of answer.events ?? []) consider(eventMatch(event.name, required), event.name.length, event);
		if (!best) return;
		// Asked about an event, the card answers with the event's line before the period's own.
		const { event, ...match } = best;
		scored.push({ answer: event ? { ...answer, lines: [event.line, ...answer.lines] } : answer, ...match, order });
	});
	// Another name of a term leads to a card only when the query names none by its own words: "den
	// trygge alderdom" gets the theme, not also the period a longer synonym of it names.
	const direct = scored.filter(({ kind }) => !INDIRECT.includes(kind));
	const sorted = (direct.length > 0 ? direct : scored).sort((a, b) => b.weight - a.weight || b.length - a.length || a.order - b.order);
	// A related term is a hint, not a question: it gives one card, a theme or glossary entry before a
	// period (the topic before one agreement), so the documents the query's own words find stay in view.
	if (sorted.length > 0 && sorted.every(({ kind }) => kind === 'related')) {
		return [sorted.find(({ answer }) => answer.kind !== 'period') ?? sorted[0]!].map(({ answer }) => answer);
	}
	return sorted.slice(0, MAX_ANSWERS).map(({ answer }) => answer);
}

/** The kinds of match through another name of a term, not the query's own words. */
const INDIRECT: readonly MatchKind[] = ['synonym', 'related'];

/**
 * 'exact' when every word of the query (its stop words aside) is a word of the event, in any form;
 * undefined otherwise, or when the query has no such word.
 */
function eventMatch(event: string, queryWords: readonly string[]): MatchKind | undefined {
	const eventWords = wordsOf(event).map(normaliseName);
	return queryWords.length > 0 && queryWords.every((word) => eventWords.some((other) => sameWord(word, other))) ? 'exact' : undefined;
}

/**
 * True when `word` (a name's, lowercase) is a compound of the two query words: its start is the
 * first (in any form, with or without the joining "s" or "e"), its end the second.
 */
function isCompoundOf(word: string, [first, second]: readonly [string, string]): boolean {
	for (let split = MIN_COMPOUND_PART; split <= word.length - MIN_COMPOUND_PART; split++) {
		if (!sameWord(word.slice(split), second)) continue;
		const start = word.slice(0, split);
		if (sameWord(start, first) || (/[se]$/.test(start) && sameWord(start.slice(0, -1), first))) return true;
	}
	return false;
}
/** The fewest letters of each part of a compound written as two words. */
const MIN_COMPOUND_PART = 4;

/** How weakly the query's forms match all of a name's words, or undefined when one is not matched. */
function nameMatch(name: string, forms: readonly QueryForm[], written: readonly string[], pairs: readonly (readonly [string, string])[] = []): MatchKind | undefined {
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
		if (kinds.length === 0 && pairs.some((pair) => isCompoundOf(word, pair))) kinds.push('part');
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
