import { UNKNOWN, isRealDate } from '../schemas/date-text.ts';

const MONTHS = [
	'januar', 'februar', 'marts', 'april', 'maj', 'juni',
	'juli', 'august', 'september', 'oktober', 'november', 'december',
];

/**
 * Formats a document date in Danish as precisely as it is known:
 * '2019-12-03' -> '3. december 2019', '2020-02' -> 'februar 2020', '2020' -> '2020'.
 * An unknown date returns undefined, so the caller must say so in words.
 */
export function formatDanishDate(date: string): string | undefined {
	if (date === UNKNOWN) return undefined;
	const [year, month, day] = date.split('-');
	if (month === undefined) return year;
	const monthName = MONTHS[Number(month) - 1];
	if (day === undefined) return `${monthName} ${year}`;
	return `${Number(day)}. ${monthName} ${year}`;
}

/**
 * A sort key that orders known dates chronologically and puts unknown dates last; a partial date
 * sorts at the start of its month or year.
 */
export function dateSortKey(date: string): string {
	return date === UNKNOWN ? '9999' : date;
}

/**
 * The sort key for newest first: descending, known dates come newest first and unknown dates last.
 */
export function newestFirstSortKey(date: string): string {
	return date === UNKNOWN ? '0000' : date;
}

/**
 * The day the site is built, as YYYY-MM-DD in Danish time (the agreements' years begin at midnight
 * in Denmark, not in UTC). `SITE_BUILD_DATE` pins it, so tests can check what a build in another
 * year would say and two builds of one commit on one day give the same output.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
	const pinned = env.SITE_BUILD_DATE;
	if (pinned !== undefined) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || !isRealDate(pinned)) {
			throw new Error(`SITE_BUILD_DATE "${pinned}" is not a date (expected YYYY-MM-DD)`);
		}
		return pinned;
	}
	// Swedish formatting is ISO 8601 (YYYY-MM-DD); the time zone makes it the Danish calendar day.
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}
