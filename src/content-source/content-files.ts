// The one definition of which files under content/ are content, of what kind, and with which id.
// The content check, the collections (through the check) and the bench all list files here, so no
// two readers can disagree about what a folder holds (Astro's globs once read files the check
// never saw). Anything this module does not recognise is a problem, never silently skipped.
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePeriodId } from '../schemas/common.ts';
import { SOURCE_REGISTER_FILE, SOURCES_FOLDER } from '../schemas/document.ts';
import { GLOSSARY_FOLDER } from '../schemas/glossary.ts';
import { PERIOD_FILE } from '../schemas/period.ts';
import { REDIRECTS_FILE } from '../schemas/redirects.ts';
import { SYNONYMS_FILE } from '../schemas/synonyms.ts';
import { THEMES_FOLDER } from '../schemas/theme.ts';
import { slugFromPath } from '../lib/slugs.ts';
import { compareCodeUnits, printable, type Problem } from '../validation/problems.ts';

/** What a content file is. */
export type ContentFileKind = 'period' | 'document' | 'glossary' | 'theme' | 'redirects' | 'synonyms' | 'source' | 'source-register';

/** One content file, classified, with the id its collection gives it. */
export interface ContentFile {
	kind: ContentFileKind;
	/** Absolute path. */
	path: string;
	/** Project-relative path with forward slashes, as problems name it. @example 'content/2021-2022/x.md' */
	file: string;
	/**
	 * The id in its collection: the folder name of a period, '<period>/<slug>' of a document, the
	 * slug of a glossary entry or theme, the file name of the redirects or synonyms file.
	 */
	id: string;
	/** The period folder a period file or document lies in. */
	period?: string;
	/** True for an .mdx document. */
	mdx: boolean;
}

export interface ContentListing {
	files: ContentFile[];
	problems: Problem[];
	/** Every period folder (one holding a period file), in code-unit order. */
	periodFolders: string[];
}

// Lower-case extensions only: `.MD` would be a document on one system and ignored on another.
const DOCUMENT_FILE = /\.(md|mdx)$/;
const ENTRY_FILE = /\.md$/;
const ANY_MARKDOWN_CASE = /\.(md|mdx)$/i;
// Letters (æøå included), digits, space, dot, hyphen, underscore: what a file name for a public
// address needs. Control characters (a newline in a name could write its own CI annotation) and
// shell or URL syntax are refused.
const FILE_NAME = /^[\p{L}\p{N} ._-]+$/u;

/** Lists and classifies every file under `contentDir`; `rootDir` makes the paths problems name. */
export function listContentFiles(contentDir: string, rootDir: string): ContentListing {
	const files: ContentFile[] = [];
	const problems: Problem[] = [];
	const rel = (path: string) => printable(relative(rootDir, path).split('\\').join('/') || '.');
	const entries = readEntries(contentDir, rel, problems);
	const periodFolders = entries
		.filter((entry) => entry.isDirectory() && parsePeriodId(entry.name) && isFile(join(contentDir, entry.name, PERIOD_FILE)))
		.map((entry) => entry.name);
	const knownPeriods = periodFolders.join(', ') || 'ingen';

	for (const entry of entries) {
		const path = join(contentDir, entry.name);
		if (entry.isDirectory() && (entry.name === GLOSSARY_FOLDER || entry.name === THEMES_FOLDER)) {
			const kind = entry.name === GLOSSARY_FOLDER ? 'glossary' : 'theme';
			const wrongFile = kind === 'glossary' ? 'ordlisten består af Markdown-filer (.md), én pr. begreb' : 'temaerne er Markdown-filer (.md), én pr. tema';
			for (const child of readEntries(path, rel, problems)) {
				const childPath = join(path, child.name);
				if (child.isDirectory() || !ENTRY_FILE.test(child.name)) {
					problems.push({ file: rel(childPath), message: extensionHint(child.name) ?? wrongFile });
				} else {
					files.push({ kind, path: childPath, file: rel(childPath), id: slugFromPath(child.name), mdx: false });
				}
			}
		} else if (entry.isDirectory() && entry.name === SOURCES_FOLDER) {
			// The raw source texts as received, and their register: any text file, never parsed as content.
			for (const child of readEntries(path, rel, problems)) {
				const childPath = join(path, child.name);
				if (child.isDirectory()) {
					problems.push({ file: `${rel(childPath)}/`, message: 'undermapper bruges ikke: læg kildeteksten direkte i content/kilder/' });
				} else {
					const kind = child.name === SOURCE_REGISTER_FILE ? 'source-register' : 'source';
					files.push({ kind, path: childPath, file: rel(childPath), id: child.name, mdx: false });
				}
			}
		} else if (!entry.isDirectory() && entry.name === REDIRECTS_FILE) {
			files.push({ kind: 'redirects', path, file: rel(path), id: REDIRECTS_FILE, mdx: false });
		} else if (!entry.isDirectory() && entry.name === SYNONYMS_FILE) {
			files.push({ kind: 'synonyms', path, file: rel(path), id: SYNONYMS_FILE, mdx: false });
		} else if (!entry.isDirectory()) {
			problems.push({ file: rel(path), message: 'filer skal ligge i en periodemappe, fx content/2021-2022/' });
		} else if (!parsePeriodId(entry.name)) {
			problems.push({
				file: `${rel(path)}/`,
				message: `"${printable(entry.name)}" er ikke navnet på en periodemappe (forventet første og sidste år, fx 2021-2022; kendte perioder: ${knownPeriods})`,
			});
		} else if (!periodFolders.includes(entry.name)) {
			problems.push({ file: `${rel(path)}/`, message: `ukendt periodemappe: den mangler ${PERIOD_FILE} (kendte perioder: ${knownPeriods})` });
		} else {
			files.push({ kind: 'period', path: join(path, PERIOD_FILE), file: rel(join(path, PERIOD_FILE)), id: entry.name, period: entry.name, mdx: false });
			for (const child of readEntries(path, rel, problems)) {
				const childPath = join(path, child.name);
				if (child.name === PERIOD_FILE) continue;
				if (child.isDirectory()) {
					problems.push({ file: `${rel(childPath)}/`, message: 'undermapper bruges ikke: læg dokumentet direkte i periodemappen' });
				} else if (!DOCUMENT_FILE.test(child.name)) {
					problems.push({ file: rel(childPath), message: extensionHint(child.name) ?? 'ukendt filtype: dokumenter skal være Markdown (.md) eller MDX (.mdx)' });
				} else {
					const slug = slugFromPath(child.name);
					files.push({ kind: 'document', path: childPath, file: rel(childPath), id: `${entry.name}/${slug}`, period: entry.name, mdx: child.name.endsWith('.mdx') });
				}
			}
		}
	}
	problems.push(...idProblems(files));
	return { files: files.filter((file) => !problems.some((problem) => problem.file === file.file)), problems, periodFolders };
}

