// The content check's memory of each Markdown file: what it found in the file alone (its problems,
// the checked file with its syntax tree, the text rules' findings), kept by the digest of the file's
// bytes and a fingerprint of everything else the result depends on. A re-check then reads again only
// the files that changed, and runs the rules that tie files together on all of them.
//
// Content is untrusted: a result is found only by the digest of the very bytes it was made from,
// so a changed file always misses and is checked in full. The cache's own files are not trusted
// either: one whose checksum, format or key does not match is ignored and written again. A checksum
// proves no origin, though, and anyone can compute a key: so a cache folder that came with the
// repository (a pull request can commit files under the ignored .build/) is never read or written.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import { trackedByGit } from '../build-cache.ts';
import type { ContentFile } from '../content-source/content-files.ts';
import { lazyYamlSource } from '../content-source/yaml-source.ts';
import type { CheckedMarkdownFile } from './checked-content.ts';
import type { ParsedBody } from './markdown.ts';
import type { Problem } from './problems.ts';
import { spellingInputFiles } from './rules/spelling.ts';
import type { FileTexts } from './text-rules.ts';

/** What the check finds in one Markdown file on its own. */
export interface FileResult {
	/** The file's own problems (its text, frontmatter, schema, syntax); none when it is checked. */
	problems: Problem[];
	/** The checked file, when it has none of those problems. */
	checked?: CheckedMarkdownFile<unknown>;
	/** The text rules' findings in the checked file (../text-rules.ts fileTexts). */
	texts?: FileTexts;
	/** A checked document's problems with the scaffold's placeholder note (./rules/placeholder-note.ts). */
	placeholderNotes?: Problem[];
}

/** Keeps FileResults within one process and, when given a folder, between processes. */
export interface CheckCache {
	/** The key of a file's result: its place, its bytes and the fingerprint. */
	keyOf(file: ContentFile, bytes: Uint8Array): string;
	/** The result kept under `key`; a fresh copy each time, so nothing a caller changes leaks into the next check. */
	get(key: string): FileResult | undefined;
	/** Keeps `result` under `key`. Call it before anything can change the result (the renderer transforms trees in place). */
	set(key: string, result: FileResult): void;
	/** Ends one check: forgets the results it did not use. */
	finish(): void;
}

// Bumped whenever what is stored changes shape.
const FORMAT = 1;
const CHECKSUM_BYTES = 32;
const SRC = fileURLToPath(new URL('../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The code files under src/ that the check may import: all but pages, components and styles. */
const isCode = (name: string) => /\.(ts|mts|js|mjs|json)$/.test(name);

/**
 * Everything a file's result depends on besides the file: the checker's code (every code file under
 * src/, more than it needs, so no rule is ever missed), the spelling dictionaries and cspell.json,
 * and the installed packages' lock (the Markdown and YAML parsers among them).
 */
export function checkInputFiles(): string[] {
	const code = (readdirSync(SRC, { recursive: true }) as string[]).filter(isCode).map((name) => join(SRC, name)).sort();
	const lock = [join(ROOT, 'node_modules', '.package-lock.json'), join(ROOT, 'package-lock.json')].find((path) => existsSync(path));
	return [...code, ...spellingInputFiles(), ...(lock ? [lock] : [])];
}

/** A digest of the input files' names and bytes, Node's version (the serialization format) and this cache's format. */
export function checkFingerprint(files = checkInputFiles()): string {
	const hash = createHash('sha256').update(`format ${FORMAT}\nnode ${process.version}\n`);
	for (const path of files) hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path)).update('\n');
	return hash.digest('hex').slice(0, 16);
}

/** The stored form of a result: the YAML as its text and lines, the tree as its own serialized bytes. */
interface StoredResult {
	format: number;
	key: string;
	problems: Problem[];
	checked?: Omit<CheckedMarkdownFile<unknown>, 'yaml' | 'markdown' | 'body'> & { yamlText: string; yamlLines: Record<string, number>; markdown: Omit<ParsedBody, 'tree'> & { tree: Uint8Array } };
	texts?: FileTexts;
	placeholderNotes?: Problem[];
}

function toStored(key: string, result: FileResult): StoredResult {
	if (!result.checked) return { format: FORMAT, key, problems: result.problems };
	const { yaml, markdown, body: _body, ...rest } = result.checked;
	return {
		format: FORMAT,
		key,
		problems: result.problems,
		// The body is the Markdown text; kept once.
		checked: { ...rest, yamlText: yaml.text, yamlLines: yaml.lineIndex(), markdown: { text: markdown.text, firstLine: markdown.firstLine, mdx: markdown.mdx, tree: serialize(markdown.tree) } },
		texts: result.texts,
		placeholderNotes: result.placeholderNotes,
	};
}

