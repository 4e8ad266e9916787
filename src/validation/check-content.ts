import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { listContentFiles, type ContentFile } from '../content-source/content-files.ts';
import { splitFrontmatter } from '../content-source/frontmatter.ts';
import { decodeContentText, readContentText } from '../content-source/read-text.ts';
import { parseYamlSource } from '../content-source/yaml-source.ts';
import { DocumentFrontmatterSchema, SOURCES_FOLDER } from '../schemas/document.ts';
import { GlossaryEntrySchema } from '../schemas/glossary.ts';
import { PeriodSchema } from '../schemas/period.ts';
import { ThemeSchema } from '../schemas/theme.ts';
import { duplicateForms, glossaryTerms } from '../lib/glossary.ts';
import { RESERVED_DOCUMENT_SLUGS } from '../lib/routes.ts';
import '../schemas/index.ts'; // Danish zod messages
import type { CheckCache, FileResult } from './check-cache.ts';
import type { CheckedDocument, CheckedGlossaryEntry, CheckedMarkdownFile, CheckedPeriod, CheckedTheme, ContentCheck } from './checked-content.ts';
import { parseBody, type ParsedBody } from './markdown.ts';
import type { Problem } from './problems.ts';
import { readRedirects, type CheckedRedirect } from './redirects.ts';
import { readSynonyms, type CheckedSynonymGroup } from './synonyms.ts';
import { checkDocumentDates } from './rules/document-dates.ts';
import { checkPlaceholderNotes } from './rules/placeholder-note.ts';
import { checkReferences } from './rules/references.ts';
import { checkSourceChanges, checkSourceFiles } from './rules/source-files.ts';
import { checkSynonyms } from './rules/synonyms.ts';
import type { Speller } from './rules/spelling.ts';
import { checkTexts, fileTexts as findFileTexts } from './text-rules.ts';
import { problemsFromZod } from './zod-problems.ts';
import { readYamlData } from './yaml-data.ts';

export type { CheckedDocument, CheckedGlossaryEntry, CheckedPeriod, CheckedTheme, ContentCheck } from './checked-content.ts';

/** What else the check may be given; tests use it to check with other dictionaries. */
export interface CheckOptions {
	/** The spelling dictionaries; by default the project's (cspell.json). */
	speller?: Speller;
	/**
	 * Keeps what each Markdown file gave on its own, so the next check reads only changed files
	 * (./check-cache.ts). Its fingerprint covers the project's dictionaries, so not with `speller`.
	 */
	cache?: CheckCache;
}

/**
 * Validates every file under the content folder with the shared schemas and the rules that tie
 * files together (folders are periods, references resolve, ids are unique). Nothing is skipped
 * silently: a file the site would not publish is a problem, not a quiet omission. What it returns
 * is what the site renders: the collections' loader stores these parsed files, never re-reading them.
 */
