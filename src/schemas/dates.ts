import { z } from 'astro/zod';
import { UNKNOWN } from './unknown.ts';

export { UNKNOWN };

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a year, year-month or year-month-day that exists in the calendar. */
export function isRealDate(value: string): boolean {
	const match = DATE_SHAPE.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	// Day 0 of the next month is the last day of this one.
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

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

// One refinement per field rather than regex + refine (or a union): zod 4 would report every
// failed check, and editors should get one clear message per mistake.

/** A full calendar date, YYYY-MM-DD, that exists. @example '2020-11-24' */
export const IsoDateSchema = z.preprocess(
	dateToText,
	z
		.string({ error: ISO_DATE_EXPECTED })
		.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), { error: ISO_DATE_EXPECTED }),
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
		.refine((value) => value === UNKNOWN || isRealDate(value), { error: DOCUMENT_DATE_EXPECTED }),
);
