import { z } from 'astro/zod';
import { TextSchema } from './common.ts';
import { DocumentDateSchema, UNKNOWN } from './dates.ts';
import { DocumentRefSchema } from './references.ts';

/** What a milestone is, closed list; the label is shown beside the milestone on the timeline. */
export const MILESTONE_KINDS = [
	{ id: 'dagsorden', label: 'Dagsorden' },
	{ id: 'moede', label: 'Møde' },
	{ id: 'frist', label: 'Frist' },
	{ id: 'plan', label: 'Planlagt' },
	{ id: 'beslutning', label: 'Beslutning' },
] as const;

export type MilestoneKindId = (typeof MILESTONE_KINDS)[number]['id'];

const milestoneKindIds = MILESTONE_KINDS.map((kind) => kind.id) as [MilestoneKindId, ...MilestoneKindId[]];

/** The Danish label of a milestone kind. */
export function milestoneKindLabel(id: MilestoneKindId): string {
	return MILESTONE_KINDS.find((kind) => kind.id === id)!.label;
}

/**
 * One dated step in the making of an agreement: a deadline, a meeting, a decision. Only dates a
 * source gives are milestones, as precisely as the source gives them.
 */
export const MilestoneSchema = z.strictObject({
	/**
	 * The date as precisely as the source gives it: a day, a month or a year. A season stays a year
	 * here and is worded in `dateText`.
	 * @example '2020-01-20'
	 * @example '2020'
	 */
	date: DocumentDateSchema.refine((value) => value !== UNKNOWN, {
		error: `en milepæl skal have en dato fra kilden (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ), ikke "${UNKNOWN}"`,
	}),
	/** The source's own words for an imprecise date, shown instead of the date. @example 'sommeren 2020' */
	dateText: TextSchema.optional(),
	/** What kind of step this is. */
	kind: z.enum(milestoneKindIds, { error: () => `skal være en af: ${milestoneKindIds.join(', ')}` }),
	/** What happened, in Danish, as the source tells it. */
	label: TextSchema,
	/** The document that states the date, when the archive holds it. */
	source: DocumentRefSchema.optional(),
	/** What readers should know about the step or its date. */
	note: TextSchema.optional(),
});

export type Milestone = z.output<typeof MilestoneSchema>;
