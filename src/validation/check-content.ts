import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { parsePeriodId } from '../schemas/common.ts';
import { DocumentFrontmatterSchema, SOURCES_FOLDER, type DocumentFrontmatter } from '../schemas/document.ts';
import { GLOSSARY_FOLDER, GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { PERIOD_FILE, PeriodSchema, type Period } from '../schemas/period.ts';
import { REDIRECTS_FILE } from '../schemas/redirects.ts';
import { THEMES_FOLDER, ThemeSchema, type Theme } from '../schemas/theme.ts';
import { duplicateForms, glossaryTerms } from '../lib/glossary.ts';
import { RESERVED_DOCUMENT_SLUGS } from '../lib/routes.ts';
import '../schemas/index.ts'; // Danish zod messages
import { slugFromPath } from '../lib/slugs.ts';
import { listSourceFiles } from '../lib/source-texts.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseBody, type ParsedBody } from './markdown.ts';
import { compareCodeUnits, type Problem } from './problems.ts';
import { readRedirects, type CheckedRedirect } from './redirects.ts';
import { checkReferences } from './rules/references.ts';
import { checkSourceFiles } from './rules/source-files.ts';
import type { Speller } from './rules/spelling.ts';
import type { SitePages } from './site-pages.ts';
import { checkTexts } from './text-rules.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { problemsFromZod } from './zod-problems.ts';

export interface CheckedPeriod {
	/** Project-relative path of the period file. */
	file: string;
	data: Period;
	yaml: YamlSource;
}

export interface CheckedDocument {
	/** Project-relative path of the document file. */
	file: string;
	period: string;
	slug: string;
	data: DocumentFrontmatter;
	body: string;
	bodyFirstLine: number;
	/** The frontmatter as parsed, for the line of each field. */
	yaml: YamlSource;
	/** Lines before the frontmatter's first line (the opening `---`): file line = YAML line + this. */
	yamlLineOffset: number;
	/** The body as a Markdown (or MDX) syntax tree. */
	markdown: ParsedBody;
}

export interface CheckedGlossaryEntry {
	/** Project-relative path of the entry file. */
	file: string;
	/** The entry's id: its file name as a slug. */
	id: string;
	data: GlossaryEntry;
	/** The explanation, Markdown. */
	body: string;
	/** The frontmatter as parsed, for the line of each field. */
	yaml: YamlSource;
	/** File line = YAML line + this. */
	yamlLineOffset: number;
	/** The explanation as a Markdown syntax tree. */
	markdown: ParsedBody;
}

export interface CheckedTheme {
	/** Project-relative path of the theme file. */
	file: string;
	/** The theme's id: its file name as a slug. */
	id: string;
	data: Theme;
	/** The editors' description, Markdown. */
	body: string;
	/** The frontmatter as parsed, for the line of each field. */
	yaml: YamlSource;
	/** File line = YAML line + this. */
	yamlLineOffset: number;
	/** The description as a Markdown syntax tree. */
	markdown: ParsedBody;
}

export interface ContentCheck {
	problems: Problem[];
	periods: CheckedPeriod[];
	documents: CheckedDocument[];
	glossary: CheckedGlossaryEntry[];
	themes: CheckedTheme[];
	/** The moved addresses of content/omdirigeringer.yaml. */
	redirects: CheckedRedirect[];
	/** The addresses the site will publish, as the link rule saw them. */
	site?: SitePages;
}

/** What else the check may be given; tests use it to check with other dictionaries. */
export interface CheckOptions {
	/** The spelling dictionaries; by default the project's (cspell.json). */
	speller?: Speller;
}

const DOCUMENT_FILE = /\.(md|mdx)$/i;

/**
 * Validates every file under the content folder with the shared schemas and the rules that tie
 * files together (folders are periods, references resolve, slugs are unique). Nothing is skipped
 * silently: a file the site would not publish is a problem, not a quiet omission.
 */
export function checkContent({ contentDir, rootDir, speller }: { contentDir: string; rootDir: string } & CheckOptions): ContentCheck {
	const problems: Problem[] = [];
	const periods: CheckedPeriod[] = [];
	const documents: CheckedDocument[] = [];
	const glossary: CheckedGlossaryEntry[] = [];
	const themes: CheckedTheme[] = [];
	// Every theme file's id, valid or not, for the same reason as documentKeys below.
	const themeIds = new Set<string>();
	let redirects: CheckedRedirect[] = [];
	// Every document file's address, valid or not, so a reference to a file with a typo in its
	// metadata is not also reported as pointing nowhere.
	const documentKeys = new Set<string>();
	const rel = (path: string) => relative(rootDir, path).split('\\').join('/') || '.';

	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		return { problems: [{ file: rel(contentDir), message: 'indholdsmappen findes ikke' }], periods, documents, glossary, themes, redirects };
	}

	const entries = readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('.'))
		.sort((a, b) => compareCodeUnits(a.name, b.name));
	const periodFolders = entries.filter(
		(entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, PERIOD_FILE)),
	);
	const knownPeriods = periodFolders.map((entry) => entry.name).join(', ') || 'ingen';

	for (const entry of entries) {
		const path = join(contentDir, entry.name);
		if (entry.isDirectory() && entry.name === GLOSSARY_FOLDER) {
			glossary.push(...checkGlossary(path, rel, problems));
		} else if (entry.isDirectory() && entry.name === THEMES_FOLDER) {
			themes.push(
				...checkEntryFolder(path, rel, problems, {
					schema: ThemeSchema,
					wrongFile: 'temaerne er Markdown-filer (.md), én pr. tema',
					emptyBody: 'temaet mangler en beskrivelse efter metadata',
					ids: themeIds,
				}),
			);
		} else if (entry.isDirectory() && entry.name === SOURCES_FOLDER) {
			// The raw source texts, as received: not content files, checked by rules/source-files.ts below.
		} else if (!entry.isDirectory() && entry.name === REDIRECTS_FILE) {
			redirects = readRedirects(path, rel(path), problems);
		} else if (!entry.isDirectory()) {
			problems.push({ file: rel(path), message: 'filer skal ligge i en periodemappe, fx content/2021-2022/' });
		} else if (!parsePeriodId(entry.name)) {
			problems.push({
				file: `${rel(path)}/`,
				message: `"${entry.name}" er ikke navnet på en periodemappe (forventet første og sidste år, fx 2021-2022; kendte perioder: ${knownPeriods})`,
			});
		} else if (!existsSync(join(path, PERIOD_FILE))) {
			problems.push({
				file: `${rel(path)}/`,
				message: `ukendt periodemappe: den mangler ${PERIOD_FILE} (kendte perioder: ${knownPeriods})`,
			});
		}
	}

	for (const folder of periodFolders) {
		const folderPath = join(contentDir, folder.name);
		const period = checkPeriodFile(join(folderPath, PERIOD_FILE), folder.name, rel, problems);
		if (period) periods.push(period);

		for (const entry of readdirSync(folderPath, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
			const path = join(folderPath, entry.name);
			if (entry.name.startsWith('.') || entry.name === PERIOD_FILE) continue;
			if (entry.isDirectory()) {
				problems.push({ file: `${rel(path)}/`, message: 'undermapper bruges ikke: læg dokumentet direkte i periodemappen' });
			} else if (!DOCUMENT_FILE.test(entry.name)) {
				problems.push({ file: rel(path), message: 'ukendt filtype: dokumenter skal være Markdown (.md) eller MDX (.mdx)' });
			} else {
				documentKeys.add(`${folder.name}/${slugFromPath(path)}`);
				const document = checkDocumentFile(path, folder.name, rel, problems);
				if (document) documents.push(document);
			}
		}
	}

	checkUniqueSlugs(documents, problems);
	problems.push(...checkReferences({ periods, documents, glossary, themes, documentKeys, themeIds }));
	problems.push(...checkSourceFiles(documents, { path: rel(join(contentDir, SOURCES_FOLDER)), files: listSourceFiles(contentDir) }));

	const site = checkTexts({ periods, documents, glossary, themes, redirects, documentKeys, themeIds, speller }, problems);
	return { problems, periods, documents, glossary, themes, redirects, site };
}

