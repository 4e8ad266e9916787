// The sources were copied from web pages and carry the pages' furniture: cookie notices, navigation
// links, an editor line, a table of contents, and words run together where a heading lost its line
// break (content/kilder/README.md). None of it is the document's text; a note may quote it in »...«.
import { checkableText, locateMatch, type TextSegment } from '../published-text.ts';
import type { Problem } from '../problems.ts';

/** A kind of web-page cruft: how to find it, and what to tell the editor. */
interface Cruft {
	pattern: RegExp;
	message: (found: string) => string;
}

/**
 * CONTRIBUTING.md asks for a note for every change to a source's text, removals of web-page
 * leftovers included, so readers know the page is not the source verbatim.
 */
export const REMOVAL_NOTE = 'og skriv under notes en note af typen bemaerkning om, hvad der er fjernet';
const CORRECTION_NOTE = 'og skriv under notes en note af typen rettelse om det';

const pageLink = (found: string) => `»${found}« er et link eller en knap fra websiden, som teksten er kopieret fra, ikke en del af dokumentet: slet det, ${REMOVAL_NOTE}`;

/** The kinds of cruft the sources contain. */
export const CRUFT: readonly Cruft[] = [
	{
		pattern: /vi bruger cookies|cookiepolitik|cookie politik|nej tak til cookies/giu,
		message: () => `en cookie-besked fra websiden, som teksten er kopieret fra, er ikke en del af dokumentet: slet den, ${REMOVAL_NOTE}`,
	},
	{ pattern: /\bTil toppen\b/giu, message: pageLink },
	{ pattern: /\bTilbage til oversigt\b/giu, message: pageLink },
	{ pattern: /^[\t ]*Udskriv[\t ]*$/gmu, message: (found) => pageLink(found.trim()) },
	{
		pattern: /\bAnsvarlig redaktør\b/giu,
		message: () => `linjen »Ansvarlig redaktør« hører til websiden, som teksten er kopieret fra, ikke til dokumentet: slet den, ${REMOVAL_NOTE}`,
	},
	{
		pattern: /\bIndholdsfortegnelse/gu,
		message: () => `websidens indholdsfortegnelse er ikke en del af dokumentet (siden laver sin egen ud fra overskrifterne): slet den, men behold overskrifterne, ${REMOVAL_NOTE}`,
	},
	{
		// "godkendelse.Sagsfremstilling": a sentence ran into a heading whose line break was lost.
		pattern: /\p{Ll}{2,}\.\p{Lu}\p{Ll}+/gu,
		message: (found) => `»${found}« er ord skrevet sammen, hvor et linjeskift eller en overskrift er gået tabt: sæt et mellemrum eller en ny linje efter punktummet, ${CORRECTION_NOTE}`,
	},
];

/** Every piece of web-page cruft in the published text. */
export function checkCruft(segments: readonly TextSegment[]): Problem[] {
	return segments.flatMap((segment) => {
		const text = checkableText(segment);
		return CRUFT.flatMap((cruft) =>
			[...text.matchAll(cruft.pattern)].map((match) => ({
				file: segment.file,
				...locateMatch(segment, { index: match.index, text: match[0] }),
				message: cruft.message(match[0]),
			})),
		);
	});
}
