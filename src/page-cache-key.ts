// Cache keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs). A page
// whose key and whose code (Astro hashes the page's module graph, styles and scripts included) are
// what they were in the previous build is copied from that build instead of rendered again. So a key
// must change whenever anything the page shows can: a key that misses an input publishes a stale page.
// The keys are therefore coarse on purpose. A document page is keyed by its own entry and by
// everything of the rest of the content but the other documents' texts, so an edit to one document's
// text renders that page again, and any change to metadata (a title, a date, a period, a theme)
// renders every document page again, as a build without the cache would.
import { createHash } from 'node:crypto';
import { fileProvenance } from './content-history.ts';
import { getDocuments, getGlossary, getPeriods, getSynonyms, getThemes, type DocumentView } from './content.ts';
import { buildDate } from './lib/dates.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

let siteDigest: Promise<string> | undefined;

/**
 * What every page of the site can show besides its own document: the site's settings (every
 * `SITE_*` variable, the build date among them), the periods with their status on the build date,
 * every document's metadata and address, and the glossary, themes and synonyms whole.
 */
function siteInputs(): Promise<string> {
	siteDigest ??= (async () => {
		const settings = Object.entries(process.env)
			.filter(([name]) => name.startsWith('SITE_'))
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		const documents = (await getDocuments()).map(({ entry }) => [entry.id, entry.filePath, entry.data]);
		const [glossary, themes, synonyms] = await Promise.all([getGlossary(), getThemes(), getSynonyms()]);
		return digest([settings, buildDate(), await getPeriods(), documents, glossary, themes, synonyms]);
	})();
	return siteDigest;
}

/**
 * The key of a document's page: its whole entry (its data, and the name of its rendered HTML, which
 * is the digest of its text and of the code and options that render it), its file's history, and
 * the site's inputs.
 */
export async function documentPageCacheKey(document: DocumentView): Promise<string> {
	return digest([await siteInputs(), document.entry, fileProvenance(document.entry.filePath!)]);
}
