// The only module that queries content collections. Pages import these prepared lists;
// components receive plain data through props.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from './lib/dates.ts';
import { sortByDate } from './lib/documents.ts';
import { newestPeriod, periodStatus, sortPeriodsNewestFirst, type PeriodStatus } from './lib/periods.ts';
import { documentUrl, periodUrl } from './lib/versions.ts';
import type { Period } from './schemas/index.ts';

export interface PeriodView extends Period {
	url: string;
	status: PeriodStatus;
	isNewest: boolean;
}

export interface DocumentView {
	entry: CollectionEntry<'documents'>;
	period: string;
	slug: string;
	url: string;
	data: CollectionEntry<'documents'>['data'];
	/** Convenience copies for sorting and grouping helpers. */
	kind: CollectionEntry<'documents'>['data']['kind'];
	date: string;
	title: string;
}

let cache: Promise<{ periods: PeriodView[]; documents: DocumentView[] }> | undefined;

async function load() {
	const today = buildDate();
	const periodEntries = await getCollection('periods');
	const newest = newestPeriod(periodEntries.map((entry) => entry.data));
	const periods = sortPeriodsNewestFirst(periodEntries.map((entry) => entry.data)).map((period) => ({
		...period,
		url: periodUrl(period.id),
		status: periodStatus(period, today),
		isNewest: period.id === newest?.id,
	}));
	const documents = sortByDate(
		(await getCollection('documents')).map((entry) => {
			const [period, slug] = entry.id.split('/') as [string, string];
			return {
				entry,
				period,
				slug,
				url: documentUrl(period, slug),
				data: entry.data,
				kind: entry.data.kind,
				date: entry.data.date,
				title: entry.data.title,
			};
		}),
	);
	return { periods, documents };
}

function content() {
	cache ??= load();
	return cache;
}

/** All periods, newest first, with their status on the build date. */
export async function getPeriods(): Promise<PeriodView[]> {
	return (await content()).periods;
}

/** All documents, oldest first. */
export async function getDocuments(): Promise<DocumentView[]> {
	return (await content()).documents;
}

/** The documents of one period, oldest first. */
export async function getPeriodDocuments(period: string): Promise<DocumentView[]> {
	return (await getDocuments()).filter((document) => document.period === period);
}

/** '<period>/<slug>' of every document, for the period switcher's look-ups. */
export async function getDocumentKeys(): Promise<Set<string>> {
	return new Set((await getDocuments()).map((document) => `${document.period}/${document.slug}`));
}

/** The glossary (ordliste) entries, by file name. */
export async function getGlossary(): Promise<CollectionEntry<'glossary'>[]> {
	return getCollection('glossary');
}
