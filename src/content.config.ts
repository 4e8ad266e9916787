// Wiring only: which files make up each collection, and the shared schema that validates them.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { slugFromPath } from './lib/slugs.ts';
import { DocumentFrontmatterSchema, GLOSSARY_FOLDER, GlossaryEntrySchema, PERIOD_FILE, PeriodSchema, SOURCES_FOLDER, THEMES_FOLDER, ThemeSchema } from './schemas/index.ts';
import { contentDir } from './site-config.ts';

const base = contentDir();
const periodOf = (entry: string) => entry.split('/')[0]!;

const periods = defineCollection({
	loader: glob({ pattern: `*/${PERIOD_FILE}`, base, generateId: ({ entry }) => periodOf(entry) }),
	schema: PeriodSchema,
});

const documents = defineCollection({
	loader: glob({
		// Every Markdown file in a period folder; the glossary and theme folders are collections of their own,
		// and the sources folder holds raw texts and their register (README.md), not documents.
		pattern: ['*/*.{md,mdx}', `!${GLOSSARY_FOLDER}/**`, `!${THEMES_FOLDER}/**`, `!${SOURCES_FOLDER}/**`],
		base,
		// The id is the document's public path below the site root: '<period>/<slug>'.
		generateId: ({ entry }) => `${periodOf(entry)}/${slugFromPath(entry)}`,
	}),
	schema: DocumentFrontmatterSchema,
});

const glossary = defineCollection({
	loader: glob({ pattern: `${GLOSSARY_FOLDER}/*.md`, base, generateId: ({ entry }) => slugFromPath(entry) }),
	schema: GlossaryEntrySchema,
});

const themes = defineCollection({
	loader: glob({ pattern: `${THEMES_FOLDER}/*.md`, base, generateId: ({ entry }) => slugFromPath(entry) }),
	schema: ThemeSchema,
});

export const collections = { periods, documents, glossary, themes };
