// The site-wide RSS feed: every document, newest first (src/lib/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDocuments } from '../content.ts';
import { feedItems, feedUrl } from '../lib/feeds.ts';
import { feedChannelData } from './_feed-channel.ts';
import { pageUi, ui } from '../ui/strings.ts';

export const GET: APIRoute = async ({ site }) =>
	rss({
		title: ui.siteName,
		description: `${pageUi.feedTitle}: ${ui.siteTagline}.`,
		site: site!,
		items: feedItems(await getDocuments()),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: feedChannelData(new URL(feedUrl(), site).href),
		trailingSlash: true,
	});
