// One period's RSS feed: its documents, newest first (src/lib/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPeriodDocuments, getPeriods, type PeriodView } from '../../content.ts';
import { feedItems, feedUrl } from '../../lib/feeds.ts';
import { periodFeedTitle, ui } from '../../ui/strings.ts';
import { feedChannelData } from '../_feed-channel.ts';
import { absoluteAddress } from '../../lib/routes.ts';

export const getStaticPaths = (async () =>
	(await getPeriods()).map((period) => ({ params: { period: period.id }, props: { period } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ period: PeriodView }> = async ({ site, props: { period } }) =>
	rss({
		title: `${period.title} – ${ui.siteName}`,
		description: `${periodFeedTitle(period.title)}.`,
		site: absoluteAddress(period.url, site!),
		items: feedItems(await getPeriodDocuments(period.id)).map((item) => ({ ...item, link: absoluteAddress(item.link, site!) })),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: feedChannelData(absoluteAddress(feedUrl(period.id), site!)),
		trailingSlash: true,
	});
