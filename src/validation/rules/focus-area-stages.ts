// A document names the focus areas it discusses by the stage it belongs to: the approved ones by
// default, or those of one stage in its period's `focusAreaHistory` (`focusAreaStage`), so a document
// written before approval is never tagged with names that did not exist yet.
import { APPROVED_STAGE_ID } from '../../schemas/focus-area-history.ts';
import { fieldName } from '../zod-problems.ts';
import type { Reference, ReferenceFinder } from './references.ts';

const listOrNone = (values: Iterable<string>) => [...values].join(', ') || 'ingen';

/**
 * A document's `focusAreaStage` names a stage of its period, and its `focusAreas` name focus areas
 * of that stage (of the approved focus areas when it names no stage). Replaces the check of
 * `focusAreas` against the approved focus areas alone.
 */
const documentStageReferences: ReferenceFinder = ({ periods, documents }) =>
	documents.flatMap((document) => {
		const period = periods.find((candidate) => candidate.data.id === document.period);
		if (!period) return [];
		const line = (path: PropertyKey[]) => document.yaml.lineOf(path) + document.yamlLineOffset;
		const stageId = document.data.focusAreaStage;
		const references: Reference[] = [];
		let known: Set<string>;
		let where: string;
		if (stageId === undefined) {
			known = new Set(period.data.focusAreas.map((area) => area.id));
			where = `perioden ${document.period}`;
		} else {
			const stageIds = new Set(period.data.focusAreaHistory.flatMap((stage) => (stage.id ? [stage.id] : [])));
			references.push({
				file: document.file,
				line: line(['focusAreaStage']),
				value: stageId,
				known: stageIds,
				message:
					stageId === APPROVED_STAGE_ID
						? `focusAreaStage "${APPROVED_STAGE_ID}" skrives ikke: udelad feltet, når dokumentet bruger de godkendte fokusområder`
						: `focusAreaStage "${stageId}" er ikke et trin under focusAreaHistory i perioden ${document.period} (kendte: ${listOrNone(stageIds)}; udelad feltet for de godkendte fokusområder)`,
			});
			const stage = period.data.focusAreaHistory.find((candidate) => candidate.id === stageId);
			known = new Set(stage?.focusAreas.flatMap((area) => (area.id ? [area.id] : [])) ?? []);
			where = `trinnet "${stageId}" i perioden ${document.period}`;
			// An unknown stage is one mistake: report it once, not once more for every focus area.
			if (!stage) return references;
		}
		return [
			...references,
			...document.data.focusAreas.map((id, index) => ({
				file: document.file,
				line: line(['focusAreas', index]),
				value: id,
				known,
				message: `${fieldName(['focusAreas', index])} "${id}" er ikke et fokusområde i ${where} (kendte: ${listOrNone(known)})`,
			})),
		];
	});

/** A stage's focus area `becomes` names one of the period's approved focus areas. */
const becomesReferences: ReferenceFinder = ({ periods }) =>
	periods.flatMap(({ file, yaml, data }) => {
		const known = new Set(data.focusAreas.map((area) => area.id));
		return data.focusAreaHistory.flatMap((stage, stageIndex) =>
			stage.focusAreas.flatMap((area, index) => {
				if (area.becomes === undefined) return [];
				const path = ['focusAreaHistory', stageIndex, 'focusAreas', index, 'becomes'];
				return [{ file, line: yaml.lineOf(path), value: area.becomes, known, message: `${fieldName(path)} "${area.becomes}" er ikke et af periodens godkendte fokusområder (kendte: ${listOrNone(known)})` }];
			}),
		);
	});

/**
 * Focus areas by stage: a document's `focusAreaStage` and `focusAreas`, and a stage's `becomes`.
 * It takes the place of checking `focusAreas` against the approved focus areas alone.
 */
export const focusAreaStageReferences: ReferenceFinder = (content) => [...documentStageReferences(content), ...becomesReferences(content)];
