import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';

/** The folder under content/ that holds the glossary (ordliste), one file per term. */
export const GLOSSARY_FOLDER = 'ordliste';

/**
 * One glossary entry: `content/ordliste/<id>.md`. The frontmatter names the term; the Markdown body
 * explains it in plain Danish. Definitions state only what is certain: an expansion that is not
 * certain is left out rather than guessed.
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
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
