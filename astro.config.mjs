// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { externalLinkOptions } from './src/markdown/external-links.ts';
import { rehypeSanitizeContent } from './src/markdown/rehype-sanitize-content.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { remarkEditorialNotes } from './src/markdown/remark-editorial-notes.ts';
import { footnoteBackLabel, ui } from './src/ui/strings.ts';

export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed.
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	// Styles and scripts always go to files of their own, never inline in the HTML, so the pages'
	// Content-Security-Policy needs no 'unsafe-inline' (Astro inlines small ones by default).
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
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
			// so only markup our own plugins add after it goes beyond the allow-list.
			rehypePlugins: [rehypeSanitizeContent, [rehypeExternalLinks, externalLinkOptions(process.env.SITE_URL)]],
			// GFM footnotes are labelled in the page's language, not remark-rehype's English default.
			remarkRehype: { footnoteLabel: ui.footnotes, footnoteBackLabel: footnoteBackLabel },
		}),
	},
	integrations: [mdx(), securityHeaders()],
});
