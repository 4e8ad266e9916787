import type { GlossaryEntry } from '../schemas/glossary.ts';

/** Where the build publishes the glossary's search terms (src/pages/soeg/begreber.json.ts). */
export const SEARCH_TERMS_PATH = '/soeg/begreber.json';

/** The search terms file: the glossary's names for each concept. */
export interface SearchTerms {
	/**
	 * One group per glossary entry: every way the documents name it (the term, for an abbreviation
	 * its expansion, and its aliases). A search for one name also searches the others.
	 */
	groups: string[][];
	/**
	 * Groups of related terms (weaker than synonyms): a search for one also finds pages with the
	 * others, ranked below pages with the term itself or a synonym. Absent in older files.
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
		const names = new Map<string, string>();
		for (const name of [data.term, ...(data.expansion ? [data.expansion] : []), ...data.aliases]) {
			const key = normaliseName(name);
			if (key !== '' && !names.has(key)) names.set(key, name.replace(/\s+/g, ' ').trim());
		}
		if (names.size > 1) groups.push([...names.values()]);
	}
	return { groups };
}

/** How names and queries are compared: NFC, lowercase, single spaces. */
export function normaliseName(text: string): string {
	return text.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}
