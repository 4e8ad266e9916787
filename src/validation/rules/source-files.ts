// A document names the raw source text it was made from (`source.file`), and the site publishes
// that text beside it so readers can check the editors' changes. A name that is not a file in the
// sources folder would leave the document without its source, and a source file no document names
// would be kept in the repository without a page; both are reported where the editor can fix them.
import type { CheckedDocument } from '../check-content.ts';
import type { Problem } from '../problems.ts';

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
