/**
 * The site publishes its sources' own text, cleaned and structured, never paraphrased. These checks
 * compare every content file with the raw source it was made from (../shared/sources, beside the
 * repository), so that a dropped or reworded sentence, leftover web-page cruft, a surviving OCR
 * misreading or an editorial note that does not match the text fails the test suite instead of
 * reaching readers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	DocumentFrontmatterSchema,
	PERIOD_FILE,
	PeriodSchema,
	type DocumentFrontmatter,
	type Period,
} from '../../src/schemas/index.ts';
import { OCR_MISREADINGS } from '../../src/validation/rules/ocr.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_DIR = join(ROOT, 'content');
const SOURCES_DIR = resolve(ROOT, '../shared/sources');

/** Each source file in the register and the document ('period/slug') that publishes it. */
const PUBLISHED: Record<string, string> = {
	'resultater-2018-2020.txt': '2018-2020/resultater-og-initiativer',
	'handicapraadet-broenderslev-2019-12-03.txt': '2021-2022/referat-handicapraadet-broenderslev',
	'input-2021-2022-ocr-scan.txt': '2021-2022/skriftligt-input-vision-og-fokusomraader',
	'visionsdag-2020-02-03-output.txt': '2021-2022/output-fra-visionsdagen',
	'regionsraadet-2020-11-24-godkendelse.txt': '2021-2022/godkendelse-regionsraadet',
};
const SOURCE_FILES = Object.keys(PUBLISHED);
const OCR_SOURCE = 'input-2021-2022-ocr-scan.txt';

interface Cleanup {
	/** Whole source lines left out of the body: web-page cruft, or metadata moved to the frontmatter. */
	dropLines: string[];
	/** Text run together where a heading or attachment name lost its line break: [source, published]. */
	splits: [string, string][];
}

/**
 * Everything the editors removed from or split in the four sources whose text is published as it
 * stands. Kept explicit, so a removal is a reviewed decision and not a side effect of the check.
 */
const CLEANUPS: Record<string, Cleanup> = {
	'resultater-2018-2020.txt': {
		// The title, on two lines in the source, is the frontmatter title.
		dropLines: ['Nordjysk Socialaftale 2018–2020', '– Resultater og initiativer'],
		splits: [],
	},
	'handicapraadet-broenderslev-2019-12-03.txt': {
		dropLines: [
			// Cookie notice.
			'Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du ikke siger "nej tak til cookies", antager vi, at du accepterer vores cookie politik.',
			'Se vores "cookiepolitik".',
			// The page title is the frontmatter title; the meeting header is date and dateNote.
			'Handicaprådet - Referat (Tillægsdagsorden)',
			'Dato: 3. december 2019',
			'Lokale: Mødelokale 272, Brønderslev Rådhus',
			'Tidspunkt: Kl. 14:00',
			// An attachment heading with no attachment, and page chrome.
			'Bilag',
			'Til toppen',
			'Opdateret 27. november 2019',
			'Ansvarlig redaktør: Bente Nygaard Højer',
		],
		// The table of contents goes; the item title it holds is kept as the item's heading.
		splits: [['Indholdsfortegnelse1. Input', '1. Input']],
	},
	'visionsdag-2020-02-03-output.txt': {
		dropLines: ['Output fra visionsdagen om Nordjysk Socialaftale 2021-2022'],
		splits: [],
	},
	'regionsraadet-2020-11-24-godkendelse.txt': {
		dropLines: [
			'Tilbage til oversigt',
			'Udskriv',
			// Meeting header, item number and title, and journal number: date, dateNote, title, source.
			'Regionsrådet',
			'24-11-2020 13:00',
			'8. Godkendelse - Nordjysk Socialaftale 2021-2022',
			'Journalnr. 2019-053472',
		],
		splits: [
			['godkendelse.Sagsfremstilling', 'godkendelse.\nSagsfremstilling'],
			['Socialaftale.Indstilling', 'Socialaftale.\nIndstilling'],
			['indstillingen.Referat', 'indstillingen.\nReferat'],
			[
				'behandling.Nordjysk Socialaftale 2021-2022_udkast',
				'behandling.\nNordjysk Socialaftale 2021-2022_udkast',
			],
		],
	},
};

