// Protects what the site says about each period: an agreement that has ended is never shown as running.
import { describe, expect, test } from 'vitest';
import { buildDate } from '../../src/lib/dates.ts';
import { newestPeriod, periodStatus, sortPeriodsNewestFirst } from '../../src/lib/periods.ts';

const period = (id: string) => {
	const [firstYear, lastYear] = id.split('-').map(Number) as [number, number];
	return { id, firstYear, lastYear };
};

describe('periodStatus', () => {
	test.each([
		{ id: '2021-2022', today: '2020-12-31', status: 'kommende', case: 'the day before it starts' },
		{ id: '2021-2022', today: '2019-06-01', status: 'kommende', case: 'years before it starts' },
		{ id: '2021-2022', today: '2021-01-01', status: 'loebende', case: 'its first day' },
		{ id: '2021-2022', today: '2021-07-15', status: 'loebende', case: 'its first year' },
		{ id: '2021-2022', today: '2022-12-31', status: 'loebende', case: 'its last day' },
		{ id: '2021-2022', today: '2023-01-01', status: 'afsluttet', case: 'the day after it ends' },
		{ id: '2021-2022', today: '2026-11-23', status: 'afsluttet', case: 'years after it ends' },
		{ id: '2018-2020', today: '2019-02-01', status: 'loebende', case: 'a middle year' },
		{ id: '2024-2024', today: '2024-06-30', status: 'loebende', case: 'a one-year period' },
		{
			id: '2024-2024',
			today: '2025-01-01',
			status: 'afsluttet',
			case: 'the year after a one-year period',
		},
	])("is '$status' for $id on $today ($case)", ({ id, today, status }) => {
		expect(periodStatus(period(id), today)).toBe(status);
	});

	test('never calls an agreement that ended in 2022 running when the site is built on 2026-11-23', () => {
		const today = buildDate({ SITE_BUILD_DATE: '2026-11-23' });
		expect(periodStatus(period('2021-2022'), today)).toBe('afsluttet');
	});
});

describe('sortPeriodsNewestFirst', () => {
	test('puts the period that ends last first', () => {
		const sorted = sortPeriodsNewestFirst([
			period('2021-2022'),
			period('2023-2024'),
			period('2018-2020'),
		]);
		expect(sorted.map((p) => p.id)).toEqual(['2023-2024', '2021-2022', '2018-2020']);
	});

	test('breaks a tie on the last year by the later first year', () => {
		const sorted = sortPeriodsNewestFirst([
			period('2018-2020'),
			period('2020-2020'),
			period('2019-2020'),
		]);
		expect(sorted.map((p) => p.id)).toEqual(['2020-2020', '2019-2020', '2018-2020']);
	});

	test('does not reorder the list it is given', () => {
		const periods = [period('2018-2020'), period('2023-2024')];
		sortPeriodsNewestFirst(periods);
		expect(periods.map((p) => p.id)).toEqual(['2018-2020', '2023-2024']);
	});

	test('keeps extra fields of the entries', () => {
		const [first] = sortPeriodsNewestFirst([{ ...period('2021-2022'), title: 'Aftale' }]);
		expect(first).toEqual({ id: '2021-2022', firstYear: 2021, lastYear: 2022, title: 'Aftale' });
	});
});

describe('newestPeriod', () => {
	test.each([
		{ ids: ['2018-2020', '2023-2024', '2021-2022'], newest: '2023-2024' },
		{ ids: ['2021-2022'], newest: '2021-2022' },
		{ ids: ['2018-2020', '2020-2020'], newest: '2020-2020' },
	])('picks $newest from $ids', ({ ids, newest }) => {
		expect(newestPeriod(ids.map(period))?.id).toBe(newest);
	});

	test('returns undefined for an empty archive', () => {
		expect(newestPeriod([])).toBeUndefined();
	});
});
