// What the content check hands on: every valid file, parsed once, with where each value stood.
// The rules, the collections' loader and the bench read these types; the orchestrator
// (check-content.ts) produces them. Kept apart so the rules need not import the orchestrator.
import type { ParsedBody } from './markdown.ts';
import type { DocumentFrontmatter } from '../schemas/document.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Period } from '../schemas/period.ts';
import type { Theme } from '../schemas/theme.ts';
import type { YamlSource } from '../content-source/yaml-source.ts';
import type { Problem } from './problems.ts';
import type { CheckedRedirect } from './redirects.ts';
import type { SitePages } from './site-pages.ts';
import type { CheckedSynonymGroup } from './synonyms.ts';

export interface CheckedPeriod {
	/** Project-relative path of the period file. */
	file: string;
	data: Period;
	yaml: YamlSource;
}

/** A Markdown file of any collection: frontmatter checked by its schema, body parsed once. */
export interface CheckedMarkdownFile<T> {
	/** Project-relative path of the file. */
	file: string;
	/** Absolute path of the file. */
	path: string;
	/** The id in its collection (see content-source/content-files.ts). */
	id: string;
	data: T;
	/** The body text. */
	body: string;
	bodyFirstLine: number;
	/** The frontmatter as parsed, for the line of each field. */
	yaml: YamlSource;
	/** Lines before the frontmatter's first line (the opening `---`): file line = YAML line + this. */
	yamlLineOffset: number;
	/** The body as a Markdown (or MDX) syntax tree: the one parse the rules read and the site renders. */
	markdown: ParsedBody;
	/** A digest of the file's text, so unchanged files need not be rendered again. */
	digest: string;
}

export interface CheckedDocument extends CheckedMarkdownFile<DocumentFrontmatter> {
	period: string;
	slug: string;
}

export type CheckedGlossaryEntry = CheckedMarkdownFile<GlossaryEntry>;

export type CheckedTheme = CheckedMarkdownFile<Theme>;

export interface ContentCheck {
	problems: Problem[];
	periods: CheckedPeriod[];
	documents: CheckedDocument[];
	glossary: CheckedGlossaryEntry[];
	themes: CheckedTheme[];
	/** The moved addresses of content/omdirigeringer.yaml. */
	redirects: CheckedRedirect[];
	/** The groups of content/synonymer.yaml, the editors' synonyms for the search. */
	synonyms: CheckedSynonymGroup[];
	/** The addresses the site will publish, as the link rule saw them. */
	site?: SitePages;
}
