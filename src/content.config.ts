// Wiring only: each collection's loader and the shared schema that types it. The loader stores what
// the content check read and validated (src/content-source/loader.ts); Astro reads no content file itself.
import { defineCollection } from 'astro:content';
import { contentLoader } from './content-source/loader.ts';
import { ContentProblemsSchema } from './schemas/content-problem.ts';
import { DocumentFrontmatterSchema, GlossaryEntrySchema, PeriodSchema, SynonymCollectionSchema, ThemeSchema } from './schemas/index.ts';

export const collections = {
	periods: defineCollection({ loader: contentLoader('periods'), schema: PeriodSchema }),
	// The id is the document's public path below the site root: '<period>/<slug>'.
	documents: defineCollection({ loader: contentLoader('documents'), schema: DocumentFrontmatterSchema }),
	glossary: defineCollection({ loader: contentLoader('glossary'), schema: GlossaryEntrySchema }),
	themes: defineCollection({ loader: contentLoader('themes'), schema: ThemeSchema }),
	// One entry: the groups of content/synonymer.yaml, in the file's order (none without the file).
	synonyms: defineCollection({ loader: contentLoader('synonyms'), schema: SynonymCollectionSchema }),
	// One entry: whether this is the dev server's preview, and then the check's problems for its banner.
	contentProblems: defineCollection({ loader: contentLoader('contentProblems'), schema: ContentProblemsSchema }),
};
