// The plain-text rules of dates, kept apart from the zod schemas so browser code (the search page
// formats dates) can use them without bundling zod: importing dates.ts would pull in its schemas,
// about 50 KiB of JavaScript (measured by `npm run bench`).

/** The word editors write where a source does not state a fact (a date, an issuer, a publisher). */
export const UNKNOWN = 'ukendt';

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
