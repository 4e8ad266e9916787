import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { parsePeriodId } from '../schemas/common.ts';
import { DocumentFrontmatterSchema, type DocumentFrontmatter } from '../schemas/document.ts';
import { GLOSSARY_FOLDER, GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { PERIOD_FILE, PeriodSchema, type Period } from '../schemas/period.ts';
import { THEMES_FOLDER, ThemeSchema, type Theme } from '../schemas/theme.ts';
import '../schemas/index.ts'; // Danish zod messages
import { duplicateForms, glossaryTerms } from '../lib/glossary.ts';
import { RESERVED_DOCUMENT_SLUGS } from '../lib/routes.ts';
import { slugFromPath } from '../lib/slugs.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { compareCodeUnits, type Problem } from './problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { fieldName, problemsFromZod } from './zod-problems.ts';

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
}

export interface CheckedGlossaryEntry {
	/** Project-relative path of the entry file. */
	file: string;
	/** The entry's id: its file name as a slug. */
	id: string;
	data: GlossaryEntry;
	/** The explanation, Markdown. */
	body: string;
	/** 1-based line in the file of a frontmatter field, for references checked after all files are read. */
	lineOf(path: readonly PropertyKey[]): number;
}

export interface CheckedTheme {
	/** Project-relative path of the theme file. */
	file: string;
	/** The theme's id: its file name as a slug. */
	id: string;
	data: Theme;
	/** The editors' description, Markdown. */
	body: string;
	/** 1-based line in the file of a frontmatter field, for references checked after all files are read. */
	lineOf(path: readonly PropertyKey[]): number;
}

export interface ContentCheck {
	problems: Problem[];
	periods: CheckedPeriod[];
	documents: CheckedDocument[];
	glossary: CheckedGlossaryEntry[];
	themes: CheckedTheme[];
}

const DOCUMENT_FILE = /\.(md|mdx)$/i;

/**
 * Validates every file under the content folder with the shared schemas and the rules that tie
 * files together (folders are periods, references resolve, slugs are unique). Nothing is skipped
 * silently: a file the site would not publish is a problem, not a quiet omission.
 */
export function checkContent({ contentDir, rootDir }: { contentDir: string; rootDir: string }): ContentCheck {
	const problems: Problem[] = [];
	const periods: CheckedPeriod[] = [];
	const documents: CheckedDocument[] = [];
	const glossary: CheckedGlossaryEntry[] = [];
	const themes: CheckedTheme[] = [];
	// Every theme file's id, valid or not, for the same reason as documentKeys below.
	const themeIds = new Set<string>();
	// Every document file's address, valid or not, so a reference to a file with a typo in its
	// metadata is not also reported as pointing nowhere.
	const documentKeys = new Set<string>();
	const rel = (path: string) => relative(rootDir, path).split('\\').join('/') || '.';

	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		return { problems: [{ file: rel(contentDir), message: 'indholdsmappen findes ikke' }], periods, documents, glossary, themes };
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
			themes.push(...checkThemes(path, rel, problems, themeIds));
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
				const document = checkDocumentFile(path, folder.name, period?.data, themeIds, rel, problems);
				if (document) documents.push(document);
			}
		}
	}

	checkUniqueSlugs(documents, problems);
	checkDocumentReferences(periods, documentKeys, problems);
	checkPeriodThemeReferences(periods, themeIds, problems);
	checkThemeGlossaryReferences(themes, glossary, problems);
	return { problems, periods, documents, glossary, themes };
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
): { file: string; id: string; data: T; body: string; lineOf(path: readonly PropertyKey[]): number }[] {
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
		entries.push({ file, id: slugFromPath(path), data: parsed.data, body: parsed.body, lineOf: (at: readonly PropertyKey[]) => parsed.yaml.lineOf(at) + parsed.lineOffset });
	}
	return entries;
}

