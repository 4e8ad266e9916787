// The orders a reader meets around a document: previous/next within a period, and feeds newest first.
import { describe, expect, test } from 'vitest';
import { neighbours, newestFirst, periodReadingOrder } from '../../src/lib/document-order.ts';
import type { DocumentKindId } from '../../src/schemas/document-kinds.ts';

const doc = (title: string, date: string, kind: DocumentKindId = 'referat') => ({ title, date, kind });
const titles = (documents: { title: string }[]) => documents.map((document) => document.title);

describe('periodReadingOrder', () => {
	test('follows the period page: the agreement and its approval first, then the making, each by date', () => {
		const ordered = periodReadingOrder([
			doc('Input', '2019-12-01', 'skriftligt-input'),
			doc('Referat B', '2020-01-02'),
			doc('Godkendelse', '2020-11-24', 'godkendelse'),
			doc('Referat A', '2019-12-03'),
			doc('Visionsdag', '2020-02-03', 'visionsdag'),
		]);
		expect(titles(ordered)).toEqual(['Godkendelse', 'Visionsdag', 'Referat A', 'Referat B', 'Input']);
	});

	test('is empty for a period without documents', () => {
		expect(periodReadingOrder([])).toEqual([]);
	});
});

describe('neighbours', () => {
	test.each([
		{ index: 0, previous: undefined, next: 'B' },
		{ index: 1, previous: 'A', next: 'C' },
		{ index: 2, previous: 'B', next: undefined },
	])('at $index has previous $previous and next $next', ({ index, previous, next }) => {
		expect(neighbours(['A', 'B', 'C'], index)).toEqual({ previous, next });
	});

	test('a lone document has neither', () => {
		expect(neighbours(['A'], 0)).toEqual({ previous: undefined, next: undefined });
	});

	test('refuses an index outside the list, so a missing document is not silently given neighbours', () => {
		expect(() => neighbours(['A'], -1)).toThrow(RangeError);
	});
});

describe('newestFirst', () => {
	test.each([
		{ dates: ['2019-12-03', '2020-11-24', '2020-02-03'], order: ['2020-11-24', '2020-02-03', '2019-12-03'] },
		{ dates: ['ukendt', '2019-12-03'], order: ['2019-12-03', 'ukendt'] },
		{ dates: ['ukendt', '1999'], order: ['1999', 'ukendt'] },
		// A partial date sorts at the start of its period, so the dated day within it is newer.
		{ dates: ['2020', '2020-05-01', '2020-05'], order: ['2020-05-01', '2020-05', '2020'] },
	])('orders $dates as $order, unknown dates last', ({ dates, order }) => {
		expect(newestFirst(dates.map((date) => ({ date }))).map((document) => document.date)).toEqual(order);
	});

	test('keeps the given order between documents of the same date, and between unknown dates', () => {
		const input = [doc('B', 'ukendt'), doc('A', 'ukendt'), doc('D', '2020'), doc('C', '2020')];
		expect(titles(newestFirst(input))).toEqual(['D', 'C', 'B', 'A']);
	});
});
