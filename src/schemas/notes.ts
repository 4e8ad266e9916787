import { z } from 'astro/zod';

/** What an editorial note records; each kind gets its own heading on the page. */
export const NOTE_KINDS = [
	{ id: 'rettelse', label: 'Rettelse' },
	{ id: 'mangler', label: 'Mangler i kilden' },
	{ id: 'kildefejl', label: 'Fejl i kilden' },
	{ id: 'bemaerkning', label: 'Bemærkning' },
] as const;

export type NoteKindId = (typeof NOTE_KINDS)[number]['id'];

const noteKindIds = NOTE_KINDS.map((kind) => kind.id) as [NoteKindId, ...NoteKindId[]];

/**
 * An editorial note: what the editors corrected, what the source lacks, or an error the source
 * contains and that is kept as it stands. Notes are how corrections stay visible to readers.
 */
export const EditorialNoteSchema = z.strictObject({
	/** What the note records. */
	kind: z.enum(noteKindIds, { error: () => `skal være en af: ${noteKindIds.join(', ')}` }),
	/** The note itself, in plain Danish. */
	text: z.string({ error: 'skal være en tekst' }).trim().min(1, { error: 'må ikke være tom' }),
});

export function noteKindLabel(id: NoteKindId): string {
	return NOTE_KINDS.find((kind) => kind.id === id)!.label;
}
