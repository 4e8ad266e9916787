import { z } from 'astro/zod';
import { TextSchema } from './common.ts';
import { DocumentDateSchema } from './dates.ts';
import { DocumentRefSchema } from './references.ts';
import { ThemeRefsSchema } from './theme.ts';

/** A focus area as it was named at one stage of the agreement's making. */
export const StageFocusAreaSchema = z.strictObject({
	/** Its number at that stage, where the source numbers it. */
	number: z.int({ error: 'skal være et helt tal' }).positive({ error: 'skal være 1 eller større' }).optional(),
	/** Its title exactly as the source of that stage writes it. */
	title: TextSchema,
	/** Ids of the themes (content/temaer/) it belongs to, so a theme page can follow it to approval. */
	themes: ThemeRefsSchema,
});

/**
 * One stage in how a period's focus areas came about before approval, e.g. proposed in December
 * 2019 or discussed at the vision day, with the document that records it.
 */
export const FocusAreaStageSchema = z.strictObject({
	/** What happened at this stage, in Danish. @example 'Foreslået af Den Administrative Styregruppe på socialområdet' */
	label: TextSchema,
	/** When, as precisely as the sources give it (a month is fine), or `ukendt`. @example '2019-12' */
	date: DocumentDateSchema,
	/** The document that records the stage, when the archive holds it. */
	source: DocumentRefSchema.optional(),
	/** What readers should know about the stage, in the sources' terms. */
	note: TextSchema.optional(),
	/** The focus areas at this stage, in the source's order. */
	focusAreas: z.array(StageFocusAreaSchema).min(1, { error: 'skal nævne mindst ét fokusområde' }),
});

export type FocusAreaStage = z.output<typeof FocusAreaStageSchema>;
