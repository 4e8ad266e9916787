import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_FOLDER, THEMES_FOLDER } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { readWordList } from '../../src/validation/rules/spelling.ts';
import type { DocumentFrontmatter, FocusArea, Period } from '../../src/schemas/index.ts';

type EditorialNote = DocumentFrontmatter['notes'][number];

/**
 * The building blocks of the synthetic corpus, all taken from the published content: the benchmark
 * measures Danish text of the kind the site really holds (word lengths, letters, stemming), and no
 * invented prose enters the repository.
 */
export interface SourceText {
	sentences: string[];
	headings: string[];
	listItems: string[];
	titles: string[];
	/** Sentences short enough for a document summary (at most 400 characters). */
	summaries: string[];
	issuers: string[];
	publishers: string[];
	journalNumbers: string[];
	notes: EditorialNote[];
	focusAreas: FocusArea[];
	vision: NonNullable<Period['vision']> | undefined;
	/** Ids of the real themes, for the documents' `themes`. */
	themeIds: string[];
	/**
	 * The real glossary and theme files, copied into the corpus as they are: they refer to each other,
	 * not to documents, so they stay valid, and the site's glossary and theme pages get built too.
	 */
	sharedFiles: { path: string; text: string }[];
	/**
	 * Misspellings kept from the sources (cspell/kildefejl.txt), each with the real kildefejl note that
	 * names it: a generated document that reuses such a word carries the note, as the content check asks.
	 */
	sourceErrors: { word: string; note: EditorialNote }[];
}

/** The list of misspellings kept from the sources, which the content check accepts only with a note. */
const SOURCE_ERRORS_FILE = 'cspell/kildefejl.txt';

// A link to a period or document page: the synthetic archive has other pages, so the documents' text
// and the copied glossary and theme files keep the link text without the link.
const DOCUMENT_LINK = /\[([^\]]+)\]\(\/\d{4}-\d{4}\/[^)]*\)/g;

// A sentence ends at . ! or ? followed by space and a capital letter (or a Danish one).
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-ZÆØÅ«»"“])/;

/** Splits one Markdown body into paragraph sentences, headings and list items. */
export function harvestBody(body: string): Pick<SourceText, 'sentences' | 'headings' | 'listItems'> {
	const sentences: string[] = [];
	const headings: string[] = [];
	const listItems: string[] = [];
	for (const raw of body.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || line.startsWith('>') || line.startsWith('|') || line.startsWith('```')) continue;
		const heading = /^#{2,6}\s+(.+)$/.exec(line);
		const item = /^(?:[-*+]|\d+\.)\s+(.+)$/.exec(line);
		if (heading) headings.push(heading[1]!.trim());
		else if (item) listItems.push(item[1]!.trim());
		else sentences.push(...line.split(SENTENCE_END).map((sentence) => sentence.trim()));
	}
	return {
		// Very short fragments ("Ad 1.") read as noise when recombined; very long ones dominate a paragraph.
		sentences: sentences.filter((sentence) => sentence.length >= 25 && sentence.length <= 500),
		headings: headings.filter((heading) => heading.length <= 80),
		listItems: listItems.filter((item) => item.length >= 3 && item.length <= 300),
	};
}

const unique = (items: string[]) => [...new Set(items)];

/**
 * Reads the real content with the same checker the build uses and collects its text. Fails when the
 * content has problems or too little text to build documents from.
 */
export function readSourceText(contentDir: string, rootDir: string): SourceText {
	const checked = checkContent({ contentDir, rootDir });
	if (checked.problems.length > 0) {
		throw new Error(`the source content has problems: ${checked.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('; ')}`);
	}
	// Links to the archive's pages keep their text only: recombined, they would lead to pages the
	// synthetic archive does not have.
	const harvested = checked.documents.map((document) => harvestBody(document.body.replace(DOCUMENT_LINK, '$1')));
	const documents = checked.documents.map((document) => document.data);
	const sentences = unique(harvested.flatMap((part) => part.sentences));
	const text: SourceText = {
		sentences,
		headings: unique(harvested.flatMap((part) => part.headings)),
		listItems: unique(harvested.flatMap((part) => part.listItems)),
		titles: unique(documents.map((data) => data.title)),
		summaries: unique([...documents.map((data) => data.summary), ...sentences.filter((sentence) => sentence.length <= 400)]),
		issuers: unique(documents.map((data) => data.issuer)),
		publishers: unique(documents.map((data) => data.source.publisher)),
		journalNumbers: unique(documents.flatMap((data) => (data.source.journalNumber ? [data.source.journalNumber] : []))),
		notes: documents.flatMap((data) => data.notes),
		// The period with the most focus areas gives every synthetic period its focus areas.
		focusAreas: [...checked.periods].sort((a, b) => b.data.focusAreas.length - a.data.focusAreas.length)[0]?.data.focusAreas ?? [],
		vision: checked.periods.find((period) => period.data.vision)?.data.vision,
		themeIds: checked.themes.map((theme) => theme.id),
		sharedFiles: [GLOSSARY_FOLDER, THEMES_FOLDER].flatMap((folder) => {
			const dir = join(contentDir, folder);
			const names = checked[folder === GLOSSARY_FOLDER ? 'glossary' : 'themes'].length ? readdirSync(dir).sort() : [];
			return names
				.filter((name) => name.endsWith('.md'))
				.map((name) => ({ path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8').replace(DOCUMENT_LINK, '$1') }));
		}),
		sourceErrors: [],
	};
	const errorsFile = join(rootDir, SOURCE_ERRORS_FILE);
	for (const word of existsSync(errorsFile) ? readWordList(errorsFile) : []) {
		const note = text.notes.find((candidate) => candidate.kind === 'kildefejl' && candidate.text.includes(word));
		if (!note) throw new Error(`${SOURCE_ERRORS_FILE} lists "${word}", but no kildefejl note in the content names it`);
		text.sourceErrors.push({ word, note });
	}
	for (const key of ['sentences', 'headings', 'listItems', 'titles', 'issuers', 'publishers'] as const) {
		if (text[key].length === 0) throw new Error(`the source content has no ${key} to build a corpus from`);
	}
	return text;
}
