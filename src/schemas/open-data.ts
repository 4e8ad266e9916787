import { z } from 'astro/zod';
import { PeriodIdSchema, SlugSchema, TextSchema } from './common.ts';
import { IsoDateSchema } from './dates.ts';
import { DocumentFrontmatterSchema } from './document.ts';
import { GlossaryEntrySchema } from './glossary.ts';
import { SynonymGroupSchema } from './synonyms.ts';
import { DocumentRefSchema, PeriodSchema } from './period.ts';

// The open data (/data/*.json) is the content's own schemas plus what the site adds (ids and
// addresses), so an export can never drift from what editors write: a field added to a schema
// appears in the export, and the tests parse the published files with these very schemas.

/** A period's status on the day the site was built. */
export const PeriodStatusSchema = z.enum(['kommende', 'loebende', 'afsluttet']);

export type PeriodStatus = z.output<typeof PeriodStatusSchema>;

const AbsoluteUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * One document in /data/documents.json: where it is published, then its frontmatter. Built from the
 * frontmatter schema's own fields (it has no refinements to lose), with the site's fields first, as
 * a reader of the file meets them.
 */
export const DocumentRecordSchema = z.strictObject({
	/** The document's id: its period and slug. @example '2021-2022/godkendelse-regionsraadet' */
	id: DocumentRefSchema,
	/** The period the document belongs to. */
	period: PeriodIdSchema,
	/** The document's part of its address (the file name). */
	slug: SlugSchema,
	/** The document's page on the site. */
	url: AbsoluteUrlSchema,
	...DocumentFrontmatterSchema.shape,
	/** When the document's file last changed, as its history records it; absent where not recorded. */
	lastUpdated: z.iso.datetime({ offset: true }).optional(),
});

/** One period in /data/periods.json: its metadata, status and documents. */
export const PeriodRecordSchema = PeriodSchema.safeExtend({
	/** The period's page on the site. */
	url: AbsoluteUrlSchema,
	/** The period's status on the build day (`generated`). */
	status: PeriodStatusSchema,
	/** Ids of the period's documents, oldest first. */
	documents: z.array(DocumentRefSchema),
});

/** One entry in /data/glossary.json: its frontmatter and its explanation. */
export const GlossaryRecordSchema = GlossaryEntrySchema.safeExtend({
	/** The entry's id: its file name. */
	id: SlugSchema,
	/** The plain-Danish explanation, as Markdown. */
	explanation: TextSchema,
});

/**
 * One group in /data/synonyms.json: a group of content/synonymer.yaml as the editors wrote it. The
 * list is the editors' own, not the sources'.
 */
export const SynonymRecordSchema = SynonymGroupSchema;

/** The build day the export was made on, at the top of every file. */
const generated = IsoDateSchema;

/** The whole of /data/documents.json. */
export const DocumentsExportSchema = z.strictObject({ generated, documents: z.array(DocumentRecordSchema) });
/** The whole of /data/periods.json. */
export const PeriodsExportSchema = z.strictObject({ generated, periods: z.array(PeriodRecordSchema) });
/** The whole of /data/glossary.json. */
export const GlossaryExportSchema = z.strictObject({ generated, glossary: z.array(GlossaryRecordSchema) });
/** The whole of /data/synonyms.json. */
export const SynonymsExportSchema = z.strictObject({ generated, synonyms: z.array(SynonymRecordSchema) });

export type DocumentRecord = z.output<typeof DocumentRecordSchema>;
export type PeriodRecord = z.output<typeof PeriodRecordSchema>;
export type GlossaryRecord = z.output<typeof GlossaryRecordSchema>;
export type SynonymRecord = z.output<typeof SynonymRecordSchema>;
