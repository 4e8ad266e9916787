import { isAbsolute, resolve } from 'node:path';

/**
 * Where the content lives. `SITE_CONTENT_DIR` points the site at another folder, which the tests
 * (a third period from fixtures) and the benchmark (a generated corpus) use; the default is content/.
 */
export function contentDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
	const configured = env.SITE_CONTENT_DIR ?? 'content';
	return isAbsolute(configured) ? configured : resolve(root, configured);
}

/** The name of the site as it appears in titles and the header. */
export const SITE_NAME = 'Nordjysk Socialaftale';

/** The address `npm start` serves the built site at, used when no public address is configured. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * The site's public address, for canonical links, feeds, the sitemap and the open data. A deployment
 * sets `SITE_URL`; a local build uses the address `npm start` serves, so its absolute links work
 * where it is viewed instead of pointing at an address nobody configured.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const configured = env.SITE_URL?.trim() || LOCAL_SITE_URL;
	let url: URL;
	try {
		url = new URL(configured);
	} catch {
		throw new Error(`SITE_URL "${configured}" is not an address (expected e.g. https://socialaftale.example.dk)`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL "${configured}" must begin with https:// or http://`);
	}
	if (url.search || url.hash) {
		throw new Error(`SITE_URL "${configured}" must be an address without ?query or #fragment (e.g. https://socialaftale.example.dk)`);
	}
	// A path is where the site lives on its host: a GitHub Pages project site is at /<repository>/.
	const path = url.pathname.replace(/\/+$/, '');
	if (path && !/^(\/[A-Za-z0-9._~-]+)+$/.test(path)) {
		throw new Error(`SITE_URL "${configured}" has a path with characters an address on the site cannot use`);
	}
	return `${url.origin}${path}`;
}

/**
 * The path the site is served under, with slashes on both sides: '/' at the root of a host,
 * '/socialaftale/' for `SITE_URL=https://owner.github.io/socialaftale/`. Every address the site
 * publishes starts with it (routes.ts `withBase`); content and the content check write addresses
 * without it, as paths of the site.
 */
export function basePath(env: Record<string, string | undefined> = process.env): string {
	const { pathname } = new URL(siteUrl(env));
	return pathname.endsWith('/') ? pathname : `${pathname}/`;
}


/**
 * Where a content file can be edited in the repository: `SITE_EDIT_URL` followed by the file's path in
 * the repository (for GitHub: `https://github.com/<owner>/<repo>/edit/main/`). The repository's
 * address is configuration, so without it there is no edit link rather than a made-up one.
 */
export function editUrl(repositoryPath: string, env: Record<string, string | undefined> = process.env): string | undefined {
	const base = env.SITE_EDIT_URL?.trim();
	if (!base) return undefined;
	if (!/^https?:\/\/[^/]/.test(base)) {
		throw new Error(`SITE_EDIT_URL "${base}" must be an address beginning with https:// or http://`);
	}
	const normalised = base.endsWith('/') ? base : `${base}/`;
	return new URL(repositoryPath.split('/').map(encodeURIComponent).join('/'), normalised).href;
}
