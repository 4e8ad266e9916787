import type { DocumentFrontmatter } from '../schemas/document.ts';
import { absoluteAddress } from './routes.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { DocumentRecord, GlossaryRecord, PeriodRecord, PeriodStatus } from '../schemas/open-data.ts';
import type { Period } from '../schemas/period.ts';

/** The files of the open data, by name, as published under /data/. */
export const OPEN_DATA_FILES = {
	documents: '/data/documents.json',
	periods: '/data/periods.json',
	glossary: '/data/glossary.json',
	synonyms: '/data/synonyms.json',
} as const;

/** A document as published in /data/documents.json; `site` is the site's address, `url` a path. */
export function documentRecord(
	document: { period: string; slug: string; url: string; data: DocumentFrontmatter },
	site: string,
	lastUpdated: string | undefined,
): DocumentRecord {
	return {
		id: `${document.period}/${document.slug}`,
		period: document.period,
		slug: document.slug,
		url: absoluteAddress(document.url, site),
		...document.data,
		...(lastUpdated ? { lastUpdated } : {}),
	};
}

/** A period as published in /data/periods.json, with the ids of its documents. */
export function periodRecord(period: Period, path: string, status: PeriodStatus, documentIds: string[], site: string): PeriodRecord {
	return { ...period, url: absoluteAddress(path, site), status, documents: documentIds };
}

/** A glossary entry as published in /data/glossary.json. */
export function glossaryRecord(id: string, data: GlossaryEntry, explanation: string): GlossaryRecord {
	return { id, ...data, explanation: explanation.trim() };
}
