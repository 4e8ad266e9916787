// The synonym list (content/synonymer.yaml) as the search uses it: every group adds something, every
// word belongs to one group, synonyms never join two glossary concepts, and every group leads to
// something the content says.
import type { GlossaryTerm } from '../../lib/glossary.ts';
import { normaliseName } from '../../search/search-terms.ts';
import type { Problem } from '../problems.ts';
import type { CheckedSynonymGroup } from '../synonyms.ts';

/** One glossary entry's names, as the rule compares them. */
interface GlossaryNames extends GlossaryTerm {
	/** The entry's file, for the messages. */
	file: string;
}

const quoted = (words: readonly string[]) => words.map((word) => `»${word}«`).join(', ');

/**
 * Checks the synonym groups against each other, the glossary and the content's text. `texts` is
 * every text the site publishes from content (documents, glossary, themes, periods): a group none of
 * whose words occurs there would send no reader anywhere.
 */
export function checkSynonyms(groups: readonly CheckedSynonymGroup[], glossary: readonly GlossaryNames[], texts: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const ownerOf = new Map<string, GlossaryNames>();
	for (const entry of glossary) {
		for (const name of [...entry.forms, ...(entry.expansion ? [entry.expansion] : [])]) ownerOf.set(normaliseName(name), entry);
	}
	const seen = new Map<string, number>();
	const content = texts.map((text) => normaliseName(text)).join('\n');

	for (const group of groups) {
		const { file, data, wordLines } = group;
		const words = [
			...data.ord.map((word, index) => ({ word, line: wordLines.ord[index]!, related: false })),
			...data.relaterede.map((word, index) => ({ word, line: wordLines.relaterede[index]!, related: true })),
		];
		if (words.length < 2) {
			problems.push({ file, line: group.line, message: `gruppen med ${quoted(data.ord)} har kun ét ord: skriv dets synonymer under "ord:" eller beslægtede ord under "relaterede:", eller slet gruppen` });
			continue;
		}
		for (const { word, line } of words) {
			const key = normaliseName(word);
			const first = seen.get(key);
			if (first !== undefined) {
				problems.push({ file, line, message: `»${word}« står også på linje ${first}: et ord må kun stå én gang i listen; saml grupperne, eller slet det ene` });
			} else {
				seen.set(key, line);
			}
		}

		const owners = new Map<string, GlossaryNames>();
		for (const word of data.ord) {
			const owner = ownerOf.get(normaliseName(word));
			if (owner) owners.set(owner.id, owner);
		}
		if (owners.size > 1) {
			const [first, second] = [...owners.values()];
			problems.push({
				file,
				line: wordLines.ord[0]!,
				message: `ordene under "ord:" hører til to begreber i ordlisten (${first!.file} og ${second!.file}): synonymer betyder det samme; flyt det ene begrebs navn til "relaterede:"`,
			});
		}
		const only = owners.size === 1 ? [...owners.values()][0]! : undefined;
		if (only && words.every(({ word }) => ownerOf.get(normaliseName(word)) === only)) {
			problems.push({
				file,
				line: group.line,
				message: `gruppen gentager kun navne fra ordlisten (${only.file}), som søgningen allerede bruger: slet gruppen, eller tilføj de hverdagsord, læserne bruger`,
			});
		}

		if (!words.some(({ word }) => occursIn(content, normaliseName(word)))) {
			problems.push({
				file,
				line: group.line,
				message: `ingen af gruppens ord (${quoted(words.map(({ word }) => word))}) står i indholdet: en gruppe skal føre til noget, dokumenterne, ordlisten, temaerne eller perioderne skriver`,
			});
		}
	}
	return problems;
}

/** True when `word` starts a word of `text` (both normalised): "alderdom" occurs in "alderdommen". */
function occursIn(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
		if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
	}
	return false;
}
