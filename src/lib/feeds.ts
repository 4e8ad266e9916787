import type { DocumentFrontmatter } from '../schemas/document.ts';
import { kindLabel } from '../schemas/document-kinds.ts';
import { formatDanishDate } from './dates.ts';
import { newestFirst } from './document-order.ts';

/** The address of the site-wide RSS feed, or of one period's feed. */
export function feedUrl(period?: string): string {
	return period ? `/${period}/rss.xml` : '/rss.xml';
}

/** One feed item, in the shape @astrojs/rss takes. */
export interface FeedItem {
	title: string;
	link: string;
	description: string;
	pubDate?: Date;
	categories: string[];
}

/**
 * The feed items for a list of documents, newest first and unknown dates last. RSS dates are whole
 * days and times, so only a document dated to the day gets a `pubDate`; a month, a year or an
 * unknown date is said in words in the description instead of being made more precise.
 */
export function feedItems(documents: readonly { period: string; url: string; data: DocumentFrontmatter }[]): FeedItem[] {
	return newestFirst(documents.map((document) => ({ ...document, date: document.data.date }))).map(({ period, url, data }) => {
		const fullDay = /^\d{4}-\d{2}-\d{2}$/.test(data.date);
		const inWords = formatDanishDate(data.date);
		const dateNote = fullDay ? '' : inWords ? ` Dateret ${inWords}.` : ' Datoen er ikke angivet i kilden.';
		return {
			title: data.title,
			link: url,
			description: `${data.summary}${dateNote}`,
			...(fullDay ? { pubDate: new Date(`${data.date}T00:00:00Z`) } : {}),
			categories: [period, kindLabel(data.kind)],
		};
	});
}
