import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SynonymGroup } from '../schemas/synonyms.ts';

/** Where the build publishes the search terms (src/pages/soeg/begreber.json.ts). */
export const SEARCH_TERMS_PATH = '/soeg/begreber.json';

/** The search terms file: names meaning the same, and related terms, for the search page. */
export interface SearchTerms {
	/**
	 * Names meaning the same: one group per glossary entry (the term, for an abbreviation its
	 * expansion, and its aliases), joined with the editors' synonyms (content/synonymer.yaml) where
	 * they share a name. A search for one name also searches the others.
	 */
	groups: string[][];
	/**
	 * Related terms, weaker than synonyms: one group per synonym group with related terms, its words
	 * and their related terms together. A search for one may also search the others, ranked below.
	 * Always written by the build; optional so a search page can read a file without it.
	 */
	related?: string[][];
}

/**
 * The names of each glossary entry, each once (the first spelling kept: term, expansion, aliases);
 * entries with one name give no group.
 */
export function searchTermsFromGlossary(entries: readonly { data: GlossaryEntry }[]): SearchTerms {
	const groups: string[][] = [];
	for (const { data } of entries) {
		const names = uniqueNames([data.term, ...(data.expansion ? [data.expansion] : []), ...data.aliases]);
		if (names.length > 1) groups.push(names);
	}
	return { groups };
}

/**
 * The search terms from the glossary and the editors' synonym list. A synonym group that shares a
 * name with a glossary entry (or with another group) is joined with it, so "DAS", its expansion
 * and an everyday word for it all search each other; related terms stay a group of their own.
 */
export function searchTerms(glossary: readonly { data: GlossaryEntry }[], synonyms: readonly SynonymGroup[]): Required<SearchTerms> {
	const joined: string[][] = [];
	const groupOf = new Map<string, string[]>();
	for (const names of [...searchTermsFromGlossary(glossary).groups, ...synonyms.map((group) => uniqueNames(group.ord))]) {
		const overlapping = [...new Set(names.map((name) => groupOf.get(normaliseName(name))).filter((group) => group !== undefined))];
		const target = overlapping[0] ?? [];
		if (overlapping.length === 0) joined.push(target);
		// Joining two earlier groups through this one: the later ones fold into the first.
		for (const other of overlapping.slice(1)) {
			target.push(...other);
			joined.splice(joined.indexOf(other), 1);
		}
		target.push(...names);
		const unique = uniqueNames(target);
		target.splice(0, target.length, ...unique);
		for (const name of unique) groupOf.set(normaliseName(name), target);
	}
	const related = synonyms.filter((group) => group.relaterede.length > 0).map((group) => uniqueNames([...group.ord, ...group.relaterede]));
	return { groups: joined.filter((group) => group.length > 1), related };
}

/** Each name once by its normalised form, in its first spelling, with single spaces. */
function uniqueNames(names: readonly string[]): string[] {
	const kept = new Map<string, string>();
	for (const name of names) {
		const key = normaliseName(name);
		if (key !== '' && !kept.has(key)) kept.set(key, name.replace(/\s+/g, ' ').trim());
	}
	return [...kept.values()];
}

/** How names and queries are compared: NFC, lowercase, single spaces. */
export function normaliseName(text: string): string {
	return text.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}
