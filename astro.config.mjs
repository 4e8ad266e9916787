// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { glossaryTerms } from './src/lib/glossary.ts';
import { rehypeGlossary } from './src/markdown/rehype-glossary.ts';
import { remarkEditorialNotes } from './src/markdown/remark-editorial-notes.ts';
import { contentDir } from './src/site-config.ts';
import { checkContent } from './src/validation/check-content.ts';

// The glossary marks terms in documents, so the Markdown pipeline needs the entries before any
// page renders. They are read with the content check (which stops the build on a bad entry first);
// as plugin options they are part of Astro's config digest, so editing the glossary re-renders.
const glossary = checkContent({ contentDir: contentDir(), rootDir: process.cwd() }).glossary;

export default defineConfig({
	// The public address is configuration, not code: set SITE_URL where the site is deployed.
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	build: { format: 'directory' },
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
			rehypePlugins: [[rehypeGlossary, { terms: glossaryTerms(glossary) }]],
		}),
	},
	integrations: [mdx()],
});
