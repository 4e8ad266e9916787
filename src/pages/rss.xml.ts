// The site-wide RSS feed: every document, newest first (src/lib/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDocuments } from '../content.ts';
import { feedItems, feedUrl } from '../lib/feeds.ts';
import { feedChannelData } from './_feed-channel.ts';
import { absoluteAddress } from '../lib/routes.ts';
import { pageUi, ui } from '../ui/strings.ts';

export const GET: APIRoute = async ({ site }) =>
	rss({
		title: ui.siteName,
		description: `${pageUi.feedTitle}: ${ui.siteTagline}.`,
		site: site!,
		// Absolute links: @astrojs/rss would resolve '/2021-2022/x/' against the host and drop a base path.
		items: feedItems(await getDocuments()).map((item) => ({ ...item, link: absoluteAddress(item.link, site!) })),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: feedChannelData(absoluteAddress(feedUrl(), site!)),
		trailingSlash: true,
	});
