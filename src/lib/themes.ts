import { UNKNOWN } from '../schemas/dates.ts';
import { APPROVED_STAGE_ID, type FocusAreaStage } from '../schemas/focus-area-history.ts';
import type { FocusArea, Period } from '../schemas/period.ts';

/** A focus area as a stage names it: its number, title and themes. */
export type StageFocusArea = FocusAreaStage['focusAreas'][number];

/** One stage of a period's focus areas; the last one is the approved focus areas, where known. */
export interface FocusAreaStageView {
	/** The stage's id, which documents name in `focusAreaStage`; `godkendt` for the approved stage. */
	id?: string;
	/** What happened; for the approved stage, the body that approved, if recorded. */
	label?: string;
	date: string;
	/** The date in words where it is not simply the day (e.g. 'senest 27. november 2019'). */
	dateText?: string;
	source?: string;
	note?: string;
	focusAreas: StageFocusArea[];
	/** True for the stage the approved agreement names (`focusAreas` of the period). */
	approved: boolean;
}

/**
 * How a period's focus areas came about: the stages of `focusAreaHistory`, then the approved focus
 * areas with the approval's date, body and document. Empty when the sources name no focus areas.
 */
export function focusAreaStages(period: Pick<Period, 'focusAreaHistory' | 'focusAreas' | 'approval'>): FocusAreaStageView[] {
	const stages: FocusAreaStageView[] = period.focusAreaHistory.map((stage) => ({ ...stage, approved: false }));
	if (period.focusAreas.length > 0) {
		stages.push({
			id: APPROVED_STAGE_ID,
			...(period.approval ? { label: period.approval.body } : {}),
			date: period.approval?.date ?? UNKNOWN,
			...(period.approval?.source ? { source: period.approval.source } : {}),
			focusAreas: period.focusAreas.map(({ id, number, title, themes }) => ({ id, ...(number !== undefined ? { number } : {}), title, themes, becomes: id })),
			approved: true,
		});
	}
	return stages;
}

/** Where one theme appears in one period. */
export interface ThemeInPeriod<P, D> {
	period: P;
	/** True when the period's vision belongs to the theme. */
	asVision: boolean;
	/** The approved focus areas that belong to the theme. */
	focusAreas: FocusArea[];
	/** Each stage (proposal, vision day, approval) at which a focus area belonged to the theme. */
	stages: { stage: FocusAreaStageView; focusAreas: StageFocusArea[] }[];
	/** The period's documents that concern the theme. */
	documents: D[];
}

/** True when the theme appears in the period in any way. */
export function appears(found: ThemeInPeriod<unknown, unknown>): boolean {
	return found.asVision || found.focusAreas.length > 0 || found.stages.length > 0 || found.documents.length > 0;
}

/**
 * Follows a theme period by period, in the order the periods are given: as vision, as approved
 * focus area, through the focus areas' earlier stages, and in which documents.
 */
export function themeInPeriods<P extends Pick<Period, 'id' | 'vision' | 'focusAreas' | 'focusAreaHistory' | 'approval'>, D extends { period: string; themes: readonly string[] }>(
	themeId: string,
	periods: readonly P[],
	documents: readonly D[],
): ThemeInPeriod<P, D>[] {
	return periods.map((period) => ({
		period,
		asVision: period.vision?.themes.includes(themeId) ?? false,
		focusAreas: period.focusAreas.filter((area) => area.themes.includes(themeId)),
		stages: focusAreaStages(period)
			.map((stage) => ({ stage, focusAreas: stage.focusAreas.filter((area) => area.themes.includes(themeId)) }))
			.filter((found) => found.focusAreas.length > 0),
		documents: documents.filter((document) => document.period === period.id && document.themes.includes(themeId)),
	}));
}

/** Ids of the themes a period touches (vision, focus areas at any stage, documents), first seen first. */
export function periodThemeIds(
	period: Pick<Period, 'id' | 'vision' | 'focusAreas' | 'focusAreaHistory' | 'approval'>,
	documents: readonly { period: string; themes: readonly string[] }[],
): string[] {
	const ids = [
		...(period.vision?.themes ?? []),
		...focusAreaStages(period).flatMap((stage) => stage.focusAreas.flatMap((area) => area.themes)),
		...documents.filter((document) => document.period === period.id).flatMap((document) => document.themes),
	];
	return [...new Set(ids)];
}
