import type { Period } from '../schemas/period.ts';
import { diffText, type DiffPart } from './word-diff.ts';

/** Every ordered pair of two different periods: each comparison exists both ways round. */
export function periodPairs<P extends { id: string }>(periods: readonly P[]): [P, P][] {
	return periods.flatMap((a) => periods.filter((b) => b.id !== a.id).map((b): [P, P] => [a, b]));
}

/** The two periods oldest first, so a text comparison always reads forward in time. */
export function oldestFirst<P extends Pick<Period, 'firstYear' | 'lastYear'>>(a: P, b: P): [P, P] {
	return a.lastYear < b.lastYear || (a.lastYear === b.lastYear && a.firstYear <= b.firstYear) ? [a, b] : [b, a];
}

/**
 * Every pair of two different periods once, each oldest first, pairs in the order of their first
 * period in `periods`: the comparisons' index lists a pair once and links to both orders.
 */
export function unorderedPeriodPairs<P extends Pick<Period, 'id' | 'firstYear' | 'lastYear'>>(periods: readonly P[]): [P, P][] {
	return periods.flatMap((a, index) => periods.slice(index + 1).map((b) => oldestFirst(a, b)));
}

/**
 * The word changes from the older period's vision to the newer one's, or undefined unless both are
 * the visions' own wordings (`textKind: 'vision'`): a source's sentence about a vision set against a
 * vision's wording would show differences between two kinds of text, not between two visions.
 */
export function visionDiff(older: Pick<Period, 'vision'>, newer: Pick<Period, 'vision'>): DiffPart[] | undefined {
	if (older.vision?.textKind !== 'vision' || newer.vision?.textKind !== 'vision') return undefined;
	return diffText(older.vision.text, newer.vision.text);
}
