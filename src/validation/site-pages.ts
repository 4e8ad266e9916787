// The addresses the site will publish, derived before the build from the route files in src/pages
// and from the content, so the content check can tell a link that will work from one that will not.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's route files. */
export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
/** Files served as they are, e.g. /favicon.svg. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** What the dynamic routes are made from: the content's periods, documents and themes. */
export interface RouteContent {
	periods: readonly string[];
	/** Each document file's period and slug, and the source text (`source.file`) it names, if any. */
	documents: readonly { period: string; slug: string; sourceFile?: string }[];
	themes: readonly string[];
}

/**
 * How each dynamic route parameter (`[period]` in `src/pages/[period]/index.astro`) gets its values.
 * A route file with a parameter not listed here stops the check with an error for developers, so a
 * new route can never make links to it pass unchecked: add its parameter here.
 */
export const ROUTE_PARAMETERS: Readonly<Record<string, (content: RouteContent, params: Readonly<Record<string, string>>) => readonly string[]>> = {
	period: (content) => content.periods,
	document: (content, params) =>
		content.documents.filter((document) => params.period === undefined || document.period === params.period).map((document) => document.slug),
	// /[period]/[sourcedDocument]/kildetekst/: only documents made from a source text in content/kilder/.
	sourcedDocument: (content, params) =>
		content.documents
			.filter((document) => document.sourceFile !== undefined && (params.period === undefined || document.period === params.period))
			.map((document) => document.slug),
	// /sammenlign/[a]/[b]/: every ordered pair of two different periods.
	a: (content) => content.periods,
	b: (content, params) => content.periods.filter((period) => period !== params.a),
	theme: (content) => content.themes,
};

/** Astro's error pages are rendered as 404.html and 500.html, not as addresses to link to. */
const ERROR_PAGES = new Set(['404', '500']);
const PAGE_FILE = /\.(astro|md|mdx|html)$/;
const ENDPOINT_FILE = /\.(ts|js)$/;

/** A route file as the URL pattern it serves: `/[period]/[document]/`, `/soeg/`, `/data/x.json`. */
export interface Route {
	/** Path of the route file relative to src/pages. */
	file: string;
	/** The URL path segments, e.g. ['[period]', '[document]']. */
	segments: string[];
	/** True for an endpoint (a .ts/.js file such as `feed.xml.ts`): its address has no trailing slash. */
	endpoint: boolean;
}

/** Every route file under `pagesDir`, skipping files and folders whose name starts with `_`. */
export function listRoutes(pagesDir = PAGES_DIR): Route[] {
	const routes: Route[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			const endpoint = ENDPOINT_FILE.test(entry.name);
			if (!endpoint && !PAGE_FILE.test(entry.name)) continue;
			const file = relative(pagesDir, path).split('\\').join('/');
			const segments = file.replace(endpoint ? ENDPOINT_FILE : PAGE_FILE, '').split('/');
			if (!endpoint && segments.at(-1) === 'index') segments.pop();
			if (!endpoint && segments.length === 1 && ERROR_PAGES.has(segments[0]!)) continue;
			routes.push({ file, segments, endpoint });
		}
	};
	walk(pagesDir);
	return routes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every address a route publishes, with its dynamic parameters filled in from the content. */
export function routeAddresses(route: Route, content: RouteContent): string[] {
	const addresses: string[] = [];
	const expand = (index: number, parts: string[], params: Record<string, string>) => {
		if (index === route.segments.length) {
			const path = `/${parts.join('/')}`;
			addresses.push(route.endpoint || parts.length === 0 ? path : `${path}/`);
			return;
		}
		const segment = route.segments[index]!;
		const match = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(segment);
		if (!match) return expand(index + 1, [...parts, segment], params);
		const name = match[1]!;
		const values = ROUTE_PARAMETERS[name];
		if (!values) {
			throw new Error(
				`src/pages/${route.file}: the content check does not know the route parameter [${name}], so it cannot tell which addresses the route publishes. Add "${name}" to ROUTE_PARAMETERS in src/validation/site-pages.ts.`,
			);
		}
		for (const value of values(content, params)) expand(index + 1, [...parts, value], { ...params, [name]: value });
	};
	expand(0, [], {});
	return addresses;
}

/** Every file in public/ by its address, e.g. '/favicon.svg'. */
export function publicFiles(publicDir = PUBLIC_DIR): Set<string> {
	const files = new Set<string>();
	if (!existsSync(publicDir)) return files;
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.add(`/${relative(publicDir, path).split('\\').join('/')}`);
		}
	};
	walk(publicDir);
	return files;
}

/** The site as links see it: its pages, the headings' anchors on content pages, redirects and files. */
export interface SitePages {
	/** Every page address, e.g. '/', '/soeg/', '/2021-2022/', '/2021-2022/godkendelse-regionsraadet/'. */
	pages: ReadonlySet<string>;
	/** The heading anchors of each page whose headings come from content (document pages). */
	anchors: ReadonlyMap<string, readonly string[]>;
	/** Old addresses (content/omdirigeringer.yaml) and the address each now redirects to. */
	redirects: ReadonlyMap<string, string>;
	/** Files served from public/, by address. */
	files: ReadonlySet<string>;
}

/** Collects the addresses of every route, given the content that fills the dynamic ones. */
export function sitePages(
	content: RouteContent,
	anchors: ReadonlyMap<string, readonly string[]>,
	redirects: ReadonlyMap<string, string>,
	{ routes = listRoutes(), files = publicFiles() }: { routes?: Route[]; files?: ReadonlySet<string> } = {},
): SitePages {
	const pages = new Set(routes.flatMap((route) => routeAddresses(route, content)));
	return { pages, anchors, redirects, files };
}
