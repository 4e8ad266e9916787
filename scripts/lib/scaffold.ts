// `npm run new -- document` and `npm run new -- period`: ask for (or take as flags) what a new file
// needs, write it in the right place, never over an existing file, and check it with the content check.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { contentYaml, newPeriodFileText } from '../../src/content-source/content-yaml.ts';
import { slugify } from '../../src/lib/slugs.ts';
import {
	DOCUMENT_KINDS,
	DocumentDateSchema,
	DocumentKindSchema,
	PERIOD_FILE,
	PeriodIdSchema,
	SlugSchema,
	SourceSchema,
	TextSchema,
	UNKNOWN,
	parsePeriodId,
} from '../../src/schemas/index.ts';
import { PLACEHOLDER_NOTE } from '../../src/validation/rules/placeholder-note.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem, sortProblems } from '../../src/validation/problems.ts';

/** How the command talks to the editor: questions when interactive, output either way. */
export interface ScaffoldIo {
	/** True when a person can answer questions (stdin is a terminal). */
	interactive: boolean;
	/** Asks a question and returns the answer (only called when interactive). */
	ask(question: string): Promise<string>;
	print(line: string): void;
	error(line: string): void;
}

/** One thing the command needs to know. */
interface Field {
	/** The command-line flag, without the dashes. */
	flag: string;
	/** The question, in Danish, with what is expected. */
	question: string;
	/** Checks an answer; returns the problem (Danish) or undefined. */
	check?: (value: string) => string | undefined;
	/** A default, from the answers so far; a field with a default need not be given. */
	fallback?: (answers: Readonly<Record<string, string>>) => string | undefined;
	/** An optional field may be left empty. */
	optional?: boolean;
}

/** A zod schema as an answer check, with its own Danish message. */
const bySchema =
	(schema: z.ZodType) =>
	(value: string): string | undefined => {
		const result = schema.safeParse(value);
		return result.success ? undefined : result.error.issues[0]?.message;
	};

const KIND_IDS = DOCUMENT_KINDS.map((kind) => kind.id).join(', ');

/** What a new document needs, in the order asked. */
export const DOCUMENT_FIELDS: readonly Field[] = [
	{ flag: 'period', question: 'Periode (mappen under content/, fx 2021-2022)', check: bySchema(PeriodIdSchema) },
	{ flag: 'title', question: 'Titel, som kilden skriver den', check: bySchema(TextSchema) },
	{ flag: 'kind', question: `Dokumenttype (${KIND_IDS})`, check: bySchema(DocumentKindSchema) },
	{
		flag: 'date',
		question: `Dato så præcist som kilden siger den (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller ${UNKNOWN})`,
		check: bySchema(DocumentDateSchema),
	},
	{ flag: 'issuer', question: `Udsteder: hvem udsendte dokumentet (eller ${UNKNOWN})`, check: bySchema(TextSchema) },
	{ flag: 'source-title', question: 'Kildens titel', check: bySchema(TextSchema), fallback: (answers) => answers.title },
	{ flag: 'publisher', question: `Hvem offentliggjorde kilden (eller ${UNKNOWN})`, check: bySchema(TextSchema) },
	{
		flag: 'url',
		question: 'Kildens webadresse (tom, hvis den ikke kendes)',
		optional: true,
		check: bySchema(SourceSchema.shape.url),
	},
	{
		flag: 'focus-areas',
		question: 'Fokusområder, dokumentet handler om: id’er adskilt af komma (tom for ingen)',
		optional: true,
		check: (value) => value.split(',').map((id) => id.trim()).filter(Boolean).map(bySchema(SlugSchema)).find(Boolean),
	},
	{ flag: 'summary', question: 'Resumé: en eller to sætninger om, hvad dokumentet er', check: bySchema(TextSchema) },
	{
		flag: 'file',
		question: 'Filnavn (bliver dokumentets adresse)',
		check: bySchema(SlugSchema),
		fallback: (answers) => (answers.title ? slugify(answers.title) : undefined),
	},
];

/** What a new period needs. */
export const PERIOD_FIELDS: readonly Field[] = [
	{ flag: 'id', question: 'Periode: første og sidste år (fx 2023-2024)', check: bySchema(PeriodIdSchema) },
	{
		flag: 'title',
		question: 'Periodens titel',
		check: bySchema(TextSchema),
		fallback: (answers) => (answers.id ? `Nordjysk Socialaftale ${answers.id}` : undefined),
	},
];

/** The text of a new document: complete frontmatter and a skeleton to replace with the source's text. */
export function documentText(answers: Readonly<Record<string, string>>): string {
	const focusAreas = (answers['focus-areas'] ?? '').split(',').map((id) => id.trim()).filter(Boolean);
	const frontmatter = {
		title: answers.title,
		kind: answers.kind,
		date: answers.date,
		issuer: answers.issuer,
		source: {
			title: answers['source-title'],
			publisher: answers.publisher,
			...(answers.url ? { url: answers.url } : {}),
		},
		focusAreas,
		summary: answers.summary,
		// True until the text is in: if the file were published as it is, readers would be told so.
		// The check refuses the note once the body has text (src/validation/rules/placeholder-note.ts).
		notes: [{ kind: 'mangler', text: PLACEHOLDER_NOTE }],
	};
	return [
		'---',
		'# Felterne er forklaret i CONTRIBUTING.md. Skriv kildens tekst under overskrifterne, og slet',
		'# noten om den manglende tekst (her og i teksten), når teksten er indsat.',
		contentYaml(frontmatter).trimEnd(),
		'---',
		'',
		'## Dokumentets tekst',
		'',
		`> **Redaktionel note:** ${PLACEHOLDER_NOTE}`,
		'',
	].join('\n');
}