export function checkContent({ contentDir, rootDir, speller, cache }: { contentDir: string; rootDir: string } & CheckOptions): ContentCheck {
	if (cache && speller) throw new Error('the check cache holds results found with the project speller; give either a speller or a cache');
	const problems: Problem[] = [];
	const periods: CheckedPeriod[] = [];
	const documents: CheckedDocument[] = [];
	const glossary: CheckedGlossaryEntry[] = [];
	const themes: CheckedTheme[] = [];
	let redirects: CheckedRedirect[] = [];
	let synonyms: CheckedSynonymGroup[] = [];
	const rel = (path: string) => relative(rootDir, path).split('\\').join('/') || '.';

	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		return { problems: [{ file: rel(contentDir), message: 'indholdsmappen findes ikke' }], periods, documents, glossary, themes, redirects, synonyms };
	}

	const listing = listContentFiles(contentDir, rootDir);
	problems.push(...listing.problems);
	// Every document file's address and theme file's id, valid or not, so a reference to a file with
	// a typo in its metadata is not also reported as pointing nowhere.
	const documentKeys = new Set(listing.files.filter((file) => file.kind === 'document').map((file) => file.id));
	const themeIds = new Set(listing.files.filter((file) => file.kind === 'theme').map((file) => file.id));

	const sources = new Map<string, string>();
	// What each checked Markdown file gave on its own, for the rules that run on all files below.
	const alone = new Map<CheckedMarkdownFile<unknown>, FileResult>();
	const markdownFile = (file: ContentFile) => {
		const result = checkFileAlone(file, cache, speller);
		problems.push(...result.problems);
		if (result.checked) alone.set(result.checked, result);
		return result.checked;
	};
	for (const file of listing.files) {
		if (file.kind === 'source') {
			const read = readContentText(file.path, { raw: true });
			if ('text' in read) sources.set(file.id, read.text);
			else problems.push(...read.problems.map((problem) => ({ file: file.file, ...problem })));
		} else if (file.kind === 'source-register') {
			// The register is prose for readers of the repository; the tests hold it to the files it lists.
		} else if (file.kind === 'period') {
			const period = checkPeriodFile(file, problems);
			if (period) periods.push(period);
		} else if (file.kind === 'redirects') {
			const text = readText(file, problems);
			if (text !== undefined) redirects = readRedirects(text, file.file, problems);
		} else if (file.kind === 'synonyms') {
			const text = readText(file, problems);
			if (text !== undefined) synonyms = readSynonyms(text, file.file, problems);
		} else if (file.kind === 'document') {
			const document = markdownFile(file);
			if (document) documents.push(document as CheckedDocument);
		} else if (file.kind === 'glossary') {
			const entry = markdownFile(file);
			if (entry) glossary.push(entry as CheckedGlossaryEntry);
		} else {
			const theme = markdownFile(file);
			if (theme) themes.push(theme as CheckedTheme);
		}
	}
	cache?.finish();

	problems.push(...checkGlossaryForms(glossary));
	problems.push(...checkSynonymList(synonyms, { periods, documents, glossary, themes }));
	problems.push(...checkReferences({ periods, documents, glossary, themes, documentKeys, themeIds }));
	problems.push(...checkDocumentDates(periods, documents));
	problems.push(...documents.flatMap((document) => alone.get(document)!.placeholderNotes!));
	problems.push(...checkSourceFiles(documents, { path: rel(join(contentDir, SOURCES_FOLDER)), files: [...sources.keys()] }));
	// The site promises that nothing was changed against a source but what the notes record.
	problems.push(
		...checkSourceChanges(documents, (name) => sources.get(name)),
	);

	const site = checkTexts({ periods, documents, glossary, themes, redirects, documentKeys, themeIds, speller, fileTexts: (file) => alone.get(file)!.texts! }, problems);
	return { problems, periods, documents, glossary, themes, redirects, synonyms, site };
}

/** The file's text, or undefined with its problems reported (not UTF-8, invisible characters, too large). */
function readText(file: ContentFile, problems: Problem[], bytes?: Uint8Array): string | undefined {
	const read = bytes ? decodeContentText(bytes) : readContentText(file.path);
	if ('text' in read) return read.text;
	problems.push(...read.problems.map((problem) => ({ file: file.file, ...problem })));
	return undefined;
}

/**
 * A document, glossary entry or theme checked on its own: everything that depends on its bytes
 * alone. With a cache, a file whose bytes were checked before is not read again; the key is the
 * digest of the bytes read here, the same bytes that are checked when they are new.
 */
function checkFileAlone(file: ContentFile, cache: CheckCache | undefined, speller: Speller | undefined): FileResult {
	const bytes = readFileSync(file.path);
	const key = cache?.keyOf(file, bytes);
	const kept = key === undefined ? undefined : cache!.get(key);
	if (kept) return kept;
	const problems: Problem[] = [];
	const checked =
		file.kind === 'document'
			? checkDocumentFile(file, problems, bytes)
			: file.kind === 'glossary'
				? checkMarkdownFile(file, GlossaryEntrySchema, problems, { emptyBody: 'begrebet mangler en forklaring efter metadata' }, bytes)
				: checkMarkdownFile(file, ThemeSchema, problems, { emptyBody: 'temaet mangler en beskrivelse efter metadata' }, bytes);
	const result: FileResult = {
		problems,
		checked,
		texts: checked && findFileTexts(checked, speller),
		placeholderNotes: file.kind === 'document' && checked ? checkPlaceholderNotes([checked as CheckedDocument]) : undefined,
	};
	// Kept now, before any rule or renderer has seen the tree.
	if (key !== undefined) cache!.set(key, result);
	return result;
}

