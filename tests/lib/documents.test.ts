// Protects the order of documents on period pages: by date, unknown dates last, titles in Danish order.
import { describe, expect, test } from 'vitest';
import { groupByKind, sortByDate } from '../../src/lib/documents.ts';
import type { DocumentKindId } from '../../src/schemas/document-kinds.ts';

const doc = (title: string, date: string, kind: DocumentKindId = 'referat') => ({
	title,
	date,
	kind,
});
const titles = (documents: { title: string }[]) => documents.map((document) => document.title);

describe('sortByDate', () => {
	test('orders documents oldest first', () => {
		const sorted = sortByDate([
			doc('C', '2021-03-04'),
			doc('A', '2019-12-03'),
			doc('B', '2020-11-24'),
		]);
		expect(titles(sorted)).toEqual(['A', 'B', 'C']);
	});

	test.each([
		{ dates: ['ukendt', '2020-02-03'], order: ['2020-02-03', 'ukendt'] },
		{ dates: ['ukendt', '2099'], order: ['2099', 'ukendt'] },
		{ dates: ['2020-02-03', '2020-02', '2020'], order: ['2020', '2020-02', '2020-02-03'] },
		{ dates: ['2020-03', '2020-02-29'], order: ['2020-02-29', '2020-03'] },
		{
			dates: ['2021', '2020-12-31', 'ukendt', '2020-12'],
			order: ['2020-12', '2020-12-31', '2021', 'ukendt'],
		},
	])('orders the dates $dates as $order', ({ dates, order }) => {
		const sorted = sortByDate(dates.map((date) => doc(`Dokument fra ${date}`, date)));
		expect(sorted.map((document) => document.date)).toEqual(order);
	});

	test('puts æ, ø and å after z when titles share a date', () => {
		const sorted = sortByDate(
			['Åbning', 'Ærø', 'Zone', 'Østerå', 'Anden'].map((title) => doc(title, 'ukendt')),
		);
		expect(titles(sorted)).toEqual(['Anden', 'Zone', 'Ærø', 'Østerå', 'Åbning']);
	});

	test('orders titles with the same date and kind alphabetically', () => {
		const sorted = sortByDate([doc('Referat b', '2020-02-03'), doc('Referat a', '2020-02-03')]);
		expect(titles(sorted)).toEqual(['Referat a', 'Referat b']);
	});

	test('does not reorder the list it is given', () => {
		const documents = [doc('B', '2021'), doc('A', '2020')];
		sortByDate(documents);
		expect(titles(documents)).toEqual(['B', 'A']);
	});

	test('returns an empty list for no documents', () => {
		expect(sortByDate([])).toEqual([]);
	});
});

describe('groupByKind', () => {
	test('lists kinds in the fixed order, agreement text first, and leaves out empty kinds', () => {
		const groups = groupByKind([
			doc('Input', '2020-01-10', 'skriftligt-input'),
			doc('Referat', '2020-06-01', 'referat'),
			doc('Godkendelse', '2020-11-24', 'godkendelse'),
			doc('Aftalen', '2021-01-01', 'aftaletekst'),
		]);
		expect(groups.map((group) => group.kind.id)).toEqual([
			'aftaletekst',
			'godkendelse',
			'referat',
			'skriftligt-input',
		]);
	});

	test('gives each group its Danish label', () => {
		const [group] = groupByKind([doc('Output', '2020-02-03', 'visionsdag')]);
		expect(group?.kind).toEqual({
			id: 'visionsdag',
			label: 'Output fra visionsdag',
			plural: 'Output fra visionsdage',
		});
	});

	test('orders documents by date within a group, unknown dates last', () => {
		const groups = groupByKind([
			doc('Uden dato', 'ukendt'),
			doc('Andet møde', '2020-06-01'),
			doc('Første møde', '2020-02'),
			doc('Godkendelse', '2019-01-01', 'godkendelse'),
		]);
		expect(groups.map((group) => [group.kind.id, titles(group.documents)])).toEqual([
			['godkendelse', ['Godkendelse']],
			['referat', ['Første møde', 'Andet møde', 'Uden dato']],
		]);
	});

	test('returns no groups for no documents', () => {
		expect(groupByKind([])).toEqual([]);
	});
});
