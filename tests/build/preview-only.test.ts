// What only the dev server's preview has (its policy for Vite's styles, the banner of content
// problems) never reaches the built site: not in a page, a stylesheet or a script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { DEV_ONLY_SOURCES } from '../../src/lib/security-policy.ts';
import { previewUi } from '../../src/ui/strings.ts';

const siteDir = inject('siteDir');
const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|css|js)$/.test(file));

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
