import { UNKNOWN } from '../schemas/dates.ts';
import type { DocumentKindId } from '../schemas/document-kinds.ts';
import { dateSortKey } from './dates.ts';
import { groupByKind } from './documents.ts';

/**
 * A period's documents in the order its page lists them: by kind (the agreement first), then by
 * date. Previous/next on a document page follow this order, so they lead where the list does.
 */
export function periodReadingOrder<T extends { kind: DocumentKindId; date: string; title: string }>(documents: T[]): T[] {
	return groupByKind(documents).flatMap((group) => group.documents);
}

/** The documents before and after the one at `index` in an ordered list, where there are any. */
export function neighbours<T>(ordered: readonly T[], index: number): { previous?: T; next?: T } {
	if (index < 0 || index >= ordered.length) throw new RangeError(`index ${index} is outside the list of ${ordered.length}`);
	return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * Newest first, for feeds: known dates newest first, unknown dates last (a reader of a feed wants the
 * latest first; a document whose date the source does not give cannot claim to be recent). A partial
 * date sorts at the start of its month or year, so '2020' comes after '2020-05-01'. Ties keep the
 * given order.
 */
export function newestFirst<T extends { date: string }>(documents: readonly T[]): T[] {
	const unknown = (document: T) => Number(document.date === UNKNOWN);
	return [...documents].sort(
		(a, b) => unknown(a) - unknown(b) || dateSortKey(b.date).localeCompare(dateSortKey(a.date)),
	);
}
