// The repository's address is configuration; without it there is no edit link.
import { describe, expect, test } from 'vitest';
import { editUrl } from '../../src/site-config.ts';

describe('editUrl', () => {
	test('is undefined without SITE_EDIT_URL, so no address is made up', () => {
		expect(editUrl('content/2021-2022/godkendelse.md', {})).toBeUndefined();
		expect(editUrl('content/2021-2022/godkendelse.md', { SITE_EDIT_URL: ' ' })).toBeUndefined();
	});

	test.each([
		'https://git.example/org/repo/edit/main/',
		'https://git.example/org/repo/edit/main',
	])('appends the repository path to %s', (base) => {
		expect(editUrl('content/2021-2022/godkendelse.md', { SITE_EDIT_URL: base })).toBe(
			'https://git.example/org/repo/edit/main/content/2021-2022/godkendelse.md',
		);
	});

	test('encodes characters a file name may have', () => {
		expect(editUrl('content/2021-2022/æ ø.md', { SITE_EDIT_URL: 'https://git.example/e/' })).toBe(
			'https://git.example/e/content/2021-2022/%C3%A6%20%C3%B8.md',
		);
	});

	test('refuses an address that is not http(s)', () => {
		expect(() => editUrl('x.md', { SITE_EDIT_URL: 'git.example/edit' })).toThrow(/SITE_EDIT_URL/);
	});
});
