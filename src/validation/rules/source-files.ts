// A document names the raw source text it was made from (`source.file`), and the site publishes
// that text beside it so readers can check the editors' changes. A name that is not a file in the
// sources folder would leave the document without its source, and a source file no document names
// would be kept in the repository without a page; both are reported where the editor can fix them.
// And since the site promises that nothing was changed but what the notes say, every change
// against the source must be one an editorial note records.
import { compareWithSource, sourceChanges, type SourceChange } from '../../lib/source-comparison.ts';
import { EDITORIAL_NOTE_LABEL } from '../../markdown/remark-editorial-notes.ts';
import type { CheckedDocument } from '../checked-content.ts';
import type { Problem } from '../problems.ts';
import { holdsCruft } from './cruft.ts';

/** What the rule reads of a checked document: its file, its frontmatter and where each field stands. */
export type SourcedDocument = Pick<CheckedDocument, 'file' | 'data' | 'yaml' | 'yamlLineOffset'>;

/** Where the rule finds the source files, for its messages. */
export interface SourceFolder {
	/** Project-relative path of the sources folder, with forward slashes. @example 'content/kilder' */
	path: string;
	/** The source text files in it (the register and hidden files left out), by file name. */
	files: readonly string[];
}

/**
 * Every `source.file` must name a file in the sources folder, and every file there must be named by
 * a document. Problems carry the file and the line of `source.file`, or the source file itself.
 */
export function checkSourceFiles(documents: readonly SourcedDocument[], folder: SourceFolder): Problem[] {
	const problems: Problem[] = [];
	const known = new Set(folder.files);
	const named = new Set<string>();
	const listed = [...folder.files].sort().join(', ') || 'ingen';
	for (const document of documents) {
		const file = document.data.source.file;
		if (file === undefined) continue;
		named.add(file);
		if (known.has(file)) continue;
		problems.push({
			file: document.file,
			line: document.yaml.lineOf(['source', 'file']) + document.yamlLineOffset,
			message: `source.file "${file}" er ikke en fil i ${folder.path}/: ret filnavnet, eller læg kildeteksten i ${folder.path}/ (kildetekster dér: ${listed})`,
		});
	}
	for (const file of [...folder.files].sort()) {
		if (named.has(file)) continue;
		problems.push({
			file: `${folder.path}/${file}`,
			message: `intet dokument er lavet ud fra kildeteksten: skriv "file: ${file}" under source i det dokument, der gengiver den, eller fjern filen`,
		});
	}
	return problems;
}

/** What the change rule reads of a checked document. */
export type ComparedDocument = SourcedDocument & Pick<CheckedDocument, 'body'> & { markdown: Pick<CheckedDocument['markdown'], 'mdx'> };

const quoted = (text: string) => [...text.matchAll(/»([^«]+)«/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });

/**
 * The changes against the source that no editorial note records. A change is recorded when what
 * it removes or adds is accounted for by:
 * - a passage a note quotes in »...«, or the document's own title or its source's title (a title
 *   line moved into the metadata);
 * - web-page cruft the content check knows (a sentence holding a cookie notice or an editor line),
 *   which a note says was removed without quoting it all;
 * - an in-text editorial note (»Redaktionel note: ...«), which is itself the record;
 * - in a text restored from a scan (`source.restoredFromScan`), a word put back with its æ, ø or å,
 *   or a word that a note quotes.
 */
export function unrecordedChanges(changes: readonly SourceChange[], data: SourcedDocument['data']): SourceChange[] {
	const passages = [...data.notes.flatMap((note) => quoted(note.text)), data.title, data.source.title]
		.filter(hasWords)
		.sort((a, b) => b.length - a.length);
	const quotedWords = new Set(passages.flatMap((passage) => passage.split(' ')));
	/** What is left of a text once every recorded passage and every cruft sentence is taken out. */
	const unaccounted = (text: string) => {
		const rest = passages.reduce((left, passage) => left.split(passage).join(' '), text);
		return [...segmenter.segment(rest)]
			.map((part) => part.segment)
			.filter((sentence) => !holdsCruft(sentence))
			.join(' ');
	};
	const restoredWord = (before: string, after: string) => before === after || /[æøåÆØÅ]/.test(after) || quotedWords.has(before);
	return changes.filter(({ removed, added }) => {
		if (removed === '' && added.startsWith(EDITORIAL_NOTE_LABEL)) return false;
		if (data.source.restoredFromScan && removed && added) {
			const before = removed.split(' ');
			const after = added.split(' ');
			if (before.length === after.length && before.every((word, index) => restoredWord(word, after[index]!))) return false;
		}
		return hasWords(unaccounted(removed)) || hasWords(unaccounted(added));
	});
}

/** A passage short enough to quote in a message. */
const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Why a change needs a note, and how to give it one. */
function changeMessage({ removed, added }: SourceChange, file: string): string {
	if (!added) return `»${excerpt(removed)}« står i kildeteksten ${file}, men ikke i dokumentet, og ingen note siger, at det er fjernet: sæt teksten ind igen, eller skriv en note, der citerer den i »...«`;
	if (!removed) return `»${excerpt(added)}« står ikke i kildeteksten ${file}, og ingen note siger, at det er tilføjet: slet det, eller skriv en note, der citerer det i »...«`;
	return `kildeteksten ${file} har »${excerpt(removed)}«, hvor dokumentet har »${excerpt(added)}«, og ingen note siger det: ret teksten tilbage, eller skriv en rettelse-note, der citerer begge dele i »...«`;
}

/**
 * Every change a document makes against its source text that no editorial note records, on the
 * line of `source.file`. `readSource` gives a source text by file name, or undefined when there
 * is none (checkSourceFiles reports that).
 */
export function checkSourceChanges(documents: readonly ComparedDocument[], readSource: (file: string) => string | undefined): Problem[] {
	return documents.flatMap((document) => {
		const file = document.data.source.file;
		const source = file === undefined ? undefined : readSource(file);
		if (file === undefined || source === undefined) return [];
		const line = document.yaml.lineOf(['source', 'file']) + document.yamlLineOffset;
		const changes = sourceChanges(compareWithSource(source, document.body, document.markdown.mdx));
		return unrecordedChanges(changes, document.data).map((change) => ({ file: document.file, line, message: changeMessage(change, file) }));
	});
}
