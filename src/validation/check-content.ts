import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { parsePeriodId } from '../schemas/common.ts';
import { DocumentFrontmatterSchema, type DocumentFrontmatter } from '../schemas/document.ts';
import { GLOSSARY_FOLDER, GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { PERIOD_FILE, PeriodSchema, type Period } from '../schemas/period.ts';
import '../schemas/index.ts'; // Danish zod messages
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
}

export interface ContentCheck {
	problems: Problem[];
	periods: CheckedPeriod[];
	documents: CheckedDocument[];
	glossary: CheckedGlossaryEntry[];
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
	// Every document file's address, valid or not, so a reference to a file with a typo in its
	// metadata is not also reported as pointing nowhere.
	const documentKeys = new Set<string>();
	const rel = (path: string) => relative(rootDir, path).split('\\').join('/') || '.';

	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		return { problems: [{ file: rel(contentDir), message: 'indholdsmappen findes ikke' }], periods, documents, glossary };
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
				const document = checkDocumentFile(path, folder.name, period?.data, rel, problems);
				if (document) documents.push(document);
			}
		}
	}

	checkUniqueSlugs(documents, problems);
	checkDocumentReferences(periods, documentKeys, problems);
	return { problems, periods, documents, glossary };
}

function checkGlossary(folder: string, rel: (path: string) => string, problems: Problem[]): CheckedGlossaryEntry[] {
	const entries: CheckedGlossaryEntry[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
		if (entry.name.startsWith('.')) continue;
		const path = join(folder, entry.name);
		const file = rel(path);
		if (entry.isDirectory() || !/\.md$/i.test(entry.name)) {
			problems.push({ file, message: 'ordlisten består af Markdown-filer (.md), én pr. begreb' });
			continue;
		}
		const parsed = parseFrontmatterFile(path, file, GlossaryEntrySchema, problems);
		if (!parsed) continue;
		if (parsed.body.trim() === '') {
			problems.push({ file, line: parsed.bodyFirstLine, message: 'begrebet mangler en forklaring efter metadata' });
			continue;
		}
		entries.push({ file, id: slugFromPath(path), data: parsed.data, body: parsed.body });
	}
	const ids = new Set(entries.map((entry) => entry.id));
	for (const entry of entries) {
		entry.data.related.forEach((id, index) => {
			if (!ids.has(id)) {
				problems.push({ file: entry.file, message: `${fieldName(['related', index])} "${id}" er ikke et begreb i ordlisten` });
			}
		});
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
	periodData: Period | undefined,
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
