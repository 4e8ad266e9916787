import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index for a built site and writes it to `<site>/pagefind/`. Only pages that
 * mark their text with `data-pagefind-body` (the documents) are indexed; the page language
 * (`<html lang="da">`) selects Danish stemming. Returns the number of pages indexed per language.
 */
export async function indexSite(siteDir: string): Promise<Record<string, number>> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// addDirectory's page_count counts every HTML file it read; the entry file says what was indexed.
		const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		return Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
	} finally {
		await pagefind.close();
	}
}