function checkGlossary(folder: string, rel: (path: string) => string, problems: Problem[]): CheckedGlossaryEntry[] {
	const entries = checkEntryFolder(folder, rel, problems, {
		schema: GlossaryEntrySchema,
		wrongFile: 'ordlisten består af Markdown-filer (.md), én pr. begreb',
		emptyBody: 'begrebet mangler en forklaring efter metadata',
	});
	// A spelling in two entries would make the marking in documents pick one of them by chance.
	for (const { form, ids: owners } of duplicateForms(glossaryTerms(entries))) {
		const [first, ...others] = owners.map((id) => entries.find((entry) => entry.id === id)!);
		for (const entry of others) {
			problems.push({
				file: entry.file,
				line: entry.yaml.lineOf(['term']) + entry.yamlLineOffset,
				message: `"${form}" står også i ${first!.file}: et ord eller en forkortelse må kun høre til ét begreb i ordlisten`,
			});
		}
	}
	return entries;
}

/**
 * Reads a folder of Markdown entries (the glossary, the themes): one valid entry per file, with
 * frontmatter checked by `schema` and a body that is not empty. `ids` gets every file's id, valid
 * or not, so references to a file with a typo in it are not also reported as pointing nowhere.
 */
function checkEntryFolder<T>(
	folder: string,
	rel: (path: string) => string,
	problems: Problem[],
	{ schema, wrongFile, emptyBody, ids }: { schema: z.ZodType<T>; wrongFile: string; emptyBody: string; ids?: Set<string> },
): { file: string; id: string; data: T; body: string; yaml: YamlSource; yamlLineOffset: number; markdown: ParsedBody }[] {
	const entries = [];
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
		if (entry.name.startsWith('.')) continue;
		const path = join(folder, entry.name);
		const file = rel(path);
		if (entry.isDirectory() || !/\.md$/i.test(entry.name)) {
			problems.push({ file, message: wrongFile });
			continue;
		}
		ids?.add(slugFromPath(path));
		const parsed = parseFrontmatterFile(path, file, schema, problems);
		if (!parsed) continue;
		if (parsed.body.trim() === '') {
			problems.push({ file, line: parsed.bodyFirstLine, message: emptyBody });
			continue;
		}
		const markdown = parseMarkdown(parsed.body, parsed.bodyFirstLine, path, file, problems);
		if (!markdown) continue;
		entries.push({ file, id: slugFromPath(path), data: parsed.data, body: parsed.body, yaml: parsed.yaml, yamlLineOffset: parsed.lineOffset, markdown });
	}
	return entries;
}

