import { z } from 'astro/zod';

/**
 * The closed list of document kinds. It covers the kinds the sources contain, plus the agreement text
 * itself, which later periods will publish. Order here is the order kinds are listed on a period page:
 * the agreement first, then the documents of its making in roughly the order they arise.
 */
export const DOCUMENT_KINDS = [
	{ id: 'aftaletekst', label: 'Aftaletekst', plural: 'Aftaletekst' },
	{ id: 'godkendelse', label: 'Godkendelsessag', plural: 'Godkendelsessager' },
	{ id: 'resultater', label: 'Resultater og initiativer', plural: 'Resultater og initiativer' },
	{ id: 'visionsdag', label: 'Output fra visionsdag', plural: 'Output fra visionsdage' },
	{ id: 'referat', label: 'Referat', plural: 'Referater' },
	{ id: 'skriftligt-input', label: 'Skriftligt input', plural: 'Skriftlige input' },
] as const;

export type DocumentKindId = (typeof DOCUMENT_KINDS)[number]['id'];

const kindIds = DOCUMENT_KINDS.map((kind) => kind.id) as [DocumentKindId, ...DocumentKindId[]];

/** One of the closed list of document kinds, by id. */
export const DocumentKindSchema = z.enum(kindIds, {
	error: () => `skal være en af: ${kindIds.join(', ')}`,
});

/** The Danish label of a document kind, for pages and search filters. */
export function kindLabel(id: DocumentKindId): string {
	return DOCUMENT_KINDS.find((kind) => kind.id === id)!.label;
}
