// Which focus areas a document discusses, named as the document itself named them: a document
// written before the approval is tagged with the stage it belongs to (proposed, discussed), never
// with names that did not exist yet. The page, the search filter and the tests all ask this module.
import { formatDanishDate } from './dates.ts';
import { focusAreaStages, type FocusAreaStageView } from './themes.ts';
import { APPROVED_STAGE_ID } from '../schemas/focus-area-history.ts';
import type { FocusArea, Period } from '../schemas/period.ts';

/** One focus area a document discusses. */
export interface FocusAreaTag {
	/** The focus area's id at the document's stage. */
	id: string;
	/** The name the document's stage used, exactly as its source writes it. */
	title: string;
	number?: number;
	/** The stage the name belongs to. */
	stage: FocusAreaStageView;
	/**
	 * The approved focus area it became, by the editors' link (`becomes`); absent where the editors
	 * cannot tell, and for a tag of the approved stage, which is itself approved.
	 */
	became?: FocusArea;
}

type PeriodStages = Pick<Period, 'focusAreaHistory' | 'focusAreas' | 'approval'>;

/** The stage a document belongs to: the one it names, or the approved focus areas. */
export function documentStage(period: PeriodStages, document: { focusAreaStage?: string | undefined }): FocusAreaStageView | undefined {
	const stages = focusAreaStages(period);
	return document.focusAreaStage === undefined ? stages.find((stage) => stage.id === APPROVED_STAGE_ID) : stages.find((stage) => stage.id === document.focusAreaStage);
}

/** The focus areas a document discusses, in its stage's order, each with the name it used. */
export function documentFocusAreaTags(
	period: PeriodStages,
	document: { focusAreaStage?: string | undefined; focusAreas: readonly string[] },
): FocusAreaTag[] {
	const stage = documentStage(period, document);
	if (!stage) return [];
	return stage.focusAreas
		.filter((area) => area.id !== undefined && document.focusAreas.includes(area.id))
		.map((area) => {
			const became = stage.id === APPROVED_STAGE_ID ? undefined : period.focusAreas.find((approved) => approved.id === area.becomes);
			return { id: area.id!, title: area.title, ...(area.number !== undefined ? { number: area.number } : {}), stage, ...(became ? { became } : {}) };
		});
}

/** A stage's date for readers: its own words where it has them, else the date as precisely as known. */
export function stageDateText(stage: Pick<FocusAreaStageView, 'date' | 'dateText'>): string | undefined {
	return stage.dateText ?? formatDanishDate(stage.date);
}
