import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-policy.ts';

/**
 * Writes `_headers` (Netlify and Cloudflare Pages format) into the built site: the security
 * headers from src/lib/security-policy.ts, the same module the pages' CSP meta tag comes from.
 * A route cannot do this, since Astro does not build pages whose names start with `_`.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'socialaftale:security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), headersFile());
			},
		},
	};
}