/** The text of a new period file. */
export function periodText(answers: Readonly<Record<string, string>>): string {
	const years = parsePeriodId(answers.id!)!;
	return newPeriodFileText({ id: answers.id, title: answers.title, firstYear: years.firstYear, lastYear: years.lastYear });
}

const FLAG_OPTIONS = Object.fromEntries(
	[...new Set([...DOCUMENT_FIELDS, ...PERIOD_FIELDS].map((field) => field.flag))].map((flag) => [flag, { type: 'string' as const }]),
);

const USAGE = [
	'Brug: npm run new -- document [--period 2021-2022 --title "..." --kind referat ...]',
	'      npm run new -- period [--id 2023-2024 --title "Nordjysk Socialaftale 2023-2024"]',
	'Uden flag spørger kommandoen om det, den mangler. Se CONTRIBUTING.md.',
];

/** Collects every field from flags, defaults and (when interactive) questions. */
async function collect(fields: readonly Field[], given: Readonly<Record<string, string | undefined>>, io: ScaffoldIo): Promise<Record<string, string> | string[]> {
	const answers: Record<string, string> = {};
	const problems: string[] = [];
	for (const field of fields) {
		// Defaults build on the answers so far, or on the flag as given when its value was refused, so
		// one wrong value gives one message.
		const fallback = field.fallback?.({ ...(given as Record<string, string>), ...answers });
		let value = given[field.flag]?.trim();
		if (value === undefined && io.interactive) {
			for (;;) {
				const answer = (await io.ask(`${field.question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
				value = answer || fallback || '';
				const problem = value === '' ? (field.optional ? undefined : 'skal udfyldes') : field.check?.(value);
				if (!problem) break;
				io.error(`  ${problem}`);
			}
		}
		value ??= fallback;
		if (value === undefined || value === '') {
			if (!field.optional) problems.push(`mangler --${field.flag}: ${field.question}`);
			continue;
		}
		const problem = field.check?.(value);
		if (problem) problems.push(`--${field.flag} "${value}" ${problem}`);
		else answers[field.flag] = value;
	}
	return problems.length ? problems : answers;
}

/** Runs the command; returns the exit code. */
export async function runNew({ args, contentDir, rootDir, io }: { args: string[]; contentDir: string; rootDir: string; io: ScaffoldIo }): Promise<number> {
	let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAG_OPTIONS; allowPositionals: true }>>;
	try {
		parsed = parseArgs({ args, options: FLAG_OPTIONS, allowPositionals: true });
	} catch (error) {
		io.error(`Ukendt eller ufuldstændigt flag: ${(error as Error).message}`);
		USAGE.forEach((line) => io.error(line));
		return 1;
	}
	const what = { document: 'document', dokument: 'document', period: 'period', periode: 'period' }[parsed.positionals[0] ?? ''];
	if (!what || parsed.positionals.length !== 1) {
		USAGE.forEach((line) => io.error(line));
		return 1;
	}

	const answers = await collect(what === 'document' ? DOCUMENT_FIELDS : PERIOD_FIELDS, parsed.values, io);
	if (Array.isArray(answers)) {
		answers.forEach((line) => io.error(line));
		if (!io.interactive && answers.some((line) => line.startsWith('mangler'))) io.error('Kommandoen spørger kun, når den køres i en terminal; giv ellers alle felter som flag.');
		return 1;
	}

	let path: string;
	let text: string;
	if (what === 'period') {
		const folder = join(contentDir, answers.id!);
		path = join(folder, PERIOD_FILE);
		text = periodText(answers);
		mkdirSync(folder, { recursive: true });
	} else {
		const folder = join(contentDir, answers.period!);
		if (!existsSync(join(folder, PERIOD_FILE))) {
			const known = existsSync(contentDir)
				? readdirSync(contentDir).filter((name) => existsSync(join(contentDir, name, PERIOD_FILE)))
				: [];
			io.error(`perioden ${answers.period} findes ikke (kendte perioder: ${known.sort().join(', ') || 'ingen'}); opret den først med npm run new -- period`);
			return 1;
		}
		path = join(folder, `${answers.file}.md`);
		text = documentText(answers);
	}

	const shown = relative(rootDir, path).split('\\').join('/');
	try {
		// 'wx' fails if the file exists: an existing file is never overwritten, not even in a race.
		writeFileSync(path, text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		io.error(`${shown} findes allerede og bliver ikke overskrevet${what === 'document' ? ': vælg et andet filnavn med --file' : ''}`);
		return 1;
	}

	const problems = sortProblems(checkContent({ contentDir, rootDir }).problems);
	const own = problems.filter((problem) => problem.file === shown);
	if (own.length) {
		io.error(`${shown} er oprettet, men indholdskontrollen fandt fejl i den:`);
		own.forEach((problem) => io.error(formatProblem(problem)));
		return 1;
	}
	io.print(`Oprettet: ${shown}`);
	io.print(
		what === 'document'
			? 'Næste skridt: skriv kildens tekst i filen, se siden med npm run dev, og kør npm run check.'
			: `Næste skridt: tilføj vision, fokusområder og godkendelse i filen, når kilderne oplyser dem, og læg dokumenterne i content/${answers.id}/.`,
	);
	if (problems.length > own.length) io.print(`(Indholdet har ${problems.length - own.length} andre fejl; kør npm run check.)`);
	return 0;
}
