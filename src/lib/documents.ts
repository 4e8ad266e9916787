import { DOCUMENT_KINDS, type DocumentKindId } from '../schemas/document-kinds.ts';
import { dateSortKey } from './dates.ts';

interface Sortable {
	kind: DocumentKindId;
	date: string;
	title: string;
}

/** Oldest first, unknown dates last, then by title with Danish collation (æ, ø, å after z). */
export function sortByDate<T extends Sortable>(documents: T[]): T[] {
	const collator = new Intl.Collator('da');
	return [...documents].sort(
		(a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || collator.compare(a.title, b.title),
	);
}

/** Groups documents by kind in the order of DOCUMENT_KINDS, each group ordered by date; empty kinds are left out. */
export function groupByKind<T extends Sortable>(documents: T[]): { kind: (typeof DOCUMENT_KINDS)[number]; documents: T[] }[] {
	return DOCUMENT_KINDS.map((kind) => ({
		kind,
		documents: sortByDate(documents.filter((document) => document.kind === kind.id)),
	})).filter((group) => group.documents.length > 0);
}
