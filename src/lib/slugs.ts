/**
 * Danish letters get their conventional two-letter spellings rather than being stripped, so
 * "Brønderslev" becomes "broenderslev", not "brnderslev" or "bronderslev".
 */
const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * Turns a title or file name into a URL slug: lowercase a-z, digits and single hyphens.
 * Input is NFC-normalised first, so a decomposed "å" (a + ring) is treated like a composed one.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter]!)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '') // other accents: é -> e, ü -> u
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The slug of a content file: its file name without folder and extension. */
export function slugFromPath(path: string): string {
	const fileName = path.split(/[\\/]/).pop() ?? path;
	return slugify(fileName.replace(/\.(md|mdx)$/i, ''));
}