/**
 * A folder's entries in code-unit order (the same on every machine), without hidden files. Links are
 * refused: a symbolic link could publish a file from outside the repository (`/etc/passwd` as a
 * document) or make a folder look like a file (`x.md` pointing at a folder).
 */
function readEntries(folder: string, rel: (path: string) => string, problems: Problem[]): Dirent[] {
	const kept: Dirent[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
		if (entry.name.startsWith('.')) continue;
		const path = join(folder, entry.name);
		if (entry.isSymbolicLink()) {
			problems.push({ file: rel(path), message: 'symbolske links bruges ikke i indholdet: læg selve filen her i stedet for et link til den' });
		} else if (!entry.isDirectory() && !entry.isFile()) {
			problems.push({ file: rel(path), message: 'er hverken en fil eller en mappe: slet den' });
		} else if (entry.isFile() && !FILE_NAME.test(entry.name)) {
			// Folders are judged by what they are for (a period, the glossary ...), with their own messages.
			problems.push({ file: rel(path), message: 'filnavnet må kun indeholde bogstaver, tal, mellemrum, punktum, bindestreg og understreg' });
		} else {
			kept.push(entry);
		}
	}
	return kept;
}

function isFile(path: string): boolean {
	try {
		return lstatSync(path).isFile();
	} catch {
		return false;
	}
}

/** The fix for a Markdown file whose extension is not written in lower case. */
function extensionHint(name: string): string | undefined {
	if (!ANY_MARKDOWN_CASE.test(name) || DOCUMENT_FILE.test(name)) return undefined;
	const extension = name.slice(name.lastIndexOf('.'));
	return `filendelsen "${extension}" skal skrives med små bogstaver: ${extension.toLowerCase()}`;
}

/**
 * Two files of one collection whose ids are equal after slugging (`das_.md` beside `das.md`,
 * `Egenmestring.md` beside `egenmestring.md`) would replace one another, the winner depending on
 * the file system's order. The first in code-unit order keeps the id; the others are refused.
 */
function idProblems(files: readonly ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, ContentFile>();
	for (const file of files) {
		if ((file.kind === 'document' || file.kind === 'glossary' || file.kind === 'theme') && (file.id === '' || file.id.endsWith('/'))) {
			problems.push({ file: file.file, message: 'filnavnet giver ingen adresse: brug bogstaver eller tal i filnavnet' });
			continue;
		}
		const key = `${file.kind}:${file.id}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, file);
		} else {
			problems.push({
				file: file.file,
				message:
					file.kind === 'document'
						? `giver samme adresse /${file.id}/ som ${first.file}: giv et af dokumenterne et andet filnavn`
						: `giver samme id "${file.id}" som ${first.file} (store og små bogstaver og tegn som _ tæller ikke med): giv en af filerne et andet filnavn`,
			});
		}
	}
	return problems;
}
