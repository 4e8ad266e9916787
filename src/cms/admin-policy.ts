// The admin page's own Content-Security-Policy. The CMS is a large application the site did not
// write, so it gets a policy of its own, on /admin/ only, that adds exactly what it needs to the
// site's policy (src/lib/security-policy.ts) and nothing for any other page.
import { CSP_DIRECTIVES, contentSecurityPolicy } from '../lib/security-policy.ts';
import { ADMIN_URL } from '../lib/routes.ts';
import type { CmsSettings } from './cms-config.ts';

/** The directives of the admin page: the site's, with what Decap CMS needs added, each with its reason. */
export function adminCspDirectives(settings: CmsSettings): Record<string, readonly string[]> {
	return {
		...CSP_DIRECTIVES,
		// Decap compiles its configuration's validator with new Function() (ajv): without
		// 'unsafe-eval' it refuses to start. Scripts still come only from the site itself.
		'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
		// Decap's components are styled at run time (emotion), in <style> elements it writes itself.
		'style-src': ["'self'", "'unsafe-inline'"],
		// The signed-in editor's picture comes from GitHub; Decap draws some icons as data: and blob: images.
		'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
		// Saving goes to GitHub's API, or, on one's own machine, to decap-server; Decap keeps a backup
		// of an unsaved draft in the browser and reads it back through fetch() of a blob: address.
		'connect-src': ["'self'", 'blob:', 'https://api.github.com', new URL(settings.localBackend).origin],
	};
}

/** The policy as the admin page's meta tag carries it. */
export function adminCspMeta(settings: CmsSettings): string {
	return contentSecurityPolicy({ forMeta: true, directives: adminCspDirectives(settings) });
}

/**
 * The `_headers` block for /admin/, appended after the site's own: `! Content-Security-Policy`
 * removes the site's policy there first (Cloudflare Pages' syntax), since two policies would both
 * apply and the stricter one would stop the CMS.
 */
export function adminHeadersBlock(settings: CmsSettings, base: string): string {
	const policy = contentSecurityPolicy({ directives: adminCspDirectives(settings) });
	return [`${base}${ADMIN_URL.slice(1)}*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`, ''].join('\n');
}
