// The scanned source lost its Danish letters; the source register (content/kilder/README.md)
// lists the misreadings. None may reach a reader, though an editorial note may quote them in »...«.
import { checkableText, locateMatch, type TextSegment } from '../published-text.ts';
import type { Problem } from '../problems.ts';

/** The source register's OCR misreadings and the Danish word each stands for. */
export const OCR_MISREADINGS: readonly (readonly [misread: string, correct: string])[] = [
	['@get', 'øget'],
	['gget', 'øget'],
	['gnskes', 'ønskes'],
	['gge', 'øge'],
	['ggres', 'gøres'],
	['drgftes', 'drøftes'],
	['understgtte', 'understøtte'],
	['gvrige', 'øvrige'],
	['Jaevnfgr', 'Jævnfør'],
	['Jeevnfgr', 'Jævnfør'],
	['zeldre', 'ældre'],
	['2ldre', 'ældre'],
	['vaere', 'være'],
	['veere', 'være'],
	['kraever', 'kræver'],
	['pa', 'på'],
	['pd', 'på'],
	['savel', 'såvel'],
	['malgruppe', 'målgruppe'],
	['abne', 'åbne'],
	['sarlige', 'særlige'],
	['idreetsforeninger', 'idrætsforeninger'],
	['kreefter', 'kræfter'],
	['samveer', 'samvær'],
	['laengere', 'længere'],
	['lengere', 'længere'],
	['tiloyde', 'tilbyde'],
	['faellesskaber', 'fællesskaber'],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A misreading on its own, not inside a longer word ("pa" is not found in "papir").
const MISREADING = new RegExp(
	`(?<![\\p{L}\\p{N}@])(?:${OCR_MISREADINGS.map(([misread]) => escapeRegExp(misread)).join('|')})(?![\\p{L}\\p{N}])`,
	'giu',
);
const correction = new Map(OCR_MISREADINGS.map(([misread, correct]) => [misread.toLowerCase(), correct]));

/** True for a word the register lists as an OCR misreading (which this rule reports, with its fix). */
export function isOcrMisreading(word: string): boolean {
	return correction.has(word.toLowerCase());
}

/** Every OCR misreading from the source register in the published text. */
export function checkOcrArtefacts(segments: readonly TextSegment[]): Problem[] {
	return segments.flatMap((segment) =>
		[...checkableText(segment).matchAll(MISREADING)].map((match) => ({
			file: segment.file,
			...locateMatch(segment, { index: match.index, text: match[0] }),
			message: `»${match[0]}« er en tegnfejl fra tekstgenkendelsen af en scannet kilde: skriv »${correction.get(match[0].toLowerCase())}«`,
		})),
	);
}
