// The site's security policy, in one place: the Content-Security-Policy meta tag on every page
// (BaseLayout) and the `_headers` file for static hosts (src/integrations/security-headers.ts)
// are both written from here, so the two can never say different things.

/**
 * Content-Security-Policy directives. The site loads nothing from anywhere but itself, runs no
 * inline script or style, and is never framed.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
	// Everything not named below is refused.
	'default-src': ["'none'"],
	// Our own bundled modules only. Pagefind compiles its search engine from WebAssembly, which
	// browsers allow only with 'wasm-unsafe-eval' (it does not permit JavaScript eval).
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	// Stylesheets are files (astro.config.mjs turns off inlining), never style attributes.
	'style-src': ["'self'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	// Pagefind fetches its index and WebAssembly from /pagefind/ and runs in a worker from there.
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'manifest-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'none'"],
	// The search forms submit to the site's own search page.
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
};

/**
 * What `astro dev` needs on top, and only there: Vite puts every stylesheet in a `<style>` element
 * (and swaps it on each save), which 'self' refuses, so the preview looked unstyled. Its client
 * script is a file and its reload socket is the page's own host, which 'self' already allows.
 * The build never uses this: BaseLayout asks for it only when the dev server renders the page
 * (getPreviewState in src/content.ts; `import.meta.env.DEV` alone is true in a NODE_ENV=test build).
 */
export const DEV_ONLY_SOURCES: Readonly<Record<string, readonly string[]>> = {
	'style-src': ["'unsafe-inline'"],
};

/** Directives browsers ignore (with a console warning) in a meta tag; they go in the header only. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors'];

/**
 * The policy as one header value; `forMeta` leaves out what a meta tag cannot carry, `dev` adds
 * what the dev server's preview needs (DEV_ONLY_SOURCES) and must never be set for a build.
 */
export function contentSecurityPolicy({
	forMeta = false,
	dev = false,
	directives = CSP_DIRECTIVES,
}: {
	forMeta?: boolean;
	dev?: boolean;
	/** Another page's own directives (the CMS at /admin/, src/cms/admin-policy.ts). */
	directives?: Readonly<Record<string, readonly string[]>>;
} = {}): string {
	return Object.entries(directives)
		.filter(([name]) => !forMeta || !HEADER_ONLY_DIRECTIVES.includes(name))
		.map(([name, values]) => `${name} ${[...values, ...(dev ? (DEV_ONLY_SOURCES[name] ?? []) : [])].join(' ')}`)
		.join('; ');
}

/** Sent with no referrer at all: readers' paths through the site are nobody else's business. */
export const REFERRER_POLICY = 'no-referrer';

/** Browser features the site never uses, turned off so nothing embedded could use them either. */
const DISABLED_FEATURES = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'geolocation',
	'gyroscope',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'picture-in-picture',
	'publickey-credentials-get',
	'screen-wake-lock',
	'usb',
	'xr-spatial-tracking',
];

/** The HTTP headers every response of the site should carry, as the `_headers` file states them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': contentSecurityPolicy(),
	// One year, for the site's host and its subdomains; not 'preload', which only the owner of the
	// domain can decide.
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': REFERRER_POLICY,
	'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
	// For browsers that predate frame-ancestors.
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The `_headers` file as Netlify and Cloudflare Pages read it: a path pattern, then indented
 * `Name: value` lines that apply to every response under it.
 */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return ['# Written by the build from src/lib/security-policy.ts; edit that file, not this one.', '/*', ...lines, ''].join('\n');
}

/** Reads a `_headers` file back: the headers for each path pattern. */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
	const result: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = result[line.trim()] ??= {};
			continue;
		}
		const colon = line.indexOf(':');
		if (current && colon > 0) current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return result;
}