/** Reads a Markdown file's frontmatter and validates it with `schema`, reporting problems with lines. */
function parseFrontmatterFile<T>(
	path: string,
	file: string,
	schema: z.ZodType<T>,
	problems: Problem[],
): { data: T; yaml: YamlSource; lineOffset: number; body: string; bodyFirstLine: number } | undefined {
	const split = splitFrontmatter(readFileSync(path, 'utf8'));
	if ('error' in split) {
		problems.push({ file, line: split.line, message: split.error });
		return undefined;
	}
	const lineOffset = split.yamlFirstLine - 1;
	const yaml = parseYamlSource(split.yaml);
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((error) => ({ file, line: error.line + lineOffset, column: error.column, message: `ugyldig YAML: ${error.message}` })));
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? {});
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, file, yaml, lineOffset));
		return undefined;
	}
	return { data: result.data, yaml, lineOffset, body: split.body, bodyFirstLine: split.bodyFirstLine };
}

function checkPeriodFile(
	path: string,
	folder: string,
	rel: (path: string) => string,
	problems: Problem[],
): CheckedPeriod | undefined {
	const file = rel(path);
	const yaml = parseYamlSource(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((error) => ({ file, line: error.line, column: error.column, message: `ugyldig YAML: ${error.message}` })));
		return undefined;
	}
	const result = PeriodSchema.safeParse(yaml.data ?? {});
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, file, yaml, 0));
		return undefined;
	}
	if (result.data.id !== folder) {
		problems.push({ file, line: yaml.lineOf(['id']), message: `id "${result.data.id}" skal være det samme som mappens navn (${folder})` });
		return undefined;
	}
	return { file, data: result.data, yaml };
}

function checkDocumentFile(
	path: string,
	period: string,
	rel: (path: string) => string,
	problems: Problem[],
): CheckedDocument | undefined {
	const file = rel(path);
	const parsed = parseFrontmatterFile(path, file, DocumentFrontmatterSchema, problems);
	if (!parsed) return undefined;
	const { data, yaml, lineOffset } = parsed;

	if (parsed.body.trim() === '') {
		problems.push({ file, line: parsed.bodyFirstLine, message: 'dokumentet har ingen tekst efter metadata' });
		return undefined;
	}
	const slug = slugFromPath(path);
	if (slug === '') {
		problems.push({ file, message: 'filnavnet giver ingen adresse: brug bogstaver eller tal i filnavnet' });
		return undefined;
	}
	if (RESERVED_DOCUMENT_SLUGS.includes(slug)) {
		problems.push({ file, message: `filnavnet giver adressen /${period}/${slug}/, som periodens egen side bruger: giv dokumentet et andet filnavn` });
		return undefined;
	}
	const markdown = parseMarkdown(parsed.body, parsed.bodyFirstLine, path, file, problems);
	if (!markdown) return undefined;
	return { file, period, slug, data, body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, yaml, yamlLineOffset: lineOffset, markdown };
}

/** Parses a body as Markdown, or MDX for an .mdx file, reporting an MDX syntax error on its line. */
function parseMarkdown(body: string, firstLine: number, path: string, file: string, problems: Problem[]): ParsedBody | undefined {
	const parsed = parseBody(body, firstLine, /\.mdx$/i.test(path));
	if ('tree' in parsed) return parsed;
	problems.push({ file, line: firstLine + parsed.line - 1, column: parsed.column, message: `ugyldig MDX: ${parsed.message}` });
	return undefined;
}

function checkUniqueSlugs(documents: CheckedDocument[], problems: Problem[]): void {
	const seen = new Map<string, CheckedDocument>();
	for (const document of documents) {
		const key = `${document.period}/${document.slug}`;
		const first = seen.get(key);
		if (first) {
			problems.push({
				file: document.file,
				message: `giver samme adresse /${key}/ som ${first.file}: giv et af dokumenterne et andet filnavn`,
			});
		} else {
			seen.set(key, document);
		}
	}
}
