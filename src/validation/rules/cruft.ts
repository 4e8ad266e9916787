// The sources were copied from web pages and carry the pages' furniture: cookie notices, navigation
// links, an editor line, a table of contents, and words run together where a heading lost its line
// break (content/kilder/README.md). None of it is the document's text; a note may quote it in »...«.
import { checkableText, locateMatch, type TextSegment } from '../published-text.ts';
import type { Problem } from '../problems.ts';

/** Where one piece of cruft stands in a text, and what it reads. */
interface Found {
	index: number;
	text: string;
}

/** A kind of web-page cruft: how to find it (a pattern, or a function where one is slow), and what to tell the editor. */
interface Cruft {
	find: RegExp | ((text: string) => Found[]);
	message: (found: string) => string;
}

const LOWER = /^\p{Ll}$/u;
const UPPER_THEN_LOWER = /\.(?=\p{Lu}\p{Ll})/gu;

/**
 * "godkendelse.Sagsfremstilling": two or more small letters, a full stop, a capital and small
 * letters, as /\p{Ll}{2,}\.\p{Lu}\p{Ll}+/gu finds them. That pattern, tried at every letter of a
 * thousand documents, took seconds of the check; this looks only at the full stops before a capital
 * and reads the words around each, with the same matches.
 */
function wordsRunTogether(text: string): Found[] {
	const found: Found[] = [];
	let end = 0;
	for (const { index: dot } of text.matchAll(UPPER_THEN_LOWER)) {
		let start = dot;
		while (start > end && LOWER.test(text[start - 1]!)) start -= 1;
		if (dot - start < 2) continue;
		let after = dot + 2;
		while (after < text.length && LOWER.test(text[after]!)) after += 1;
		found.push({ index: start, text: text.slice(start, after) });
		end = after;
	}
	return found;
}

/**
 * CONTRIBUTING.md asks for a note for every change to a source's text, removals of web-page
 * leftovers included, so readers know the page is not the source verbatim.
 */
export const REMOVAL_NOTE = 'og skriv under notes en note af typen bemaerkning om, hvad der er fjernet';
const CORRECTION_NOTE = 'og skriv under notes en note af typen rettelse om det';

const pageLink = (found: string) => `»${found}« er et link eller en knap fra websiden, som teksten er kopieret fra, ikke en del af dokumentet: slet det, ${REMOVAL_NOTE}`;

/** The kinds of cruft the sources contain. */
const CRUFT: readonly Cruft[] = [
	{
		find: /vi bruger cookies|cookiepolitik|cookie politik|nej tak til cookies/giu,
		message: () => `en cookie-besked fra websiden, som teksten er kopieret fra, er ikke en del af dokumentet: slet den, ${REMOVAL_NOTE}`,
	},
	{ find: /\bTil toppen\b/giu, message: pageLink },
	{ find: /\bTilbage til oversigt\b/giu, message: pageLink },
	{ find: /^[\t ]*Udskriv[\t ]*$/gmu, message: (found) => pageLink(found.trim()) },
	{
		find: /\bAnsvarlig redaktør\b/giu,
		message: () => `linjen »Ansvarlig redaktør« hører til websiden, som teksten er kopieret fra, ikke til dokumentet: slet den, ${REMOVAL_NOTE}`,
	},
	{
		find: /\bIndholdsfortegnelse/gu,
		message: () => `websidens indholdsfortegnelse er ikke en del af dokumentet (siden laver sin egen ud fra overskrifterne): slet den, men behold overskrifterne, ${REMOVAL_NOTE}`,
	},
	{
		// A sentence ran into a heading whose line break was lost.
		find: wordsRunTogether,
		message: (found) => `»${found}« er ord skrevet sammen, hvor et linjeskift eller en overskrift er gået tabt: sæt et mellemrum eller en ny linje efter punktummet, ${CORRECTION_NOTE}`,
	},
];

/** Each piece of one kind of cruft in `text`. */
function findCruft(cruft: Cruft, text: string): Found[] {
	if (typeof cruft.find === 'function') return cruft.find(text);
	return [...text.matchAll(cruft.find)].map((match) => ({ index: match.index, text: match[0] }));
}

/** True when `text` holds web-page cruft of any kind. */
export function holdsCruft(text: string): boolean {
	return CRUFT.some((cruft) => findCruft(cruft, text).length > 0);
}

/** Every piece of web-page cruft in the published text. */
export function checkCruft(segments: readonly TextSegment[]): Problem[] {
	return segments.flatMap((segment) => {
		const text = checkableText(segment);
		return CRUFT.flatMap((cruft) =>
			findCruft(cruft, text).map((found) => ({
				file: segment.file,
				...locateMatch(segment, found),
				message: cruft.message(found.text),
			})),
		);
	});
}
