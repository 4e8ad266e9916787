// How the CMS names a new file: as `npm run new` does, from its title with the site's own slugify
// (æ -> ae, ø -> oe, å -> aa), not with Decap's, which strips the letters' marks (ø -> o) and so
// names "Referat fra rådets møde" referat-fra-radets-mode, a different word at a public address.
// Decap builds the name from a template over the entry's values when it first saves it; just
// before, the admin script's preSave handler puts the name under FILE_NAME_KEY, and the file
// format leaves that key out of the file. Runs in the browser and in the tests.
import { slugify } from '../lib/slugs.ts';

/** The entry value the name is kept under while the CMS saves; never written to a file. */
export const FILE_NAME_KEY = '__filnavn';

/** The collection's `slug` template: the name the preSave handler put in the entry. */
export const FILE_NAME_TEMPLATE = `{{fields.${FILE_NAME_KEY}}}`;

/**
 * The name of a new file whose title has no letter or digit a file name keeps (»§§«, »—«): an empty
 * name would make the file `.md`, a hidden file the content check and the site never see, so the
 * editor's document would vanish without a word. Decap adds -1, -2 ... when the name is taken; the
 * editor can rename the file in the pull request.
 */
export const UNNAMED_FILE = 'unavngivet';

/** The file name for an entry named `identifier` (its title, or a glossary entry's term). */
export function fileNameFor(identifier: unknown): string {
	return (typeof identifier === 'string' ? slugify(identifier) : '') || UNNAMED_FILE;
}
