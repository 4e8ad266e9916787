// A site served under a path (a GitHub Pages project site at /<repository>/) links to every page,
// asset and file under that path. Pages, components and content write the site's own paths
// ('/2021-2022/', '/soeg/'), as the content check knows them; this one step puts the base path in
// front of every root-relative address in the built HTML, so no component can forget it (the same
// approach as Lume's base_path plugin). Astro's own asset links already carry the base and are left
// as they are; feeds, the sitemap and the open data get absolute addresses from SITE_URL itself.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/routes.ts';

/**
 * A start tag as Astro and hast-util-to-html write it: attribute values always in double quotes
 * (a `"` inside one is escaped), so a `>` inside a value does not end the tag. Only addresses inside
 * tags are changed, never text that happens to read `href="/x/"`.
 */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s=>"'/]+(?:="[^"]*")?)*\s*\/?>/g;
/** The attributes that hold an address in the pages the site builds. */
const ADDRESS_ATTRIBUTE = /(\s(?:href|src|action|poster)=")(\/[^"]*)"/g;
/** A redirect page's `<meta http-equiv="refresh" content="0;url=/x/">`. */
const REFRESH = /(\scontent="\d+;\s*url=)(\/[^"]*)"/g;

/**
 * The HTML with every root-relative address put under `base`, and every absolute address on the
 * site's own `origin` too (Astro writes a redirect page's canonical link as origin + path, without
 * the base: such an address would lead off the site).
 */
export function addBasePath(html: string, base: string, origin?: string): string {
	if (base === '/') return html;
	const under = (_: string, before: string, path: string) => `${before}${withBase(path, base)}"`;
	const own = origin ? new RegExp(`(\\s(?:href|src|action|poster)=")${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\/[^"]*)"`, 'g') : undefined;
	const ownUnder = (_: string, before: string, path: string) => `${before}${origin}${withBase(path, base)}"`;
	return html.replace(START_TAG, (tag) => {
		let moved = tag.replace(ADDRESS_ATTRIBUTE, under);
		if (own) moved = moved.replace(own, ownUnder);
		return /^<meta\s/i.test(tag) && /http-equiv="refresh"/i.test(tag) ? moved.replace(REFRESH, under) : moved;
	});
}

export function basePathLinks(): AstroIntegration {
	let base = '/';
	let origin: string | undefined;
	return {
		name: 'socialaftale-base-path',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				origin = config.site ? new URL(config.site).origin : undefined;
			},
			'astro:build:done': ({ dir }) => {
				if (base === '/') return;
				const root = fileURLToPath(dir);
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const moved = addBasePath(html, base, origin);
					if (moved !== html) writeFileSync(path, moved);
				}
			},
		},
	};
}
