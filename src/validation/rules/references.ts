// Content files name each other: a document its period's focus areas, a period the documents its
// vision and focus areas are quoted from, a glossary entry its related terms. Each kind of reference
// is one finder below; adding a kind (themes, say) is adding a finder to REFERENCE_FINDERS.
import { GLOSSARY_FOLDER } from '../../schemas/glossary.ts';
import { THEMES_FOLDER } from '../../schemas/theme.ts';
import type { CheckedDocument, CheckedGlossaryEntry, CheckedPeriod, CheckedTheme } from '../checked-content.ts';
import { nearestKnown } from '../nearest-known.ts';
import type { Problem } from '../problems.ts';
import { fieldName } from '../zod-problems.ts';
import { focusAreaStageReferences } from './focus-area-stages.ts';

/** The checked content that references point into. */
export interface ReferenceContent {
	periods: readonly CheckedPeriod[];
	documents: readonly CheckedDocument[];
	glossary: readonly CheckedGlossaryEntry[];
	themes: readonly CheckedTheme[];
	/** '<period>/<slug>' of every document file, valid or not, so a typo in one file is reported once. */
	documentKeys: ReadonlySet<string>;
	/** The id of every theme file, valid or not, for the same reason. */
	themeIds: ReadonlySet<string>;
}

/** One value in a content file that must name something that exists. */
export interface Reference {
	file: string;
	line: number;
	value: string;
	/** The values that exist. */
	known: ReadonlySet<string>;
	/** The message (Danish) when the value is not among them. */
	message: string;
}

/** Finds every reference of one kind in the content. */
export type ReferenceFinder = (content: ReferenceContent) => Reference[];

const listOrNone = (values: Iterable<string>) => [...values].join(', ') || 'ingen';

/** A document's `focusAreas` name focus areas of the period it lies in. */
export const focusAreaReferences: ReferenceFinder = ({ periods, documents }) =>
	documents.flatMap((document) => {
		const period = periods.find((candidate) => candidate.data.id === document.period);
		if (!period) return [];
		const known = new Set(period.data.focusAreas.map((area) => area.id));
		return document.data.focusAreas.map((id, index) => ({
			file: document.file,
			line: document.yaml.lineOf(['focusAreas', index]) + document.yamlLineOffset,
			value: id,
			known,
			message: `${fieldName(['focusAreas', index])} "${id}" er ikke et fokusområde i perioden ${document.period} (kendte: ${listOrNone(known)})`,
		}));
	});

/** A period's vision, approval, focus areas, their history and its milestones name the documents they come from. */
export const documentReferences: ReferenceFinder = ({ periods, documentKeys }) =>
	periods.flatMap((period) => {
		const references: [PropertyKey[], string | undefined][] = [
			[['vision', 'source'], period.data.vision?.source],
			[['approval', 'source'], period.data.approval?.source],
			...period.data.focusAreas.map((area, index): [PropertyKey[], string | undefined] => [['focusAreas', index, 'source'], area.source]),
			...period.data.focusAreaHistory.map((stage, index): [PropertyKey[], string | undefined] => [['focusAreaHistory', index, 'source'], stage.source]),
			...period.data.milestones.map((milestone, index): [PropertyKey[], string | undefined] => [['milestones', index, 'source'], milestone.source]),
		];
		return references.flatMap(([path, value]) =>
			value === undefined
				? []
				: [
						{
							file: period.file,
							line: period.yaml.lineOf(path),
							value,
							known: documentKeys,
							message: `${fieldName(path)} "${value}" peger ikke på et dokument i arkivet (forventet "periode/dokument", fx "${[...documentKeys][0] ?? '2021-2022/dokument'}")`,
						},
					],
		);
	});

/** The ids in `field` of each entry (a glossary entry's `related`, a theme's `glossary`) name glossary entries. */
function glossaryIdReferences<E extends { file: string; yaml: CheckedTheme['yaml']; yamlLineOffset: number }>(
	entries: readonly E[],
	field: string,
	ids: (entry: E) => readonly string[],
	glossary: readonly CheckedGlossaryEntry[],
): Reference[] {
	const known = new Set(glossary.map((entry) => entry.id));
	return entries.flatMap((entry) =>
		ids(entry).map((id, index) => ({
			file: entry.file,
			line: entry.yaml.lineOf([field, index]) + entry.yamlLineOffset,
			value: id,
			known,
			message: `${fieldName([field, index])} "${id}" er ikke et begreb i ordlisten (${GLOSSARY_FOLDER}/${id}.md findes ikke)`,
		})),
	);
}

/** A glossary entry's `related` names other entries. */
export const glossaryReferences: ReferenceFinder = ({ glossary }) =>
	glossaryIdReferences(glossary, 'related', (entry) => entry.data.related, glossary);

function unknownThemeMessage(path: PropertyKey[], id: string, themeIds: ReadonlySet<string>): string {
	return `${fieldName(path)} "${id}" er ikke et tema: ${THEMES_FOLDER}/${id}.md findes ikke (kendte temaer: ${listOrNone(themeIds)})`;
}

/** Documents, and a period's vision, focus areas and their earlier stages, name the themes they belong to. */
export const themeReferences: ReferenceFinder = ({ periods, documents, themeIds }) => {
	const inDocuments = documents.flatMap((document) =>
		document.data.themes.map((id, index) => ({
			file: document.file,
			line: document.yaml.lineOf(['themes', index]) + document.yamlLineOffset,
			value: id,
			known: themeIds,
			message: unknownThemeMessage(['themes', index], id, themeIds),
		})),
	);
	const inPeriods = periods.flatMap(({ file, yaml, data }) => {
		const lists: [PropertyKey[], string[]][] = [
			[['vision', 'themes'], data.vision?.themes ?? []],
			...data.focusAreas.map((area, index): [PropertyKey[], string[]] => [['focusAreas', index, 'themes'], area.themes]),
			...data.focusAreaHistory.flatMap((stage, stageIndex) =>
				stage.focusAreas.map((area, index): [PropertyKey[], string[]] => [['focusAreaHistory', stageIndex, 'focusAreas', index, 'themes'], area.themes]),
			),
		];
		return lists.flatMap(([path, ids]) =>
			ids.map((id, index) => ({ file, line: yaml.lineOf([...path, index]), value: id, known: themeIds, message: unknownThemeMessage([...path, index], id, themeIds) })),
		);
	});
	return [...inDocuments, ...inPeriods];
};

/** A theme's `glossary` names the glossary entries it explains itself with. */
export const themeGlossaryReferences: ReferenceFinder = ({ themes, glossary }) =>
	glossaryIdReferences(themes, 'glossary', (theme) => theme.data.glossary, glossary);

/** Every kind of reference the content check follows. */
export const REFERENCE_FINDERS: readonly ReferenceFinder[] = [
	focusAreaStageReferences,
	documentReferences,
	glossaryReferences,
	themeReferences,
	themeGlossaryReferences,
];

/**
 * A problem for every reference that names nothing, with the known value the editor most likely
 * meant when one is a slip away (`alderdomm` for `alderdom`).
 */
export function checkReferences(content: ReferenceContent, finders = REFERENCE_FINDERS): Problem[] {
	return finders
		.flatMap((find) => find(content))
		.filter((reference) => !reference.known.has(reference.value))
		.map(({ file, line, message, value, known }) => {
			const meant = nearestKnown(value, known);
			return { file, line, message: meant ? `${message}: mente du "${meant}"?` : message };
		});
}