function checkGlossary(folder: string, rel: (path: string) => string, problems: Problem[]): CheckedGlossaryEntry[] {
	const entries = checkEntryFolder(folder, rel, problems, {
		schema: GlossaryEntrySchema,
		wrongFile: 'ordlisten består af Markdown-filer (.md), én pr. begreb',
		emptyBody: 'begrebet mangler en forklaring efter metadata',
	});
	const ids = new Set(entries.map((entry) => entry.id));
	for (const entry of entries) {
		entry.data.related.forEach((id, index) => {
			if (!ids.has(id)) {
				problems.push({
					file: entry.file,
					line: entry.lineOf(['related', index]),
					message: `${fieldName(['related', index])} "${id}" er ikke et begreb i ordlisten (${GLOSSARY_FOLDER}/${id}.md findes ikke)`,
				});
			}
		});
	}
	// A spelling in two entries would make the marking in documents pick one of them by chance.
	for (const { form, ids: owners } of duplicateForms(glossaryTerms(entries))) {
		const [first, ...others] = owners.map((id) => entries.find((entry) => entry.id === id)!);
		for (const entry of others) {
			problems.push({
				file: entry.file,
				line: entry.lineOf(['term']),
				message: `"${form}" står også i ${first!.file}: et ord eller en forkortelse må kun høre til ét begreb i ordlisten`,
			});
		}
	}
	return entries;
}

function checkThemes(folder: string, rel: (path: string) => string, problems: Problem[], themeIds: Set<string>): CheckedTheme[] {
	return checkEntryFolder(folder, rel, problems, {
		schema: ThemeSchema,
		wrongFile: 'temaerne er Markdown-filer (.md), én pr. tema',
		emptyBody: 'temaet mangler en beskrivelse efter metadata',
		ids: themeIds,
	});
}

/** `"x" er ikke et tema ...`: the message for a theme reference without a theme file. */
function unknownThemeMessage(path: PropertyKey[], id: string, themeIds: Set<string>): string {
	return `${fieldName(path)} "${id}" er ikke et tema: ${THEMES_FOLDER}/${id}.md findes ikke (kendte temaer: ${[...themeIds].join(', ') || 'ingen'})`;
}

function checkPeriodThemeReferences(periods: CheckedPeriod[], themeIds: Set<string>, problems: Problem[]): void {
	for (const period of periods) {
		const { data } = period;
		const references: [PropertyKey[], string[]][] = [
			[['vision', 'themes'], data.vision?.themes ?? []],
			...data.focusAreas.map((area, index): [PropertyKey[], string[]] => [['focusAreas', index, 'themes'], area.themes]),
			...data.focusAreaHistory.flatMap((stage, stageIndex) =>
				stage.focusAreas.map((area, index): [PropertyKey[], string[]] => [['focusAreaHistory', stageIndex, 'focusAreas', index, 'themes'], area.themes]),
			),
		];
		for (const [path, ids] of references) {
			ids.forEach((id, index) => {
				if (!themeIds.has(id)) {
					problems.push({ file: period.file, line: period.yaml.lineOf([...path, index]), message: unknownThemeMessage([...path, index], id, themeIds) });
				}
			});
		}
	}
}

