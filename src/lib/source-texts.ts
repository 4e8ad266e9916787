// The raw source texts in content/kilder/, read from disk at build time (Node only). They are not a
// content collection: they are the received bytes, never parsed as Markdown or validated as
// frontmatter, and the pages and the tests read them through these two functions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_REGISTER_FILE, SOURCES_FOLDER } from '../schemas/document.ts';

/** The sources folder of a content folder. */
export function sourcesDir(contentDir: string): string {
	return join(contentDir, SOURCES_FOLDER);
}

/**
 * The source text files of a content folder, by name and in code-unit order: every file in
 * content/kilder/ except the register and hidden files (.gitattributes). No folder, no files.
 */
export function listSourceFiles(contentDir: string): string[] {
	const dir = sourcesDir(contentDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== SOURCE_REGISTER_FILE)
		.map((entry) => entry.name)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A source text exactly as received (UTF-8), by its file name in content/kilder/. */
export function readSourceText(contentDir: string, file: string): string {
	return readFileSync(join(sourcesDir(contentDir), file), 'utf8');
}
