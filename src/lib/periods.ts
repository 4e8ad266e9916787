import type { PeriodStatus } from '../schemas/open-data.ts';
import type { Period } from '../schemas/period.ts';

/** Where a period stands on a given day (the list of statuses is PeriodStatusSchema's). */
export type { PeriodStatus };

/**
 * A period's status on `today` (YYYY-MM-DD). Agreements run from 1 January of the first year to
 * 31 December of the last, so the status follows from the years alone and is true on the day the
 * site is built: an agreement that ended in 2022 is never shown as running in 2026.
 */
export function periodStatus(period: Pick<Period, 'firstYear' | 'lastYear'>, today: string): PeriodStatus {
	const year = Number(today.slice(0, 4));
	if (year < period.firstYear) return 'kommende';
	if (year > period.lastYear) return 'afsluttet';
	return 'loebende';
}

/** Newest first: by last year, then first year. */
export function sortPeriodsNewestFirst<T extends Pick<Period, 'firstYear' | 'lastYear'>>(periods: T[]): T[] {
	return [...periods].sort((a, b) => b.lastYear - a.lastYear || b.firstYear - a.firstYear);
}

/**
 * The newest period in the archive. It is not necessarily the agreement in force: the archive may
 * not yet hold a later one, which is why pages word this with its status.
 */
export function newestPeriod<T extends Pick<Period, 'firstYear' | 'lastYear'>>(periods: T[]): T | undefined {
	return sortPeriodsNewestFirst(periods)[0];
}
