import { z } from 'astro/zod';
import { isoFormOf } from './danish-dates.ts';
import { isRealDate, UNKNOWN } from './date-text.ts';

export { isRealDate, UNKNOWN };

/**
 * YAML turns an unquoted 2020-02-03 into a Date (js-yaml, which Astro's frontmatter uses) and an
 * unquoted 2020 into a number. Turn both back into the text the editor wrote, so every date is
 * validated as text.
 */
function dateToText(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return value;
}

const ISO_DATE_EXPECTED = 'er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD)';
const DOCUMENT_DATE_EXPECTED = `er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "${UNKNOWN}")`;

/**
 * The message for a refused date: when the editor wrote a real date in a Danish form (3.12.2019,
 * 3. december 2019), the form to write instead; otherwise the forms that are accepted.
 */
function dateMessage(expected: string, accepts: (iso: string) => boolean) {
	return (issue: { input?: unknown }): string => {
		const iso = typeof issue.input === 'string' ? isoFormOf(issue.input) : undefined;
		if (!iso || !accepts(iso)) return expected;
		return `skal skrives som ${['ÅÅÅÅ', 'ÅÅÅÅ-MM', 'ÅÅÅÅ-MM-DD'][iso.split('-').length - 1]}: skriv ${iso}`;
	};
}

// One refinement per field rather than regex + refine (or a union): zod 4 would report every
// failed check, and editors should get one clear message per mistake.

/** A full calendar date, YYYY-MM-DD, that exists. @example '2020-11-24' */
export const IsoDateSchema = z.preprocess(
	dateToText,
	z
		.string({ error: ISO_DATE_EXPECTED })
		.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), {
			error: dateMessage(ISO_DATE_EXPECTED, (iso) => iso.length === 10),
		}),
);

/**
 * The date of a document as precisely as its source states it: a day, a month, a year, or
 * `ukendt` when the source gives none. A date is never made more precise than the source.
 * @example '2019-12-03'
 * @example '2020'
 * @example 'ukendt'
 */
export const DocumentDateSchema = z.preprocess(
	dateToText,
	z
		.string({ error: DOCUMENT_DATE_EXPECTED })
		.refine((value) => value === UNKNOWN || isRealDate(value), { error: dateMessage(DOCUMENT_DATE_EXPECTED, () => true) }),
);

/**
 * The first and last day a date can mean: '2020' is 2020-01-01 to 2020-12-31, '2020-02' is February.
 * Used to order partial dates only where the order is certain. `ukendt` has no bounds.
 */
export function dateBounds(date: string): { first: string; last: string } {
	const [year, month, day] = date.split('-');
	if (day !== undefined) return { first: date, last: date };
	if (month !== undefined) {
		const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
		return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
	}
	return { first: `${year}-01-01`, last: `${year}-12-31` };
}
