import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';
import { DocumentDateSchema } from './dates.ts';
import { DocumentRefSchema } from './references.ts';
import { ThemeRefsSchema } from './theme.ts';

/** A focus area as it was named at one stage of the agreement's making. */
export const StageFocusAreaSchema = z.strictObject({
	/**
	 * Its id at this stage, which documents of the stage name in their `focusAreas`; unique within
	 * the stage. @example 'bedre-og-billigere-pladser'
	 */
	id: SlugSchema.optional(),
	/** Its number at that stage, where the source numbers it. */
	number: z.int({ error: 'skal være et helt tal' }).positive({ error: 'skal være 1 eller større' }).optional(),
	/** Its title exactly as the source of that stage writes it. */
	title: TextSchema,
	/** Ids of the themes (content/temaer/) it belongs to, so a theme page can follow it to approval. */
	themes: ThemeRefsSchema,
	/**
	 * The id of the approved focus area (the period's `focusAreas`) this one became, where the editors
	 * can tell: the link is the editors', and pages say so. Left out where the sources do not show it.
	 * @example 'den-gode-alderdom'
	 */
	becomes: SlugSchema.optional(),
});

/** The id the approved stage (the period's `focusAreas` with its `approval`) goes by. */
export const APPROVED_STAGE_ID = 'godkendt';

/**
 * One stage in how a period's focus areas came about before approval, e.g. proposed by 27 November
 * 2019 or discussed at the vision day, with the document that records it.
 */
export const FocusAreaStageSchema = z.strictObject({
	/**
	 * The stage's id, which a document's `focusAreaStage` names when it uses this stage's focus-area
	 * names. `godkendt` is taken: it is the approved stage. @example 'foreslaaet'
	 */
	id: SlugSchema.refine((value) => value !== APPROVED_STAGE_ID, { error: `"${APPROVED_STAGE_ID}" er det godkendte trin; giv trinnet et andet id` }).optional(),
	/** What happened at this stage, in Danish. @example 'Foreslået af Den Administrative Styregruppe på socialområdet' */
	label: TextSchema,
	/** When, as precisely as the sources give it (a month is fine), or `ukendt`. @example '2019-12' */
	date: DocumentDateSchema,
	/**
	 * The date in words when `date` is not simply the day it happened, e.g. a bound derived from the
	 * source; `note` then says how it is derived. @example 'senest 27. november 2019'
	 */
	dateText: TextSchema.optional(),
	/** The document that records the stage, when the archive holds it. */
	source: DocumentRefSchema.optional(),
	/** What readers should know about the stage, in the sources' terms. */
	note: TextSchema.optional(),
	/** The focus areas at this stage, in the source's order. */
	focusAreas: z
		.array(StageFocusAreaSchema)
		.min(1, { error: 'skal nævne mindst ét fokusområde' })
		.superRefine((areas, ctx) => {
			const seen = new Set<string>();
			areas.forEach((area, index) => {
				if (area.id === undefined) return;
				if (seen.has(area.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'er brugt to gange på samme trin' });
				seen.add(area.id);
			});
		}),
});

export type FocusAreaStage = z.output<typeof FocusAreaStageSchema>;
