import { z } from 'astro/zod';
import { PeriodIdSchema, SlugSchema, TextSchema, parsePeriodId } from './common.ts';
import { IsoDateSchema, dateBounds } from './dates.ts';
import { FocusAreaStageSchema } from './focus-area-history.ts';
import { MilestoneSchema } from './milestones.ts';
import { EditorialNoteSchema } from './notes.ts';
import { DocumentRefSchema } from './references.ts';
import { ThemeRefsSchema } from './theme.ts';

/** The file in each period folder that describes the period. */
export const PERIOD_FILE = 'periode.yaml';

// Defined in its own module so the schemas of a period's parts can use it without a cycle.
export { DocumentRefSchema } from './references.ts';

/** One of a period's focus areas (fokusområder), as the approved agreement numbers and names it. */
export const FocusAreaSchema = z.strictObject({
	/** Stable id that documents use to say they concern this focus area. @example 'den-gode-alderdom' */
	id: SlugSchema,
	/** The focus area's number in the agreement, where the source numbers it. */
	number: z.int({ error: 'skal være et helt tal' }).positive({ error: 'skal være 1 eller større' }).optional(),
	/** The focus area's title exactly as the source writes it. */
	title: TextSchema,
	/** The source's own description of the focus area, quoted. */
	description: TextSchema.optional(),
	/** The document the title and description are taken from. */
	source: DocumentRefSchema.optional(),
	/** Ids of the themes (content/temaer/) this focus area belongs to, so theme pages can follow it. */
	themes: ThemeRefsSchema,
});

/**
 * What a quoted vision text is: the vision's own wording, or a source's sentence about the vision
 * (e.g. why it was chosen) where the vision's own wording is not in the archive. Only texts of the
 * same kind are compared word for word.
 */
export const VISION_TEXT_KINDS = [
	{ id: 'vision', label: 'Visionens ordlyd' },
	{ id: 'omtale', label: 'Kildens omtale af visionen' },
] as const;

export type VisionTextKindId = (typeof VISION_TEXT_KINDS)[number]['id'];

const visionTextKindIds = VISION_TEXT_KINDS.map((kind) => kind.id) as [VisionTextKindId, ...VisionTextKindId[]];

/** The vision (visionen) of a period, quoted from the document that states it. */
export const VisionSchema = z.strictObject({
	/** The vision's short name. @example 'Egenmestring' */
	title: TextSchema,
	/** The vision text, quoted verbatim from its source. */
	text: TextSchema,
	/**
	 * What `text` is: `vision` (the vision's own wording, the default) or `omtale` (a source's
	 * sentence about the vision, where its own wording is not in the archive).
	 */
	textKind: z.enum(visionTextKindIds, { error: () => `skal være en af: ${visionTextKindIds.join(', ')}` }).default('vision'),
	/** Where the quote comes from, in words for readers. */
	quotedFrom: TextSchema,
	/** The published document the quote comes from, when the archive holds it. */
	source: DocumentRefSchema.optional(),
	/** Ids of the themes (content/temaer/) the vision belongs to. @example ['egenmestring'] */
	themes: ThemeRefsSchema,
});

/** The political approval of a period's agreement, as far as the sources record it. */
export const ApprovalSchema = z.strictObject({
	/** The day of the decision. */
	date: IsoDateSchema,
	/** The body that decided. @example 'Regionsrådet, Region Nordjylland' */
	body: TextSchema,
	/** The document recording the decision. */
	source: DocumentRefSchema.optional(),
});

/**
 * A period (aftaleperiode): the content of `content/<period>/periode.yaml`. A period is data: adding
 * one is adding a folder with this file, and every page, switcher and filter derives from it.
 */
export const PeriodSchema = z
	.strictObject({
		/** The period's id, equal to its folder name. @example '2021-2022' */
		id: PeriodIdSchema,
		/** The Danish title. @example 'Nordjysk Socialaftale 2021-2022' */
		title: TextSchema,
		/** First calendar year the agreement covers. */
		firstYear: z.int({ error: 'skal være et årstal' }).min(1970).max(2100),
		/** Last calendar year the agreement covers; it runs to the end of that year. */
		lastYear: z.int({ error: 'skal være et årstal' }).min(1970).max(2100),
		/** The vision, where a source states it. */
		vision: VisionSchema.optional(),
		/** The approved focus areas, in their order. Empty where the sources do not name them. */
		focusAreas: z.array(FocusAreaSchema).default([]),
		/** Why the focus areas are missing or how they came about, for readers. */
		focusAreasNote: TextSchema.optional(),
		/**
		 * The focus areas as they stood at the stages before approval (proposed, discussed), oldest
		 * first. The approved stage is `focusAreas` with `approval`, so it is not repeated here.
		 */
		focusAreaHistory: z.array(FocusAreaStageSchema).default([]),
		/**
		 * Dated steps in the making of the agreement (deadlines, meetings, decisions), in the order they
		 * happened, each as precisely dated as its source. The approval is added from `approval`.
		 */
		milestones: z.array(MilestoneSchema).default([]),
		/** The approval decision, where a source records it. */
		approval: ApprovalSchema.optional(),
		/** Editorial notes on the period as a whole. */
		notes: z.array(EditorialNoteSchema).default([]),
	})
	.superRefine((period, ctx) => {
		const years = parsePeriodId(period.id);
		if (years && (years.firstYear !== period.firstYear || years.lastYear !== period.lastYear)) {
			ctx.addIssue({
				code: 'custom',
				path: ['firstYear'],
				message: `og lastYear (${period.firstYear}-${period.lastYear}) skal passe med id "${period.id}"`,
			});
		}
		const seenIds = new Set<string>();
		const seenNumbers = new Set<number>();
		period.focusAreas.forEach((area, index) => {
			if (seenIds.has(area.id)) {
				ctx.addIssue({ code: 'custom', path: ['focusAreas', index, 'id'], message: 'er brugt to gange' });
			}
			seenIds.add(area.id);
			if (area.number !== undefined) {
				if (seenNumbers.has(area.number)) {
					ctx.addIssue({ code: 'custom', path: ['focusAreas', index, 'number'], message: 'er brugt to gange' });
				}
				seenNumbers.add(area.number);
			}
		});
		// Milestones are read in the order written, since a partial date ('2020') cannot be sorted
		// against a full one; the order must only never contradict the dates.
		period.milestones.forEach((milestone, index) => {
			const previous = period.milestones[index - 1];
			if (previous && dateBounds(previous.date).first > dateBounds(milestone.date).last) {
				ctx.addIssue({
					code: 'custom',
					path: ['milestones', index, 'date'],
					message: `ligger før den forrige milepæl (${previous.date}): skriv milepælene i tidsfølge`,
				});
			}
		});
	});

export type Period = z.output<typeof PeriodSchema>;

/** The Danish label of a vision text's kind. */
export function visionTextKindLabel(id: VisionTextKindId): string {
	return VISION_TEXT_KINDS.find((kind) => kind.id === id)!.label;
}
export type FocusArea = z.output<typeof FocusAreaSchema>;