/** A result from its stored form; the tree is deserialized when first read (a check without rendering never reads it). */
function fromStored(stored: StoredResult): FileResult {
	if (!stored.checked) return { problems: stored.problems };
	const { yamlText, yamlLines, markdown: storedMarkdown, ...rest } = stored.checked;
	let tree: Root | undefined;
	const markdown: ParsedBody = {
		text: storedMarkdown.text,
		firstLine: storedMarkdown.firstLine,
		mdx: storedMarkdown.mdx,
		get tree() {
			return (tree ??= deserialize(storedMarkdown.tree) as Root);
		},
	};
	return { problems: stored.problems, checked: { ...rest, body: markdown.text, yaml: lazyYamlSource(yamlText, yamlLines), markdown }, texts: stored.texts, placeholderNotes: stored.placeholderNotes };
}

/** The stored result in a cache file's bytes, or undefined for anything damaged or foreign. */
function readStored(bytes: Uint8Array, key: string): StoredResult | undefined {
	if (bytes.length <= CHECKSUM_BYTES) return undefined;
	const payload = bytes.subarray(CHECKSUM_BYTES);
	const checksum = createHash('sha256').update(payload).digest();
	if (!checksum.equals(bytes.subarray(0, CHECKSUM_BYTES))) return undefined;
	try {
		const stored = deserialize(payload) as StoredResult;
		return stored && stored.format === FORMAT && stored.key === key && Array.isArray(stored.problems) ? stored : undefined;
	} catch {
		return undefined;
	}
}

/**
 * A cache for the content check. With `dir`, results are also written there (one file each, in a
 * folder per fingerprint; folders of other fingerprints are removed), so the next `npm run check`,
 * build or dev server start reads them. With `memory` (the dev server), the results of the last
 * check are also kept in memory for the next. Deleting the folder is always safe: it is only a cache.
 */
export function openCheckCache({ dir, fingerprint = checkFingerprint(), memory: keepInMemory = true }: { dir?: string; fingerprint?: string; memory?: boolean } = {}): CheckCache {
	// Serialized, not live objects: each get gives a copy that a renderer may change freely.
	let memory = new Map<string, Uint8Array | undefined>();
	let used = new Map<string, Uint8Array | undefined>();
	// A folder that came with the repository is not used at all, not even cleared (its files are tracked).
	const folder = dir === undefined || trackedByGit(dir) ? undefined : join(dir, fingerprint);
	let writable = folder !== undefined;
	let folderMade = false;
	// The names in the folder, read once: a check of new files then tries no file that is not there.
	let stored = new Set<string>();
	try {
		if (folder !== undefined && dir !== undefined && existsSync(dir)) {
			for (const name of readdirSync(dir)) if (name !== fingerprint) rmSync(join(dir, name), { recursive: true, force: true });
		}
		if (folder !== undefined && existsSync(folder)) stored = new Set(readdirSync(folder));
	} catch {
		// Housekeeping only: a folder that cannot be read is found unwritable by the first result kept.
	}
	const nameOf = (key: string) => `${key}.bin`;

	return {
		keyOf(file, bytes) {
			return createHash('sha256')
				.update(JSON.stringify([fingerprint, file.kind, file.path, file.file, file.id, file.period ?? null, file.mdx]))
				.update('\n')
				.update(bytes)
				.digest('hex');
		},
		get(key) {
			let bytes = memory.get(key);
			let result = bytes && readStored(bytes, key);
			if (!result && folder && stored.has(nameOf(key))) {
				try {
					bytes = readFileSync(join(folder, nameOf(key)));
					result = readStored(bytes, key);
				} catch {
					result = undefined;
				}
			}
			if (!result || !bytes) return undefined;
			used.set(key, keepInMemory ? bytes : undefined);
			return fromStored(result);
		},
		set(key, result) {
			const payload = serialize(toStored(key, result));
			const checksum = createHash('sha256').update(payload).digest();
			used.set(key, keepInMemory ? Buffer.concat([checksum, payload]) : undefined);
			if (!writable) return;
			// Write, then rename: a check running at the same time never reads a half-written file. A
			// folder that cannot be written only makes the next check slower.
			try {
				if (!folderMade) mkdirSync(folder!, { recursive: true });
				folderMade = true;
				const path = join(folder!, nameOf(key));
				const partial = `${path}.${process.pid}.tmp`;
				const fd = openSync(partial, 'w');
				try {
					writeSync(fd, checksum);
					writeSync(fd, payload);
				} finally {
					closeSync(fd);
				}
				renameSync(partial, path);
				stored.add(nameOf(key));
			} catch {
				writable = false;
			}
		},
		finish() {
			memory = used;
			used = new Map();
			// Old versions of edited files pile up; once they outnumber the current ones, they go.
			if (!folder || !writable || stored.size <= 2 * memory.size + 64) return;
			try {
				for (const name of readdirSync(folder)) {
					if (memory.has(name.replace(/\.bin$/, ''))) continue;
					rmSync(join(folder, name), { force: true });
					stored.delete(name);
				}
			} catch {
				// Pruning is housekeeping; the check's result does not depend on it.
			}
		},
	};
}

/** Where the content check keeps its results inside a build cache folder. */
export function checkCacheDir(cacheDir: string): string {
	return join(cacheDir, 'content-check');
}
