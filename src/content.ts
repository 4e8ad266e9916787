// The only module that queries content collections. Pages import these prepared lists;
// components receive plain data through props.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { sortDanish } from './lib/danish-order.ts';
import { buildDate } from './lib/dates.ts';
import { sortByDate } from './lib/documents.ts';
import { newestPeriod, periodStatus, sortPeriodsNewestFirst, type PeriodStatus } from './lib/periods.ts';
import { glossaryEntryUrl, themeUrl } from './lib/routes.ts';
import { documentUrl, periodUrl } from './lib/routes.ts';
import { CURRENT_PROBLEMS_ID, type ContentProblem } from './schemas/content-problem.ts';
import type { Period, SynonymGroup } from './schemas/index.ts';

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

/** Every document with the period it belongs to: what each page about one document is given. */
export async function getDocumentsWithPeriods(): Promise<{ document: DocumentView; period: PeriodView }[]> {
	const periods = new Map((await getPeriods()).map((period) => [period.id, period]));
	return (await getDocuments()).map((document) => ({ document, period: periods.get(document.period)! }));
}

/**
 * The ids of the glossary terms a document uses, as the loader found them in its Markdown with the
 * matcher that marks them (src/content-source/loader.ts): the store keeps a document's Markdown only
 * where a page needs the text itself.
 */
export function termsUsedIn(document: DocumentView): string[] {
	const terms = document.entry.rendered?.metadata?.terms;
	if (!Array.isArray(terms)) throw new Error(`${document.entry.filePath}: the content loader stored no glossary terms for this document`);
	return terms as string[];
}

/** '<period>/<slug>' of every document, for the period switcher's look-ups. */
export async function getDocumentKeys(): Promise<Set<string>> {
	return new Set((await getDocuments()).map((document) => `${document.period}/${document.slug}`));
}

/** A theme with its address, for the theme pages and links to them. */
export interface ThemeView {
	id: string;
	url: string;
	entry: CollectionEntry<'themes'>;
	data: CollectionEntry<'themes'>['data'];
}

/** All themes, by title with Danish collation. */
export async function getThemes(): Promise<ThemeView[]> {
	const entries = await getCollection('themes');
	return sortDanish(
		entries.map((entry) => ({ id: entry.id, url: themeUrl(entry.id), entry, data: entry.data })),
		(theme) => theme.data.title,
	);
}

/** A glossary entry with its address (an anchor on the glossary page). */
export interface GlossaryView {
	id: string;
	url: string;
	entry: CollectionEntry<'glossary'>;
	data: CollectionEntry<'glossary'>['data'];
}

/** All glossary entries, A to Å by term with Danish collation. */
export async function getGlossary(): Promise<GlossaryView[]> {
	const entries = await getCollection('glossary');
	return sortDanish(
		entries.map((entry) => ({ id: entry.id, url: glossaryEntryUrl(entry.id), entry, data: entry.data })),
		(item) => item.data.term,
	);
}

/** The editors' synonym groups (content/synonymer.yaml), in the file's order. */
export async function getSynonyms(): Promise<SynonymGroup[]> {
	return (await getCollection('synonyms')).flatMap((entry) => entry.data.groups);
}

/** Documents by '<period>/<slug>', the form periods and milestones refer to them by. */
export async function getDocumentsByRef(): Promise<Map<string, DocumentView>> {
	return new Map((await getDocuments()).map((document) => [`${document.period}/${document.slug}`, document]));
}

/** What the page shows only in the dev server's preview. */
export interface PreviewState {
	/** True only in `astro dev`: the pages may then use the dev policy and show the banner. */
	preview: boolean;
	/** The latest check's problems, in the order `npm run check` prints them. */
	problems: ContentProblem[];
}

/**
 * Whether the page is rendered by the dev server, and the content check's problems if so. A build
 * is never a preview, even one run with NODE_ENV=test, where `import.meta.env.DEV` is true too:
 * the dev server's loader alone says so (src/content-source/problems-collection.ts).
 */
export async function getPreviewState(): Promise<PreviewState> {
	if (!import.meta.env.DEV) return { preview: false, problems: [] };
	const entry = await getEntry('contentProblems', CURRENT_PROBLEMS_ID);
	return entry?.data.preview ? entry.data : { preview: false, problems: [] };
}
