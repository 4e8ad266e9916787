import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';

/** The folder under content/ that holds the glossary (ordliste), one file per term. */
export const GLOSSARY_FOLDER = 'ordliste';

/** Where a reader can check the editors' explanation: the law's own name and paragraph, a body's own words for itself. */
export const GlossaryReferenceSchema = z.strictObject({
	/** The reference in words. @example 'Lov om social service (serviceloven), § 85' */
	title: TextSchema,
	/** Its web address, only where it is certain. */
	url: z.url({ protocol: /^https?$/, error: 'skal være en webadresse, der begynder med https:// eller http://' }).optional(),
});

/**
 * One glossary entry: `content/ordliste/<id>.md`. The frontmatter names the term; the Markdown body
 * tells what the archive's documents say about it, with links to them. A general explanation that
 * is the editors' own knowledge, not the sources', goes in `editorsExplanation`, so pages can mark
 * it as the editors'. Definitions state only what is certain: an expansion that is not certain is
 * left out rather than guessed.
 */
export const GlossaryEntrySchema = z.strictObject({
	/** The term as the documents write it. @example 'DAS' */
	term: TextSchema,
	/** Whether the term is an abbreviation (forkortelse) or a concept (begreb). */
	type: z.enum(['forkortelse', 'begreb'], { error: () => 'skal være "forkortelse" eller "begreb"' }),
	/** What the abbreviation stands for, only where certain. @example 'Den Administrative Styregruppe' */
	expansion: TextSchema.optional(),
	/** Other spellings the documents use for the same term. @example ['Serviceloven'] */
	aliases: z.array(TextSchema).default([]),
	/** Ids (file names) of related entries. */
	related: z.array(SlugSchema).default([]),
	/**
	 * The editors' general explanation of the term, from general knowledge rather than the archive's
	 * sources; shown as "Redaktionens forklaring", apart from the sources' words in the body.
	 */
	editorsExplanation: TextSchema.optional(),
	/** Where the editors' explanation can be checked, where such a reference exists. */
	reference: GlossaryReferenceSchema.optional(),
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