function checkThemeGlossaryReferences(themes: CheckedTheme[], glossary: CheckedGlossaryEntry[], problems: Problem[]): void {
	const known = new Set(glossary.map((entry) => entry.id));
	for (const theme of themes) {
		theme.data.glossary.forEach((id, index) => {
			if (!known.has(id)) {
				problems.push({
					file: theme.file,
					line: theme.lineOf(['glossary', index]),
					message: `${fieldName(['glossary', index])} "${id}" er ikke et begreb i ordlisten (${GLOSSARY_FOLDER}/${id}.md findes ikke)`,
				});
			}
		});
	}
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
	periodData: Period | undefined,
	themeIds: Set<string>,
	rel: (path: string) => string,
	problems: Problem[],
): CheckedDocument | undefined {
	const file = rel(path);
	const parsed = parseFrontmatterFile(path, file, DocumentFrontmatterSchema, problems);
	if (!parsed) return undefined;
	const { data, yaml, lineOffset } = parsed;
	let valid = true;

	if (periodData) {
		const known = periodData.focusAreas.map((area) => area.id);
		data.focusAreas.forEach((id, index) => {
			if (!known.includes(id)) {
				valid = false;
				problems.push({
					file,
					line: yaml.lineOf(['focusAreas', index]) + lineOffset,
					message: `${fieldName(['focusAreas', index])} "${id}" er ikke et fokusområde i perioden ${period} (kendte: ${known.join(', ') || 'ingen'})`,
				});
			}
		});
	}

	data.themes.forEach((id, index) => {
		if (!themeIds.has(id)) {
			valid = false;
			problems.push({ file, line: yaml.lineOf(['themes', index]) + lineOffset, message: unknownThemeMessage(['themes', index], id, themeIds) });
		}
	});

	if (parsed.body.trim() === '') {
		valid = false;
		problems.push({ file, line: parsed.bodyFirstLine, message: 'dokumentet har ingen tekst efter metadata' });
	}
	for (const heading of topLevelHeadings(parsed.body)) {
		valid = false;
		problems.push({
			file,
			line: parsed.bodyFirstLine + heading,
			message: 'overskrift på niveau 1 (#) i teksten: titlen er sidens eneste h1, så teksten begynder med ## ',
		});
	}

	const slug = slugFromPath(path);
	if (slug === '') {
		valid = false;
		problems.push({ file, message: 'filnavnet giver ingen adresse: brug bogstaver eller tal i filnavnet' });
	} else if (RESERVED_DOCUMENT_SLUGS.includes(slug)) {
		valid = false;
		problems.push({ file, message: `filnavnet giver adressen /${period}/${slug}/, som periodens egen side bruger: giv dokumentet et andet filnavn` });
	}
	return valid ? { file, period, slug, data, body: parsed.body, bodyFirstLine: parsed.bodyFirstLine } : undefined;
}

/**
 * 0-based body line numbers of level-1 headings outside fenced code: ATX (`# Titel`) and setext
 * (a line of text underlined with `===`), both of which Markdown turns into an h1.
 */
function topLevelHeadings(body: string): number[] {
	let inFence = false;
	const found: number[] = [];
	const lines = body.split(/\r?\n/);
	lines.forEach((line, index) => {
		if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
		else if (inFence) return;
		else if (/^\s{0,3}#(\s|$)/.test(line)) found.push(index);
		else if (/^\s{0,3}=+\s*$/.test(line) && index > 0 && lines[index - 1]!.trim() !== '') found.push(index - 1);
	});
	return found;
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

function checkDocumentReferences(periods: CheckedPeriod[], known: Set<string>, problems: Problem[]): void {
	for (const period of periods) {
		const references: [PropertyKey[], string | undefined][] = [
			[['vision', 'source'], period.data.vision?.source],
			[['approval', 'source'], period.data.approval?.source],
			...period.data.focusAreas.map((area, index): [PropertyKey[], string | undefined] => [['focusAreas', index, 'source'], area.source]),
			...period.data.focusAreaHistory.map((stage, index): [PropertyKey[], string | undefined] => [['focusAreaHistory', index, 'source'], stage.source]),
			...period.data.milestones.map((milestone, index): [PropertyKey[], string | undefined] => [['milestones', index, 'source'], milestone.source]),
		];
		for (const [path, reference] of references) {
			if (reference !== undefined && !known.has(reference)) {
				problems.push({
					file: period.file,
					line: period.yaml.lineOf(path),
					message: `${fieldName(path)} "${reference}" peger ikke på et dokument i arkivet (forventet "periode/dokument", fx "${[...known][0] ?? '2021-2022/dokument'}")`,
				});
			}
		}
	}
}
