// Dates as Danish sources and editors write them (3.12.2019, 3. december 2019, 03-12-2019), read
// only to tell the editor the form to write instead: the content itself is always ÅÅÅÅ-MM-DD, so
// a date has one spelling everywhere (sorting, feeds, open data).
import { isRealDate } from './date-text.ts';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** The month number of a Danish month name or its usual abbreviation (`dec.`, `sept.`). */
function monthOf(word: string): number | undefined {
	const name = word.toLowerCase().replace(/\.$/, '');
	if (name.length < 3) return undefined;
	const index = MONTHS.findIndex((month) => month.startsWith(name));
	return index === -1 ? undefined : index + 1;
}

const pad = (value: number | string) => String(value).padStart(2, '0');

/**
 * The ISO form of a date written the Danish way, when it is one and exists in the calendar;
 * otherwise undefined. Only what was written is given: `december 2019` is `2019-12`, never a day.
 * @example isoFormOf('3.12.2019') === '2019-12-03'
 * @example isoFormOf('3. december 2019') === '2019-12-03'
 */
export function isoFormOf(written: string): string | undefined {
	const text = written.trim().replace(/^d\.\s*/i, '').replace(/\s+/g, ' ');
	let iso: string | undefined;
	// Day, month, year in numbers: 3.12.2019, 03-12-2019, 3/12/2019, 3/12-2019, 3. 12. 2019.
	let match = /^(\d{1,2})\.? ?[./-] ?(\d{1,2})\.? ?[./-] ?(\d{4})$/.exec(text) ?? /^(\d{1,2})\. (\d{1,2})\. (\d{4})$/.exec(text);
	if (match) iso = `${match[3]}-${pad(match[2]!)}-${pad(match[1]!)}`;
	// Day, month name, year: 3. december 2019, 3 dec. 2019.
	match = iso ? null : /^(\d{1,2})\.? (\p{L}+\.?) (\d{4})$/u.exec(text);
	if (match) {
		const month = monthOf(match[2]!);
		if (month) iso = `${match[3]}-${pad(month)}-${pad(match[1]!)}`;
	}
	// Month name and year: december 2019.
	match = iso ? null : /^(\p{L}+\.?) (\d{4})$/u.exec(text);
	if (match) {
		const month = monthOf(match[1]!);
		if (month) iso = `${match[2]}-${pad(month)}`;
	}
	// The ISO order with other dashes, separators or single digits: 2020–02–03, 2020.02.03, 2020-2-3.
	match = iso ? null : /^(\d{4}) ?[-–—./] ?(\d{1,2})(?: ?[-–—./] ?(\d{1,2}))?$/.exec(text);
	if (match) iso = `${match[1]}-${pad(match[2]!)}${match[3] === undefined ? '' : `-${pad(match[3])}`}`;
	return iso !== undefined && iso !== written && isRealDate(iso) ? iso : undefined;
}
