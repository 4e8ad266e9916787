import type { GlossaryEntry } from '../schemas/glossary.ts';

/** A glossary entry reduced to what finding it in a text needs. */
export interface GlossaryTerm {
	/** The entry's id (its file name), which is also its anchor on the glossary page. */
	id: string;
	/** Every spelling to look for: the term and its aliases. */
	forms: string[];
	/** What an abbreviation stands for, when certain. */
	expansion?: string;
}

/** One place in a text where a glossary form occurs. */
export interface TermMatch {
	id: string;
	start: number;
	end: number;
	text: string;
}

/** The terms of the glossary entries, ready for matching. */
export function glossaryTerms(entries: readonly { id: string; data: GlossaryEntry }[]): GlossaryTerm[] {
	return entries.map(({ id, data }) => ({
		id,
		forms: [data.term, ...data.aliases],
		...(data.expansion ? { expansion: data.expansion } : {}),
	}));
}

/**
 * A form written without lower-case letters ("DAS", "KL") is an abbreviation and matches only in
 * capitals, so "KL" never matches "kl. 13:00". Other forms match in any case, since a sentence
 * may begin with them ("Styringsaftalen").
 */
export function isCaseSensitiveForm(form: string): boolean {
	return !/\p{Ll}/u.test(form);
}

const normalise = (text: string, caseSensitive: boolean) => {
	const spaced = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	return caseSensitive ? spaced : spaced.toLocaleLowerCase('da');
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same form written twice in the glossary, which would make a match ambiguous. */
export function duplicateForms(terms: readonly GlossaryTerm[]): { form: string; ids: string[] }[] {
	const owners = new Map<string, Set<string>>();
	for (const term of terms) {
		for (const form of term.forms) {
			const key = normalise(form, false);
			owners.set(key, (owners.get(key) ?? new Set()).add(term.id));
		}
	}
	return [...owners].filter(([, ids]) => ids.size > 1).map(([form, ids]) => ({ form, ids: [...ids] }));
}

/**
 * Finds glossary forms in plain text as whole words (not "KL" inside "KKR", not "nødspor" inside
 * "nødsporene" unless that is an alias). Where forms overlap, the earliest and then the longest wins.
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]): (text: string) => TermMatch[] {
	const groups = [true, false].map((caseSensitive) => {
		const owner = new Map<string, string>();
		for (const term of terms) {
			for (const form of term.forms) {
				if (isCaseSensitiveForm(form) === caseSensitive) owner.set(normalise(form, caseSensitive), term.id);
			}
		}
		// Longest first, so the alternation prefers "centrale udmeldinger" to a shorter form.
		const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
		const source = forms.map((form) => escape(form).replace(/ /g, '\\s+')).join('|');
		const pattern = forms.length
			? new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu')
			: undefined;
		return { caseSensitive, owner, pattern };
	});

	return (text: string) => {
		const found: TermMatch[] = [];
		for (const { caseSensitive, owner, pattern } of groups) {
			if (!pattern) continue;
			// The text itself is not normalised: the matches' positions must be positions in it.
			for (const match of text.matchAll(pattern)) {
				const id = owner.get(normalise(match[0], caseSensitive));
				if (id) found.push({ id, start: match.index, end: match.index + match[0].length, text: match[0] });
			}
		}
		found.sort((a, b) => a.start - b.start || b.end - a.end);
		const result: TermMatch[] = [];
		for (const match of found) {
			if (result.length === 0 || match.start >= result[result.length - 1]!.end) result.push(match);
		}
		return result;
	};
}
