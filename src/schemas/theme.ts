import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';

/** The folder under content/ that holds the themes (temaer), one file per theme. */
export const THEMES_FOLDER = 'temaer';

/**
 * References to themes by id (the theme's file name in content/temaer/). The content check reports
 * an id without a theme file, with its file and line.
 * @example ['egenmestring', 'den-gode-alderdom']
 */
export const ThemeRefsSchema = z.array(SlugSchema).default([]);

/**
 * A theme (tema) that runs across periods: `content/temaer/<id>.md`. Periods and documents point
 * to it; its page follows it period by period. The frontmatter names it; the Markdown body is the
 * editors' short description, which says which documents and periods the theme comes from.
 */
export const ThemeSchema = z.strictObject({
	/** The theme's name. @example 'Den gode alderdom' */
	title: TextSchema,
	/** One or two factual sentences for the list of themes and the page's description. */
	summary: TextSchema.max(300, { error: 'må højst være 300 tegn (et eller to sætninger)' }),
	/** Ids (file names) of glossary entries that explain the theme's words. @example ['egenmestring'] */
	glossary: z.array(SlugSchema).default([]),
});

export type Theme = z.output<typeof ThemeSchema>;
