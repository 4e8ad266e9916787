// The benchmark's synthetic corpus: N documents over M periods, recombined from the real sources'
// sentences, written as a content folder the site can be built from (SITE_CONTENT_DIR).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../../src/lib/slugs.ts';
import type { z } from 'astro/zod';
import { DOCUMENT_KINDS, PERIOD_FILE, UNKNOWN, type DocumentFrontmatterSchema, type PeriodSchema } from '../../src/schemas/index.ts';
import { createRandom, type Random } from './random.ts';
import type { SourceText } from './source-text.ts';

export interface CorpusOptions {
	/** Number of documents. */
	documents: number;
	/** Number of two-year periods the documents are spread over. */
	periods: number;
	/** Seed of the pseudo-random choices; the same seed and source text give identical files. */
	seed: number;
	/** An empty or missing folder to write the content into. */
	outDir: string;
}

/** The last year of the newest synthetic period; older periods go back two years at a time. */
const NEWEST_LAST_YEAR = 2022;

/** Period ids for `count` consecutive two-year periods ending in NEWEST_LAST_YEAR, oldest first. */
export function periodIds(count: number): string[] {
	return Array.from({ length: count }, (_, index) => {
		const lastYear = NEWEST_LAST_YEAR - 2 * (count - 1 - index);
		return `${lastYear - 1}-${lastYear}`;
	});
}

function paragraph(random: Random, text: SourceText): string {
	return Array.from({ length: random.int(2, 5) }, () => random.pick(text.sentences)).join(' ');
}

function list(random: Random, text: SourceText): string {
	return Array.from({ length: random.int(3, 6) }, () => `- ${random.pick(text.listItems)}`).join('\n');
}

// Real content has no tables; a table's cells are short real phrases (headings and list items) so the
// GFM table path of the Markdown pipeline is part of what is measured.
function table(random: Random, text: SourceText): string {
	const columns = random.int(2, 3);
	const cell = () => random.pick(text.listItems.filter((item) => item.length <= 60).concat(text.headings)).replaceAll('|', '/');
	const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const header = Array.from({ length: columns }, () => random.pick(text.headings).replaceAll('|', '/'));
	const rows = Array.from({ length: random.int(2, 5) }, () => row(Array.from({ length: columns }, cell)));
	return [row(header), row(header.map(() => '---')), ...rows].join('\n');
}

/** A document body: a few `##` sections of paragraphs, with lists, `###` subsections and tables. */
function body(random: Random, text: SourceText): string {
	const blocks: string[] = [];
	for (let section = random.int(3, 6); section > 0; section--) {
		blocks.push(`## ${random.pick(text.headings)}`);
		for (let count = random.int(1, 3); count > 0; count--) blocks.push(paragraph(random, text));
		if (random.chance(0.5)) blocks.push(list(random, text));
		if (random.chance(0.3)) blocks.push(`### ${random.pick(text.headings)}`, paragraph(random, text));
		if (random.chance(0.15)) blocks.push(table(random, text));
	}
	return `${blocks.join('\n\n')}\n`;
}

function documentDate(random: Random, firstYear: number, lastYear: number): string {
	const year = random.int(firstYear - 1, lastYear);
	const roll = random.next();
	if (roll < 0.05) return UNKNOWN;
	if (roll < 0.1) return String(year);
	const month = random.int(1, 12);
	if (roll < 0.15) return `${year}-${String(month).padStart(2, '0')}`;
	return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

// What the files hold (the schemas' input): fields with defaults may be left out.
type DocumentFrontmatter = z.input<typeof DocumentFrontmatterSchema>;
type Period = z.input<typeof PeriodSchema>;

function frontmatter(random: Random, text: SourceText, title: string, firstYear: number, lastYear: number): DocumentFrontmatter {
	const journalNumber = text.journalNumbers.length && random.chance(0.3) ? random.pick(text.journalNumbers) : undefined;
	return {
		title,
		kind: random.pick(DOCUMENT_KINDS).id,
		date: documentDate(random, firstYear, lastYear),
		issuer: random.pick(text.issuers),
		source: { title, publisher: random.pick(text.publishers), ...(journalNumber ? { journalNumber } : {}), restoredFromScan: random.chance(0.1) },
		focusAreas: text.focusAreas.filter(() => random.chance(0.4)).map((area) => area.id),
		themes: text.themeIds.filter(() => random.chance(0.3)),
		summary: random.pick(text.summaries),
		notes: text.notes.length ? Array.from({ length: random.int(0, 2) }, () => random.pick(text.notes)) : [],
	};
}

function periodData(id: string, text: SourceText): Period {
	const [firstYear, lastYear] = id.split('-').map(Number) as [number, number];
	return {
		id,
		title: `Nordjysk Socialaftale ${id}`,
		firstYear,
		lastYear,
		// References to real documents would not resolve in the synthetic archive, so they are left out.
		...(text.vision ? { vision: { ...text.vision, source: undefined } } : {}),
		focusAreas: text.focusAreas.map((area) => ({ ...area, source: undefined })),
		notes: [],
	};
}

/** YAML without the keys whose value is undefined (the schemas are strict about unknown keys, not missing ones). */
function toYaml(data: unknown): string {
	return stringify(JSON.parse(JSON.stringify(data)), { lineWidth: 0 });
}

/**
 * Writes the corpus and returns the paths of the files written (relative to outDir). Documents are
 * dealt to the periods in turn, so every period holds N/M of them.
 */
export function generateCorpus(options: CorpusOptions, text: SourceText): string[] {
	const { documents, periods, seed, outDir } = options;
	if (!Number.isInteger(documents) || documents < 1) throw new Error(`documents must be a positive integer, not ${documents}`);
	if (!Number.isInteger(periods) || periods < 1) throw new Error(`periods must be a positive integer, not ${periods}`);
	if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty; the corpus needs a folder of its own`);
	const random = createRandom(seed);
	const ids = periodIds(periods);
	const written: string[] = [];
	for (const file of text.sharedFiles) {
		mkdirSync(join(outDir, file.path, '..'), { recursive: true });
		writeFileSync(join(outDir, file.path), file.text);
		written.push(file.path);
	}
	for (const id of ids) {
		mkdirSync(join(outDir, id), { recursive: true });
		writeFileSync(join(outDir, id, PERIOD_FILE), toYaml(periodData(id, text)));
		written.push(`${id}/${PERIOD_FILE}`);
	}
	const width = String(documents).length;
	for (let index = 0; index < documents; index++) {
		const id = ids[index % periods]!;
		const [firstYear, lastYear] = id.split('-').map(Number) as [number, number];
		const number = String(index + 1).padStart(width, '0');
		const heading = random.pick([...text.titles, ...text.headings]);
		const title = `${heading} (${number})`;
		const file = `${id}/${slugify(heading).slice(0, 60).replace(/-+$/, '')}-${number}.md`;
		const data = frontmatter(random, text, title, firstYear, lastYear);
		const markdown = body(random, text);
		// A misspelling kept from a source comes with the source's note on it, as in the real content.
		const published = `${title}\n${data.summary}\n${markdown}`;
		for (const { word, note } of text.sourceErrors) {
			if (published.includes(word) && !data.notes?.includes(note)) data.notes = [...(data.notes ?? []), note];
		}
		writeFileSync(join(outDir, file), `---\n${toYaml(data)}---\n\n${markdown}`);
		written.push(file);
	}
	return written;
}