/** Errors in the sources themselves: they stay as they stand and each gets a `kildefejl` note. */
const KNOWN_SOURCE_ERRORS: [source: string, passage: string][] = [
	['resultater-2018-2020.txt', 'To temadag'],
	['handicapraadet-broenderslev-2019-12-03.txt', 'politiks visionsdag'],
	['handicapraadet-broenderslev-2019-12-03.txt', 'giver mening af have'],
	['visionsdag-2020-02-03-output.txt', 'lmed UCN'],
	['visionsdag-2020-02-03-output.txt', 'forbyggende'],
	['regionsraadet-2020-11-24-godkendelse.txt', '16. november 2021'],
];

/** Places where the source lacks something: an in-text editorial note must follow the passage. */
const KNOWN_GAPS: [source: string, passage: string][] = [
	['regionsraadet-2020-11-24-godkendelse.txt', 'Nordjysk Socialaftale inkl. bilag'],
	['regionsraadet-2020-11-24-godkendelse.txt', 'De tre målgrupper er:'],
	['regionsraadet-2020-11-24-godkendelse.txt', 'Kommunikation og dialog'],
	[
		'regionsraadet-2020-11-24-godkendelse.txt',
		'Nordjysk Socialaftale 2021-2022_udkast til politisk godkendelse',
	],
];

/** The OCR misreadings the source register lists (the content check's list). */
const REGISTER_MISREADINGS = OCR_MISREADINGS.map(([misread]) => misread);

/**
 * Further misreadings restored in the scanned document, beyond the register's list. (Some, like
 * "ar" and "nar", are Danish words elsewhere; none of the published texts uses them.)
 */
const FURTHER_MISREADINGS = (
	'ar ma nar omrade omradet socialomradet handicapomradet almenboligomradet ' +
	'fokusomrade fokusomrader formal indsatsmal malgruppen malgruppebeskrivelsen ' +
	'faelles hjaelp netvaerk nytaenke fremgar vedrgrende nuvaerende svaert stgtte ' +
	'bostgtte understgttelse gnske gnsker'
).split(' ');

const EDITORIAL_MARKER = '> **Redaktionel note:** ';

interface ContentDocument {
	file: string;
	data: DocumentFrontmatter;
	body: string;
}

function readSource(file: string): string {
	if (!existsSync(SOURCES_DIR)) {
		throw new Error(
			`The source register was not found at ${SOURCES_DIR}. It must lie beside the repository, as ../shared/sources (README.md and the *.txt sources).`,
		);
	}
	return readFileSync(join(SOURCES_DIR, file), 'utf8');
}

function readDocument(ref: string): ContentDocument {
	const file = join(CONTENT_DIR, `${ref}.md`);
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${ref}.md has no frontmatter block`);
	return {
		file: ref,
		data: DocumentFrontmatterSchema.parse(parseYaml(match[1]!)),
		body: match[2]!,
	};
}

function readPeriod(id: string): Period {
	return PeriodSchema.parse(parseYaml(readFileSync(join(CONTENT_DIR, id, PERIOD_FILE), 'utf8')));
}

const documentOf = (source: string) => readDocument(PUBLISHED[source]!);

/** Text without Markdown syntax: heading, quote and list markers, emphasis; hard spaces as spaces. */
function plainText(markdown: string): string {
	return markdown
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map((line) =>
			line
				.replace(/^\s*#{1,6}\s+/, '')
				.replace(/^\s*>\s?/, '')
				.replace(/^\s*(?:[-•]|\d+\.)\s+/, '')
				.replace(/\*+/g, ''),
		)
		.join('\n');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });

/** The sentences of a text, line by line, so no sentence spans a line break. */
function sentences(text: string): string[] {
	return text
		.split('\n')
		.flatMap((line) => [...segmenter.segment(line)].map((part) => collapse(part.segment)))
		.filter(Boolean);
}

/** A source's text as it should be published: cruft and moved metadata out, run-togethers split. */
function cleanedSource(source: string): string {
	const { dropLines, splits } = CLEANUPS[source]!;
	let text = readSource(source).replace(/\u00a0/g, ' ');
	for (const [from, to] of splits) text = text.replace(from, to);
	return text
		.split('\n')
		.filter((line) => !dropLines.includes(line.trim()))
		.join('\n');
}

/** Body lines that are not in-text editorial notes. */
const textLines = (body: string) =>
	body.split('\n').filter((line) => !line.startsWith(EDITORIAL_MARKER));

/** Every string in a frontmatter value, except editorial notes (which quote misreadings on purpose). */
function frontmatterStrings(value: unknown, key = ''): string[] {
	if (key === 'notes') return [];
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((item) => frontmatterStrings(item));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([childKey, child]) =>
			frontmatterStrings(child, childKey),
		);
	}
	return [];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a word or passage on its own, not as part of a longer word ("To temadag" not in "To temadage"). */
const standalone = (text: string, flags = 'u') =>
	new RegExp(`(?<![\\p{L}\\p{N}@])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, flags);

