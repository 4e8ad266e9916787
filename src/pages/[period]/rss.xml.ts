// One period's RSS feed: its documents, newest first (src/lib/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPeriodDocuments, getPeriods, type PeriodView } from '../../content.ts';
import { feedItems, feedUrl } from '../../lib/feeds.ts';
import { periodFeedTitle, ui } from '../../ui/strings.ts';
import { feedChannelData } from '../_feed-channel.ts';

export const getStaticPaths = (async () =>
	(await getPeriods()).map((period) => ({ params: { period: period.id }, props: { period } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ period: PeriodView }> = async ({ site, props: { period } }) =>
	rss({
		title: `${period.title} – ${ui.siteName}`,
		description: `${periodFeedTitle(period.title)}.`,
		site: new URL(period.url, site).href,
		items: feedItems(await getPeriodDocuments(period.id)),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: feedChannelData(new URL(feedUrl(period.id), site).href),
		trailingSlash: true,
	});
