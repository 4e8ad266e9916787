// @ts-check
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { basePath, contentDir, siteUrl } from './src/site-config.ts';
import { externalLinkOptions } from './src/markdown/external-links.ts';
import { REMARK_PLUGINS, REMARK_REHYPE_OPTIONS } from './src/markdown/dialect.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeSanitizeContent } from './src/markdown/rehype-sanitize-content.ts';
import { isAdminUrl, isSourceTextUrl } from './src/lib/routes.ts';
import { redirectsConfig } from './src/redirects.ts';
import { basePathLinks } from './src/integrations/base-path.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentRefreshOnChange } from './src/integrations/content-refresh.ts';
import { refuseCommittedCaches } from './src/integrations/committed-caches.ts';
import { cmsSettings } from './src/cms/cms-config.ts';
import { decapAssets } from './src/cms/decap-assets.ts';

// Content is not rendered through this configuration: the collections' loader renders each body
// from the content check's own parse (src/content-source/loader.ts, src/markdown/render.ts), and
// MDX in content is a syntax there, never compiled to code. Nothing here reads or checks content
// but the redirects file, which Astro needs before anything else.
export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed. Without
	// it, canonical links, feeds and the sitemap use the address `npm start` serves.
	site: siteUrl(),
	// Where on its host the site lives: '/' or, for a GitHub Pages project site, '/<repository>/'.
	// Astro puts its own assets there; src/integrations/base-path.ts puts every other link there.
	base: basePath(),
	trailingSlash: 'always',
	// Styles and scripts always go to files of their own, never inline in the HTML, so the pages'
	// Content-Security-Policy needs no 'unsafe-inline' (Astro inlines small ones by default).
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		build: { assetsInlineLimit: 0 },
		// The builds' caches (src/build-cache.ts) are written while the dev server runs: the content
		// check's results and the rendered HTML of each saved body. Watched, each new .html file there
		// made Vite reload the browser before the change it came from was synced.
		server: { watch: { ignored: ['**/.build/**'] } },
	},
	// A published address never changes; when one must, content/omdirigeringer.yaml sends readers on.
	redirects: redirectsConfig(contentDir()),
	devToolbar: { enabled: false },
	// A rebuild copies each document page from the build before when its cache key (src/page-cache-key.ts)
	// and its code are what they were; every other page is rendered each time.
	experimental: { incrementalBuild: true },
	markdown: {
		syntaxHighlight: false,
		// The site's one dialect (src/markdown/dialect.ts), for any Markdown page of the project's own.
		processor: unified({
			// unified() would add remark-gfm by itself; we turn that off and add it once, explicitly,
			// so there is exactly one GFM configuration in the pipeline.
			gfm: false,
			// SmartyPants would rewrite the sources' own quotation marks and dashes.
			smartypants: false,
			remarkPlugins: [remarkGfm, ...REMARK_PLUGINS],
			rehypePlugins: [rehypeSanitizeContent, rehypeHeadingAnchors, [rehypeExternalLinks, externalLinkOptions(siteUrl())]],
			remarkRehype: REMARK_REHYPE_OPTIONS,
		}),
	},
	// @astrojs/sitemap lists every page Astro builds (the 404 page is left out by design) but the
	// source-text pages and the CMS at /admin/, which are noindex: a sitemap lists what search engines
	// should index. decapAssets follows securityHeaders: it adds /admin/'s own policy to _headers.
	integrations: [
		refuseCommittedCaches(),
		sitemap({ filter: (page) => !isSourceTextUrl(page) && !isAdminUrl(page) }),
		securityHeaders(),
		decapAssets(cmsSettings(process.env, siteUrl())),
		basePathLinks(),
		contentRefreshOnChange(),
	],
});
