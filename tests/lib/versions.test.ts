// Protects the period switcher: it leads to the same document in another period, or to that period's page, never to a missing page.
import { describe, expect, test } from 'vitest';
import { correspondingUrl, documentUrl, periodUrl } from '../../src/lib/versions.ts';

const documentKeys = new Set([
	'2018-2020/resultater',
	'2021-2022/godkendelse',
	'2023-2024/godkendelse',
]);

describe('correspondingUrl', () => {
	test.each([
		{
			case: 'the same document exists in the target period',
			target: '2023-2024',
			here: { period: '2021-2022', slug: 'godkendelse' },
			url: '/2023-2024/godkendelse/',
		},
		{
			case: 'the document does not exist in the target period',
			target: '2018-2020',
			here: { period: '2021-2022', slug: 'godkendelse' },
			url: '/2018-2020/',
		},
		{
			case: 'the reader is on a period page',
			target: '2018-2020',
			here: { period: '2021-2022' },
			url: '/2018-2020/',
		},
		{
			case: 'the reader is on a page outside any period',
			target: '2021-2022',
			here: {},
			url: '/2021-2022/',
		},
		{
			case: 'the slug is empty',
			target: '2021-2022',
			here: { period: '2023-2024', slug: '' },
			url: '/2021-2022/',
		},
		{
			case: 'the target is the current period',
			target: '2021-2022',
			here: { period: '2021-2022', slug: 'godkendelse' },
			url: '/2021-2022/godkendelse/',
		},
		{
			case: 'the slug exists only in a third period',
			target: '2021-2022',
			here: { period: '2023-2024', slug: 'resultater' },
			url: '/2021-2022/',
		},
	])('goes to $url when $case', ({ target, here, url }) => {
		expect(correspondingUrl(target, here, documentKeys)).toBe(url);
	});

	test('does not match a slug that only starts like an existing one', () => {
		expect(correspondingUrl('2021-2022', { slug: 'godkend' }, documentKeys)).toBe('/2021-2022/');
	});

	test('goes to the period page when the archive has no documents', () => {
		expect(correspondingUrl('2021-2022', { slug: 'godkendelse' }, new Set())).toBe('/2021-2022/');
	});
});

describe('periodUrl', () => {
	test('is the period id between slashes', () => {
		expect(periodUrl('2021-2022')).toBe('/2021-2022/');
	});
});

describe('documentUrl', () => {
	test('is the period id and the slug between slashes', () => {
		expect(documentUrl('2021-2022', 'godkendelse-regionsraadet')).toBe(
			'/2021-2022/godkendelse-regionsraadet/',
		);
	});
});
