/** A span of years such as '2021-2022' (hyphen or en dash), which a line must never break inside. */
const YEAR_RANGE = /\d{4}[-–]\d{2,4}/g;

/**
 * Splits text into plain parts and year ranges, so a heading can keep '2021-2022' on one line
 * with markup alone (the text itself stays exactly as written: no non-breaking hyphen).
 */
export function splitYearRanges(text: string): { text: string; years: boolean }[] {
	const parts: { text: string; years: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(YEAR_RANGE)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index), years: false });
		parts.push({ text: match[0], years: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), years: false });
	return parts;
}
