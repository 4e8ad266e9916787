// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { remarkEditorialNotes } from './src/markdown/remark-editorial-notes.ts';

export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed.
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	// Styles and scripts always go to files of their own, never inline in the HTML: the site is to be
	// served with a Content-Security-Policy without 'unsafe-inline' (Astro inlines small ones by default).
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
			rehypePlugins: [rehypeHeadingAnchors],
		}),
	},
	integrations: [mdx()],
});
