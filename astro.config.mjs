// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { remarkEditorialNotes } from './src/markdown/remark-editorial-notes.ts';
import { redirectsConfig } from './src/redirects.ts';
import { contentDir } from './src/site-config.ts';

export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed.
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	build: { format: 'directory' },
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
		}),
	},
	integrations: [mdx()],
});
