// Tells search engines where the sitemap is; the address follows SITE_URL.
import type { APIRoute } from 'astro';
import { absoluteAddress } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteAddress('/sitemap-index.xml', site!)}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
