// Protects how dates read in Danish, how partial and unknown dates sort, and the pinned build date.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { danishDay } from '../../src/browser/print-button.ts';
import { buildDate, dateSortKey, formatDanishDate } from '../../src/lib/dates.ts';

describe('formatDanishDate', () => {
	test.each([
		{ date: '2019-12-03', text: '3. december 2019' },
		{ date: '2020-01-01', text: '1. januar 2020' },
		{ date: '2020-11-24', text: '24. november 2020' },
		{ date: '2020-05-31', text: '31. maj 2020' },
		{ date: '2020-02', text: 'februar 2020' },
		{ date: '2020-03', text: 'marts 2020' },
		{ date: '2020-10', text: 'oktober 2020' },
		{ date: '2020', text: '2020' },
	])("formats '$date' as '$text'", ({ date, text }) => {
		expect(formatDanishDate(date)).toBe(text);
	});

	test('returns undefined for an unknown date, so the page says so in words', () => {
		expect(formatDanishDate('ukendt')).toBeUndefined();
	});

	test('never makes a partial date more precise than it is', () => {
		expect(formatDanishDate('2020-02')).not.toMatch(/\d+\. /);
		expect(formatDanishDate('2020')).not.toMatch(/[a-z]/);
	});
});

describe('danishDay', () => {
	// The print header's date is written in the browser from its own Danish month names, not from
	// formatDanishDate (src/browser/print-button.ts says why); both must read the same.
	const days = Array.from({ length: 366 }, (_, index) => new Date(2024, 0, 1 + index));

	test('writes every day of a leap year as formatDanishDate writes it', () => {
		const iso = (day: Date) => `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
		expect(days.map(danishDay)).toEqual(days.map((day) => formatDanishDate(iso(day))));
	});
});

describe('dateSortKey', () => {
	test.each([
		{ earlier: '2019-12-03', later: '2020-01-01' },
		{ earlier: '2020', later: '2020-01' },
		{ earlier: '2020-02', later: '2020-02-01' },
		{ earlier: '2020-01-31', later: '2020-02' },
		{ earlier: '2019-12-31', later: '2020' },
		{ earlier: '2020-12-31', later: 'ukendt' },
		{ earlier: '2099', later: 'ukendt' },
	])("sorts '$earlier' before '$later'", ({ earlier, later }) => {
		expect(dateSortKey(earlier) < dateSortKey(later)).toBe(true);
		expect(dateSortKey(earlier).localeCompare(dateSortKey(later))).toBeLessThan(0);
	});
});

describe('buildDate', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('uses SITE_BUILD_DATE when it is set', () => {
		expect(buildDate({ SITE_BUILD_DATE: '2026-11-23' })).toBe('2026-11-23');
	});

	test.each(['23-11-2026', '2026-11', '2026-11-23T10:00:00Z', '', 'i dag'])(
		"rejects SITE_BUILD_DATE '%s' with a message naming the format",
		(pinned) => {
			expect(() => buildDate({ SITE_BUILD_DATE: pinned })).toThrow(
				`SITE_BUILD_DATE "${pinned}" is not a date (expected YYYY-MM-DD)`,
			);
		},
	);

	test.each(['2026-13-45', '2026-02-30'])(
		"rejects SITE_BUILD_DATE '%s', which has the right shape but is not a day in the calendar",
		(pinned) => {
			expect(() => buildDate({ SITE_BUILD_DATE: pinned })).toThrow(/is not a date/);
		},
	);

	test("uses today's date when SITE_BUILD_DATE is not set", () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
		expect(buildDate({})).toBe('2026-11-23');
	});

	test('reads process.env by default', () => {
		vi.stubEnv('SITE_BUILD_DATE', '2031-06-15');
		try {
			expect(buildDate()).toBe('2031-06-15');
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