const wholeWord = (word: string) => standalone(word, 'iu');

const quotedPassages = (note: string) => [...note.matchAll(/»([^«]+)«/g)].map((match) => match[1]!);

describe('source register', () => {
	test('the source register lies beside the repository', () => {
		expect(
			existsSync(join(SOURCES_DIR, 'README.md')),
			`Expected the source register at ${SOURCES_DIR}: it must lie beside the repository, as ../shared/sources`,
		).toBe(true);
	});

	test('every source file in the register is published', () => {
		const onDisk = readdirSync(SOURCES_DIR).filter((file) => file.endsWith('.txt'));
		const inRegister = [...readSource('README.md').matchAll(/^\|\s*`([^`]+\.txt)`/gm)].map(
			(match) => match[1],
		);
		expect(onDisk.sort(), 'a source file has no entry in PUBLISHED').toEqual(
			[...SOURCE_FILES].sort(),
		);
		expect(inRegister.sort(), 'the register lists other files than PUBLISHED').toEqual(
			[...SOURCE_FILES].sort(),
		);
	});

	test('the content check knows every OCR misreading the register lists, with its correction', () => {
		const section = readSource('README.md').split('## OCR damage')[1]!.split('This list is not complete')[0]!;
		const listed = [...section.matchAll(/((?:`[^`]+`\/?)+) → ([^,.\n]+)/g)].flatMap(([, misreads, correct]) =>
			[...misreads!.matchAll(/`([^`]+)`/g)].map(([, misread]) => [misread, correct!.trim()]),
		);
		expect(listed.length).toBeGreaterThan(20);
		expect(OCR_MISREADINGS.map((pair) => [...pair])).toEqual(listed);
	});

	test.each(SOURCE_FILES)('%s has its content file', (source) => {
		expect(existsSync(join(CONTENT_DIR, `${PUBLISHED[source]}.md`))).toBe(true);
	});
});

describe('published text', () => {
	test.each(Object.keys(CLEANUPS))('every sentence of %s is published unchanged', (source) => {
		const published = collapse(plainText(documentOf(source).body));
		const missing = sentences(plainText(cleanedSource(source))).filter(
			(sentence) => !published.includes(sentence),
		);
		expect(missing).toEqual([]);
	});

	test.each(Object.keys(CLEANUPS))('every removal listed for %s matches the source', (source) => {
		const text = readSource(source).replace(/\u00a0/g, ' ');
		const lines = text.split('\n').map((line) => line.trim());
		const { dropLines, splits } = CLEANUPS[source]!;
		expect(
			dropLines.filter((line) => !lines.includes(line)),
			'lines not in the source',
		).toEqual([]);
		expect(
			splits.filter(([from]) => !text.includes(from)),
			'run-togethers not in the source',
		).toEqual([]);
	});

	test.each(SOURCE_FILES)('the title of %s is the source’s own', (source) => {
		const { data } = documentOf(source);
		const text = collapse(readSource(source));
		expect(text).toContain(data.title);
		expect(text).toContain(data.source.title);
	});

	test.each(SOURCE_FILES)('%s keeps no scraping cruft in its body', (source) => {
		const body = documentOf(source).body;
		const cruft: [string, RegExp][] = [
			['cookie notice', /cookie/i],
			['"Til toppen"', /Til toppen/i],
			['"Tilbage til oversigt"', /Tilbage til oversigt/i],
			['"Udskriv" line', /^\W*Udskriv\W*$/im],
			['editor line', /Ansvarlig redaktør/i],
			['table of contents', /Indholdsfortegnelse/i],
			['"Opdateret" line', /^\W*Opdateret\b/im],
			['meeting header line', /^\W*(?:Dato|Lokale|Tidspunkt):/im],
			['journal number line', /Journalnr\./i],
			['"Bilag" heading', /^\W*Bilag\W*$/im],
			['run-together heading', /[a-zæøå]\.[A-ZÆØÅ][a-zæøå]/],
		];
		expect(cruft.filter(([, pattern]) => pattern.test(body)).map(([name]) => name)).toEqual([]);
	});

	test.each([
		[
			'handicapraadet-broenderslev-2019-12-03.txt',
			'2019-12-03',
			['14:00', 'Mødelokale 272', '27. november 2019'],
		],
		['regionsraadet-2020-11-24-godkendelse.txt', '2020-11-24', ['13:00', 'Punkt 8']],
	])('the meeting header of %s is in its frontmatter', (source, date, inDateNote) => {
		const { data } = documentOf(source);
		expect(data.date).toBe(date);
		for (const fact of inDateNote) expect(data.dateNote).toContain(fact);
	});

	test('the approval case keeps its journal number in the frontmatter', () => {
		expect(documentOf('regionsraadet-2020-11-24-godkendelse.txt').data.source.journalNumber).toBe(
			'2019-053472',
		);
	});
});

describe('structure', () => {
	test.each(SOURCE_FILES)('%s starts its headings at level 2 and never skips a level', (source) => {
		const levels = [...documentOf(source).body.matchAll(/^(#{1,6})\s/gm)].map(
			(match) => match[1]!.length,
		);
		expect(levels[0]).toBe(2);
		const jumps = levels.filter((level, index) => index > 0 && level > levels[index - 1]! + 1);
		expect(jumps).toEqual([]);
	});

	test.each(SOURCE_FILES)('%s contains no HTML', (source) => {
		expect(documentOf(source).body).not.toMatch(/<\/?[a-z!][^>]*>/i);
	});

	test.each([
		// In the results, "•" lines are the first level and the "-" lines under them the second.
		[
			'resultater-2018-2020.txt',
			(lines: string[]) => {
				let underBullet = false;
				return lines.filter((line) => {
					if (line.startsWith('•')) underBullet = true;
					else if (line.trim() && !line.startsWith('- ')) underBullet = false;
					return underBullet && line.startsWith('- ');
				});
			},
		],
		// In the vision day output, second-level lines are indented with one space.
		[
			'visionsdag-2020-02-03-output.txt',
			(lines: string[]) => lines.filter((line) => line.startsWith(' - ')),
		],
	])('the second-level list items of %s are nested list items', (source, secondLevel) => {
		const expected = secondLevel(readSource(source).split('\n')).map((line) =>
			line.replace(/^\s*- /, ''),
		);
		const nested = documentOf(source)
			.body.split('\n')
			.filter((line) => /^[\t ]+- /.test(line));
		expect(expected.length).toBeGreaterThan(0);
		expect(nested.map((line) => line.replace(/^[\t ]+- /, ''))).toEqual(expected);
	});

	test.each([
		'handicapraadet-broenderslev-2019-12-03.txt',
		'regionsraadet-2020-11-24-godkendelse.txt',
	])('the numbered lists of %s stay ordered lists', (source) => {
		const items = readSource(source)
			.split('\n')
			.filter((line) => /^\s+\d+\. /.test(line))
			.map((line) => line.trim());
		const lines = documentOf(source).body.split('\n');
		expect(items.length).toBeGreaterThan(0);
		expect(items.filter((item) => !lines.includes(item))).toEqual([]);
	});
});

describe('scanned document', () => {
	const misreadings = [...REGISTER_MISREADINGS, ...FURTHER_MISREADINGS];

	test.each(SOURCE_FILES)('%s contains none of the restored OCR misreadings', (source) => {
		const { data, body } = documentOf(source);
		const text = [body, ...frontmatterStrings(data)].join('\n');
		expect(misreadings.filter((word) => wholeWord(word).test(text))).toEqual([]);
	});

	// Few Danish words contain "ae" or "oe"; the ones the texts use are listed here.
	const realWords = ['boende'];

	test.each(SOURCE_FILES)('%s spells no word with "ae" or "oe" for æ or ø', (source) => {
		const words = documentOf(source).body.match(/\p{L}*(?:ae|oe)\p{L}*/giu) ?? [];
		expect(words.filter((word) => !realWords.includes(word.toLowerCase()))).toEqual([]);
	});

	test('the scanned document has its Danish letters back', () => {
		const { body } = documentOf(OCR_SOURCE);
		for (const letter of ['æ', 'ø', 'å']) expect(body).toContain(letter);
	});

	test('the scanned document keeps every word of the scan, changing only misread letters', () => {
		// The scan's first line is the frontmatter title.
		const scanned = readSource(OCR_SOURCE)
			.trim()
			.split('\n')
			.slice(1)
			.join(' ')
			.split(/\s+/)
			.filter(Boolean);
		const published = plainText(documentOf(OCR_SOURCE).body).split(/\s+/).filter(Boolean);
		// The one restored word with no æ, ø or å: the scan read "b" as "o".
		const otherFixes = [['tiloyde', 'tilbyde']];
		const changed = scanned
			.map((word, index) => [word, published[index] ?? ''])
			.filter(([word, restored]) => word !== restored && !/[æøåÆØÅ]/.test(restored!))
			.filter(
				([word, restored]) => !otherFixes.some(([from, to]) => from === word && to === restored),
			);
		expect(published.length).toBe(scanned.length);
		expect(changed).toEqual([]);
	});

	test('the scanned document has its hard-wrapped lines rejoined into paragraphs', () => {
		const unjoined = documentOf(OCR_SOURCE)
			.body.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#') && !/[.:?!]$/.test(line.trim()));
		expect(unjoined).toEqual([]);
	});

	test.each(SOURCE_FILES)('%s is marked as restored from a scan only if it was', (source) => {
		const { data } = documentOf(source);
		const isScan = source === OCR_SOURCE;
		expect(data.source.restoredFromScan).toBe(isScan);
		const scanNotes = data.notes.filter(
			(note) => note.kind === 'rettelse' && /scannet kopi/.test(note.text),
		);
		expect(scanNotes.length > 0).toBe(isScan);
	});
});

describe('editorial notes', () => {
	test.each(KNOWN_SOURCE_ERRORS)(
		'%s keeps the source error "%s" with a kildefejl note',
		(source, passage) => {
			const { data, body } = documentOf(source);
			expect(collapse(plainText(body))).toMatch(standalone(passage));
			expect(
				data.notes.some((note) => note.kind === 'kildefejl' && note.text.includes(passage)),
			).toBe(true);
		},
	);

	test.each(SOURCE_FILES)(
		'every kildefejl note of %s quotes a passage that stands in its text',
		(source) => {
			const { data, body } = documentOf(source);
			const text = collapse(plainText(textLines(body).join('\n')));
			const unfounded = data.notes
				.filter((note) => note.kind === 'kildefejl')
				.filter((note) => !quotedPassages(note.text).some((passage) => text.includes(passage)));
			expect(unfounded).toEqual([]);
		},
	);

	test.each(KNOWN_GAPS)(
		'%s marks the gap at "%s" in the text and in a mangler note',
		(source, passage) => {
			const { data, body } = documentOf(source);
			const lines = body.split('\n');
			const at = lines.findIndex(
				(line) => !line.startsWith(EDITORIAL_MARKER) && line.includes(passage),
			);
			const next = lines.slice(at + 1).find((line) => line.trim());
			expect(at).toBeGreaterThanOrEqual(0);
			expect(next).toMatch(new RegExp(`^${EDITORIAL_MARKER.replace(/[*]/g, '\\*')}\\S`));
			expect(
				data.notes.some((note) => note.kind === 'mangler' && note.text.includes(passage)),
			).toBe(true);
		},
	);

	// A note about a specific passage (something missing there, or an error kept there) also stands
	// beside the passage, in a list item where the passage is one; each repeats a frontmatter note.
	test.each(SOURCE_FILES)('every in-text editorial note of %s has a mangler or kildefejl note', (source) => {
		const { data, body } = documentOf(source);
		const quotes = body.split('\n').map((line) => line.trimStart()).filter((line) => line.startsWith('>'));
		expect(
			quotes.filter((line) => !line.startsWith(EDITORIAL_MARKER)),
			'blockquotes that are not notes',
		).toEqual([]);
		expect(data.notes.filter((note) => note.kind === 'mangler' || note.kind === 'kildefejl').length).toBeGreaterThanOrEqual(
			quotes.length,
		);
	});

	test.each(KNOWN_SOURCE_ERRORS)('%s has a note beside the source error "%s" that quotes it', (source, passage) => {
		const lines = documentOf(source).body.split('\n');
		const at = lines.findIndex((line) => !line.trimStart().startsWith(EDITORIAL_MARKER) && line.includes(passage));
		expect(at).toBeGreaterThanOrEqual(0);
		const next = lines.slice(at + 1).find((line) => line.trim())!.trimStart();
		expect(next.startsWith(EDITORIAL_MARKER), `the line after "${passage}"`).toBe(true);
		// The note quotes a part of the passage, so it is clear which words it is about.
		const quoted = [...next.matchAll(/»([^«]+)«/g)].map((match) => match[1]!);
		expect(quoted.some((part) => passage.includes(part) || part.includes(passage))).toBe(true);
	});
});

describe('periods', () => {
	const periodIds = readdirSync(CONTENT_DIR).filter((entry) =>
		existsSync(join(CONTENT_DIR, entry, PERIOD_FILE)),
	);

	test('both periods of the sources have a period file', () => {
		expect(periodIds.sort()).toEqual(['2018-2020', '2021-2022']);
	});

	test.each(periodIds)('every document reference in %s points to a published document', (id) => {
		const period = readPeriod(id);
		const refs = [
			period.vision?.source,
			period.approval?.source,
			...period.focusAreas.map((area) => area.source),
		];
		const published = Object.values(PUBLISHED);
		expect(refs.filter((ref) => ref !== undefined && !published.includes(ref))).toEqual([]);
	});

	test.each(periodIds)(
		'the vision and focus areas of %s are quoted verbatim from their sources',
		(id) => {
			const period = readPeriod(id);
			// The vision of 2018-2020 is quoted without the quotation marks that enclose it in the minutes.
			const textOf = (ref: string) =>
				collapse(plainText(readDocument(ref).body)).replace(/[“”]/g, '');
			const quotes = [
				...(period.vision?.source ? [[period.vision.source, period.vision.text]] : []),
				...period.focusAreas.flatMap((area) =>
					area.source
						? [
								[area.source, area.title],
								...(area.description ? [[area.source, area.description]] : []),
							]
						: [],
				),
			];
			expect(quotes.length).toBeGreaterThan(0);
			expect(quotes.filter(([ref, quote]) => !textOf(ref!).includes(quote!))).toEqual([]);
		},
	);

	test.each(SOURCE_FILES)('%s names only focus areas its stage of its period defines', (source) => {
		const ref = PUBLISHED[source]!;
		const period = readPeriod(ref.split('/')[0]!);
		const { data } = documentOf(source);
		const stage = data.focusAreaStage === undefined ? undefined : period.focusAreaHistory.find((candidate) => candidate.id === data.focusAreaStage);
		if (data.focusAreaStage !== undefined) expect(stage, `stage ${data.focusAreaStage}`).toBeDefined();
		const defined = (stage ? stage.focusAreas : period.focusAreas).map((area) => area.id);
		expect(data.focusAreas.filter((id) => !defined.includes(id))).toEqual([]);
	});

	test.each(SOURCE_FILES)('%s uses the focus-area names of the stage it is tagged with', (source) => {
		const ref = PUBLISHED[source]!;
		const period = readPeriod(ref.split('/')[0]!);
		const { data, body } = documentOf(source);
		const stage = data.focusAreaStage === undefined ? undefined : period.focusAreaHistory.find((candidate) => candidate.id === data.focusAreaStage);
		const areas = (stage ? stage.focusAreas : period.focusAreas).filter((area) => area.id !== undefined && data.focusAreas.includes(area.id));
		// Each name it is tagged with stands in its own text. A document may word it a little
		// differently ("Hvordan udvikler vi" for "Hvordan udvikles"), so its first or its last three
		// words must stand there.
		const text = collapse(plainText(body)).toLowerCase();
		for (const area of areas) {
			const words = area.title.toLowerCase().replace(/[?.!]/g, '').split(' ');
			const ends = [words.slice(0, 3).join(' '), words.slice(-3).join(' ')];
			expect(ends.some((end) => text.includes(end)), area.title).toBe(true);
		}
	});
});
