// What only the dev server's preview has (its policy for Vite's styles, the banner of content
// problems) never reaches the built site: not in a page, a stylesheet or a script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { DEV_ONLY_SOURCES } from '../../src/lib/security-policy.ts';
import { previewUi } from '../../src/ui/strings.ts';

const siteDir = inject('siteDir');
// Not /admin/: the CMS has a policy of its own (src/cms/admin-policy.ts) that allows the inline styles
// Decap CMS sets at run time, and Decap's bundle is its own code; tests/browser/cms.test.ts checks both.
const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|css|js)$/.test(file) && !file.startsWith('admin/'));

describe('the built site', () => {
	test('has pages, stylesheets and scripts to look in', () => {
		expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
		expect(files.some((file) => file.endsWith('.css'))).toBe(true);
	});

	test.each([
		['the preview banner', 'content-problems'],
		["the banner's heading", previewUi.heading],
		["the banner's introduction", previewUi.intro],
		...Object.values(DEV_ONLY_SOURCES).flat().map((source) => [`the dev-only source ${source}`, source] as [string, string]),
	])('holds nothing of %s', (_, text) => {
		expect(files.filter((file) => readFileSync(join(siteDir, file), 'utf8').includes(text))).toEqual([]);
	});
});
