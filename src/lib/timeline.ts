import { dateBounds, UNKNOWN } from '../schemas/dates.ts';
import type { DocumentKindId } from '../schemas/document-kinds.ts';
import type { Milestone, MilestoneKindId } from '../schemas/milestones.ts';
import type { Period } from '../schemas/period.ts';
import { sortByDate } from './documents.ts';

/** A document as the timeline needs it. */
export interface TimelineDocument {
	/** '<period>/<slug>', as milestones refer to it. */
	ref: string;
	title: string;
	kind: DocumentKindId;
	date: string;
	dateNote?: string;
}

/** One entry on a period's timeline: a milestone, the approval or a dated document. */
export interface TimelineEntry {
	/** The date as precisely as the source gives it. */
	date: string;
	/** The source's words for an imprecise date ('sommeren 2020'), shown instead of the date. */
	dateText?: string;
	/**
	 * A milestone kind; 'godkendelse' for the period's approval (the label is then the body that
	 * approved); 'dokument' for a document no milestone on its date cites (the label is its title).
	 */
	kind: MilestoneKindId | 'godkendelse' | 'dokument';
	/** For a document entry, the document's kind. */
	documentKind?: DocumentKindId;
	label: string;
	/** The document the entry links to, when the archive holds it. */
	source?: string;
	note?: string;
}

export interface Timeline {
	/** Dated entries in the order they happened. */
	entries: TimelineEntry[];
	/** Documents the sources give no date for: they cannot be placed, so they are listed apart. */
	undated: TimelineDocument[];
}

/** True when everything `a` can mean lies before everything `b` can mean. */
function certainlyBefore(a: string, b: string): boolean {
	return dateBounds(a).last < dateBounds(b).first;
}

/**
 * Builds a period's timeline from its milestones, its approval and its documents' dates.
 * Milestones keep the order the period file gives them (a year cannot be sorted against a day in
 * it); the approval and the dated documents are placed among them where their dates put them for
 * certain. A document that a milestone on the same date cites is that milestone's document, not an
 * entry of its own.
 */
export function assembleTimeline(
	period: Pick<Period, 'milestones' | 'approval'>,
	documents: readonly TimelineDocument[],
): Timeline {
	const entries: TimelineEntry[] = period.milestones.map((milestone: Milestone) => ({
		date: milestone.date,
		...(milestone.dateText ? { dateText: milestone.dateText } : {}),
		kind: milestone.kind,
		label: milestone.label,
		...(milestone.source ? { source: milestone.source } : {}),
		...(milestone.note ? { note: milestone.note } : {}),
	}));
	const extra: TimelineEntry[] = [];
	if (period.approval) {
		extra.push({
			date: period.approval.date,
			kind: 'godkendelse',
			label: period.approval.body,
			...(period.approval.source ? { source: period.approval.source } : {}),
		});
	}
	const cited = new Set([...entries, ...extra].map((entry) => `${entry.date} ${entry.source}`));
	const dated = sortByDate(documents.filter((document) => document.date !== UNKNOWN));
	for (const document of dated) {
		if (cited.has(`${document.date} ${document.ref}`)) continue;
		extra.push({ date: document.date, kind: 'dokument', documentKind: document.kind, label: document.title, source: document.ref });
	}
	// Extras in date order (a stable sort keeps equal dates as they came), each placed before the
	// first entry that certainly comes after it, so it also lands after earlier extras.
	const ordered = [...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	for (const entry of ordered) {
		const at = entries.findIndex((other) => certainlyBefore(entry.date, other.date));
		entries.splice(at === -1 ? entries.length : at, 0, entry);
	}
	return { entries, undated: documents.filter((document) => document.date === UNKNOWN) };
}
