// A document's date must be one its period can have. The schema checks that a date exists; this
// rule checks that it belongs: a typo such as 9999-12-31 would otherwise top every feed and list.
import { UNKNOWN } from '../../schemas/dates.ts';
import type { CheckedDocument, CheckedPeriod } from '../checked-content.ts';
import type { Problem } from '../problems.ts';

/**
 * How far before its first year a period's documents may be dated: an agreement is prepared in the
 * years before it takes effect (the 2021-2022 agreement's input dates from 2019).
 */
export const YEARS_BEFORE_PERIOD = 3;
/** How far after its last year: results and follow-up are written after the period ends. */
export const YEARS_AFTER_PERIOD = 2;

/** The years a document of a period may be dated in, first and last included. */
export function documentYearRange(period: Pick<CheckedPeriod['data'], 'firstYear' | 'lastYear'>): { first: number; last: number } {
	return { first: period.firstYear - YEARS_BEFORE_PERIOD, last: period.lastYear + YEARS_AFTER_PERIOD };
}

export function checkDocumentDates(periods: readonly CheckedPeriod[], documents: readonly CheckedDocument[]): Problem[] {
	const byId = new Map(periods.map((period) => [period.data.id, period.data]));
	return documents.flatMap((document): Problem[] => {
		const period = byId.get(document.period);
		const date = document.data.date;
		if (!period || date === UNKNOWN) return [];
		const year = Number(date.slice(0, 4));
		const range = documentYearRange(period);
		if (year >= range.first && year <= range.last) return [];
		return [
			{
				file: document.file,
				line: document.yaml.lineOf(['date']) + document.yamlLineOffset,
				message: `date "${date}" kan ikke høre til perioden ${period.id}: et dokument i perioden dateres fra ${range.first} til ${range.last} (forarbejdet begynder op til ${YEARS_BEFORE_PERIOD} år før perioden, opfølgningen slutter op til ${YEARS_AFTER_PERIOD} år efter); ret årstallet`,
			},
		];
	});
}
