// Serves Decap CMS from the site itself, at /admin/decap/: the prebuilt bundle of the `decap-cms`
// package that `npm install` unpacks (src/cms/decap-bundle.ts), copied into the build (and served by
// `npm run dev`), never loaded from a CDN.
import { appendFileSync, copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_URL } from '../lib/routes.ts';
import { adminHeadersBlock } from './admin-policy.ts';
import { DECAP_SCRIPT, decapBundleDir } from './decap-bundle.ts';
import type { CmsSettings } from './cms-config.ts';

/** Where on the site the CMS's own files are, below the base path. */
export const DECAP_PATH = `${ADMIN_URL.slice(1)}decap/`;

/** The bundle's files: the entry, the parts it loads on demand, its WebAssembly and its licences. */
function bundleFiles(dir: string): string[] {
	return readdirSync(dir).filter((name) => name === DECAP_SCRIPT || name.endsWith('.decap-cms.js') || name.endsWith('.wasm') || name === `${DECAP_SCRIPT}.LICENSE.txt`);
}

/**
 * Copies the CMS into the build and gives /admin/ its own policy in `_headers` (after the site's,
 * which src/integrations/security-headers.ts writes first: keep this integration after that one).
 */
export function decapAssets(settings: CmsSettings): AstroIntegration {
	let base = '/';
	return {
		name: 'socialaftale:decap-assets',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server }) => {
				const dir = decapBundleDir();
				const files = new Set(bundleFiles(dir));
				server.middlewares.use((request, response, next) => {
					const name = request.url?.split('?')[0]?.split(`/${DECAP_PATH}`)[1];
					if (!name || !files.has(name)) return next();
					response.setHeader('content-type', name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.js') ? 'text/javascript' : 'text/plain');
					createReadStream(join(dir, name)).pipe(response);
				});
			},
			'astro:build:done': ({ dir }) => {
				const from = decapBundleDir();
				const to = join(fileURLToPath(dir), DECAP_PATH);
				mkdirSync(to, { recursive: true });
				for (const name of bundleFiles(from)) copyFileSync(join(from, name), join(to, name));
				if (!existsSync(join(to, DECAP_SCRIPT))) throw new Error(`decap-assets: ${DECAP_SCRIPT} was not copied`);
				appendFileSync(join(fileURLToPath(dir), '_headers'), adminHeadersBlock(settings, base));
			},
		},
	};
}
