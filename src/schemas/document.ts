import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';
import { DocumentDateSchema, UNKNOWN } from './dates.ts';
import { DocumentKindSchema } from './document-kinds.ts';
import { EditorialNoteSchema } from './notes.ts';
import { ThemeRefsSchema } from './theme.ts';

/**
 * The folder under content/ that holds the raw source texts as they were received, and their
 * register (README.md). A document names the file it was made from in `source.file`.
 */
export const SOURCES_FOLDER = 'kilder';

/** The source register in the sources folder: what each source file is and what is wrong with it. */
export const SOURCE_REGISTER_FILE = 'README.md';

/** A file name in the sources folder: letters, digits, '.', '-' and '_', no folder, not hidden. */
export const SourceFileNameSchema = z
	.string({ error: 'skal være navnet på en fil i content/kilder/, fx resultater-2018-2020.txt' })
	.regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, {
		error: 'skal være et filnavn i content/kilder/ uden mappe og mellemrum, fx resultater-2018-2020.txt',
	})
	.refine((name) => name !== SOURCE_REGISTER_FILE, { error: `${SOURCE_REGISTER_FILE} er kildeoversigten, ikke en kildetekst: skriv navnet på den fil, dokumentet er lavet ud fra` });

/** Where a document comes from: the original's own title and publisher, and how to find it. */
export const SourceSchema = z.strictObject({
	/** The original's title, as its publisher wrote it. */
	title: TextSchema,
	/** Who published the original, or `ukendt` when the source does not say. */
	publisher: TextSchema,
	/** The publisher's journal number (journalnummer), when the source gives one. @example '2019-053472' */
	journalNumber: TextSchema.optional(),
	/** The original's web address, when known. */
	url: z.url({ protocol: /^https?$/, error: 'skal være en webadresse, der begynder med https:// eller http://' }).optional(),
	/**
	 * The raw source text this document was made from: a file name in content/kilder/. The site
	 * publishes that text with the editors' changes shown against it, and the content check refuses
	 * a name that is not a file there. @example 'resultater-2018-2020.txt'
	 */
	file: SourceFileNameSchema.optional(),
	/** True when the text was restored from a scanned (OCR) copy; the page then says so. */
	restoredFromScan: z.boolean({ error: 'skal være true eller false' }).default(false),
});

/**
 * The frontmatter of one document: `content/<period>/<slug>.md`. The period is the folder the file
 * lies in and the slug (its URL) is the file name, so neither is repeated here.
 */
export const DocumentFrontmatterSchema = z.strictObject({
	/** The document's title, as the source gives it. */
	title: TextSchema,
	/** What kind of document this is (closed list). */
	kind: DocumentKindSchema,
	/** The document's date as precisely as the source states it, or `ukendt`. */
	date: DocumentDateSchema,
	/** What is known about the date when the source does not state it exactly. */
	dateNote: TextSchema.optional(),
	/** The body that issued the document, or `ukendt` when the source does not say. */
	issuer: TextSchema,
	/** Provenance of the text. */
	source: SourceSchema,
	/**
	 * Ids of the focus areas the document discusses: the period's approved ones, or, with
	 * `focusAreaStage`, those of that stage (`focusAreaHistory[].focusAreas[].id`).
	 */
	focusAreas: z.array(SlugSchema).default([]),
	/**
	 * The stage of the period's `focusAreaHistory` (its `id`) whose focus areas the document discusses,
	 * so the page shows the names the document itself used. Left out: the approved focus areas.
	 * @example 'foreslaaet'
	 */
	focusAreaStage: SlugSchema.optional(),
	/** Ids of the themes (content/temaer/) the document concerns, so theme pages can list it. */
	themes: ThemeRefsSchema,
	/** One or two sentences saying what the document is, for lists, search results and metadata. */
	summary: TextSchema.max(400, { error: 'må højst være 400 tegn (et eller to sætninger)' }),
	/** Editorial notes: corrections made, what the source lacks, errors kept from the source. */
	notes: z.array(EditorialNoteSchema).default([]),
});

export type DocumentFrontmatter = z.output<typeof DocumentFrontmatterSchema>;

/** True when a frontmatter text field says the source does not state it. */
export function isUnknown(value: string | undefined): boolean {
	return value === undefined || value === UNKNOWN;
}
