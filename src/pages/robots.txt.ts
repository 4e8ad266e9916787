// Tells search engines where the sitemap is; the address follows SITE_URL.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
