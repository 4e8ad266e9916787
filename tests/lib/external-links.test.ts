import { describe, expect, test } from 'vitest';
import { isExternalHref } from '../../src/lib/external-links.ts';

describe('isExternalHref', () => {
	test.each([
		['https://rn.dk/', undefined, true],
		['HTTP://rn.dk/x', undefined, true],
		['//rn.dk/x', undefined, true],
		['/2021-2022/', undefined, false],
		['#afsnit', undefined, false],
		['relativ/side/', undefined, false],
		['mailto:post@example.dk', undefined, false],
		['https://socialaftale.example/2021-2022/', 'https://socialaftale.example/', false],
		['https://rn.dk/', 'https://socialaftale.example/', true],
		[undefined, undefined, false],
	])('%s (site %s) -> %s', (href, site, expected) => {
		expect(isExternalHref(href, site)).toBe(expected);
	});
});