/** A spelling in two entries would make the marking in documents pick one of them by chance. */
function checkGlossaryForms(entries: readonly CheckedGlossaryEntry[]): Problem[] {
	return duplicateForms(glossaryTerms(entries)).flatMap(({ form, ids: owners }) => {
		const [first, ...others] = owners.map((id) => entries.find((entry) => entry.id === id)!);
		return others.map((entry) => ({
			file: entry.file,
			line: entry.yaml.lineOf(['term']) + entry.yamlLineOffset,
			message: `"${form}" står også i ${first!.file}: et ord eller en forkortelse må kun høre til ét begreb i ordlisten`,
		}));
	});
}

/** The synonym list against the glossary's names and every text the site publishes from content. */
function checkSynonymList(
	synonyms: readonly CheckedSynonymGroup[],
	content: { periods: readonly CheckedPeriod[]; documents: readonly CheckedDocument[]; glossary: readonly CheckedGlossaryEntry[]; themes: readonly CheckedTheme[] },
): Problem[] {
	if (synonyms.length === 0) return [];
	const names = glossaryTerms(content.glossary).map((term, index) => ({ ...term, file: content.glossary[index]!.file }));
	const texts = [
		...content.periods.map((period) => period.yaml.text),
		...[...content.documents, ...content.glossary, ...content.themes].flatMap((file) => [file.yaml.text, file.body]),
	];
	return checkSynonyms(synonyms, names, texts);
}

/**
 * Reads a Markdown file of any collection: frontmatter validated by `schema`, a body that is not
 * empty, parsed once in the site's dialect.
 */
function checkMarkdownFile<T>(file: ContentFile, schema: z.ZodType<T>, problems: Problem[], { emptyBody }: { emptyBody: string }, bytes: Uint8Array): CheckedMarkdownFile<T> | undefined {
	const text = readText(file, problems, bytes);
	if (text === undefined) return undefined;
	const split = splitFrontmatter(text);
	if ('error' in split) {
		problems.push({ file: file.file, line: split.line, message: split.error });
		return undefined;
	}
	const lineOffset = split.yamlFirstLine - 1;
	const yaml = parseYamlSource(split.yaml);
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((error) => ({ file: file.file, line: error.line + lineOffset, column: error.column, message: error.message })));
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? {});
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, file.file, yaml, lineOffset));
		return undefined;
	}
	if (split.body.trim() === '') {
		problems.push({ file: file.file, line: split.bodyFirstLine, message: emptyBody });
		return undefined;
	}
	const markdown = parseMarkdown(split.body, split.bodyFirstLine, file, problems);
	if (!markdown) return undefined;
	return {
		file: file.file,
		path: file.path,
		id: file.id,
		data: result.data,
		body: split.body,
		bodyFirstLine: split.bodyFirstLine,
		yaml,
		yamlLineOffset: lineOffset,
		markdown,
		digest: createHash('sha256').update(text).digest('hex').slice(0, 16),
	};
}

function checkPeriodFile(file: ContentFile, problems: Problem[]): CheckedPeriod | undefined {
	const text = readText(file, problems);
	if (text === undefined) return undefined;
	const read = readYamlData(text, file.file, PeriodSchema, {}, problems);
	if (!read) return undefined;
	const { data, yaml } = read;
	if (data.id !== file.period) {
		problems.push({ file: file.file, line: yaml.lineOf(['id']), message: `id "${data.id}" skal være det samme som mappens navn (${file.period})` });
		return undefined;
	}
	return { file: file.file, data, yaml };
}

function checkDocumentFile(file: ContentFile, problems: Problem[], bytes: Uint8Array): CheckedDocument | undefined {
	const checked = checkMarkdownFile(file, DocumentFrontmatterSchema, problems, { emptyBody: 'dokumentet har ingen tekst efter metadata' }, bytes);
	if (!checked) return undefined;
	const period = file.period!;
	const slug = file.id.slice(period.length + 1);
	if (RESERVED_DOCUMENT_SLUGS.includes(slug)) {
		problems.push({ file: file.file, message: `filnavnet giver adressen /${period}/${slug}/, som periodens egen side bruger: giv dokumentet et andet filnavn` });
		return undefined;
	}
	return { ...checked, period, slug };
}

/** Parses a body as Markdown, or MDX for an .mdx file, reporting an MDX syntax error on its line. */
function parseMarkdown(body: string, firstLine: number, file: ContentFile, problems: Problem[]): ParsedBody | undefined {
	const parsed = parseBody(body, firstLine, file.mdx);
	if ('tree' in parsed) return parsed;
	problems.push({ file: file.file, line: firstLine + parsed.line - 1, column: parsed.column, message: parsed.message });
	return undefined;
}
