// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { glossaryTerms } from './src/lib/glossary.ts';
import { rehypeGlossary } from './src/markdown/rehype-glossary.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { remarkEditorialNotes } from './src/markdown/remark-editorial-notes.ts';
import { contentDir, siteUrl } from './src/site-config.ts';
import { checkContent } from './src/validation/check-content.ts';

// The glossary marks terms in documents, so the Markdown pipeline needs the entries before any
// page renders. They are read with the content check (which stops the build on a bad entry first);
// as plugin options they are part of Astro's config digest, so editing the glossary re-renders.
const glossary = checkContent({ contentDir: contentDir(), rootDir: process.cwd() }).glossary;

export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed. Without
	// it, canonical links, feeds and the sitemap use the address `npm start` serves.
	site: siteUrl(),
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
			rehypePlugins: [[rehypeGlossary, { terms: glossaryTerms(glossary) }], rehypeHeadingAnchors],
		}),
	},
	// @astrojs/sitemap lists every page Astro builds (the 404 page is left out by design).
	integrations: [mdx(), sitemap()],
});
