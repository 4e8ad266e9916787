// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { checkContent } from './src/validation/check-content.ts';
import { contentDir, siteUrl } from './src/site-config.ts';
import { externalLinkOptions } from './src/markdown/external-links.ts';
import { footnoteBackLabel, ui } from './src/ui/strings.ts';
import { glossaryTerms } from './src/lib/glossary.ts';
import { rehypeGlossary } from './src/markdown/rehype-glossary.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeSanitizeContent } from './src/markdown/rehype-sanitize-content.ts';
import { remarkEditorialNotes } from './src/markdown/remark-editorial-notes.ts';
import { redirectsConfig } from './src/redirects.ts';
import { isSourceTextUrl } from './src/lib/routes.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

// The glossary marks terms in documents, so the Markdown pipeline needs the entries before any
// page renders. They are read with the content check (which stops the build on a bad entry first);
// as plugin options they are part of Astro's config digest, so editing the glossary re-renders.
const glossary = checkContent({ contentDir: contentDir(), rootDir: process.cwd() }).glossary;

export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed. Without
	// it, canonical links, feeds and the sitemap use the address `npm start` serves.
	site: siteUrl(),
	trailingSlash: 'always',
	// Styles and scripts always go to files of their own, never inline in the HTML, so the pages'
	// Content-Security-Policy needs no 'unsafe-inline' (Astro inlines small ones by default).
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	// A published address never changes; when one must, content/omdirigeringer.yaml sends readers on.
	redirects: redirectsConfig(contentDir()),
	devToolbar: { enabled: false },
	markdown: {
		syntaxHighlight: false,
		processor: unified({
			// unified() would add remark-gfm by itself; we turn that off and add it once, explicitly,
			// so there is exactly one GFM configuration in the pipeline.
			gfm: false,
			// SmartyPants would rewrite the sources' own quotation marks and dashes; published text
			// keeps the characters the source used.
			smartypants: false,
			remarkPlugins: [remarkGfm, remarkEditorialNotes],
			// Content from pull requests is untrusted: the sanitizer must stay the first rehype plugin,
			// so only markup our own plugins add after it (glossary marks, heading anchors, external-link
			// marks) goes beyond the allow-list.
			rehypePlugins: [
				rehypeSanitizeContent,
				[rehypeGlossary, { terms: glossaryTerms(glossary) }],
				rehypeHeadingAnchors,
				[rehypeExternalLinks, externalLinkOptions(siteUrl())],
			],
			// GFM footnotes are labelled in the page's language, not remark-rehype's English default.
			remarkRehype: { footnoteLabel: ui.footnotes, footnoteBackLabel: footnoteBackLabel },
		}),
	},
	// @astrojs/sitemap lists every page Astro builds (the 404 page is left out by design) but the
	// source-text pages, which are noindex: a sitemap lists what search engines should index.
	integrations: [mdx(), sitemap({ filter: (page) => !isSourceTextUrl(page) }), securityHeaders()],
});
