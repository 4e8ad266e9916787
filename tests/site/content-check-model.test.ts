// The content check predicts, before the build, which pages the site publishes and which anchors
// their headings get. These tests hold that prediction to what Astro actually built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { documentUrl } from '../../src/lib/versions.ts';
import { headingAnchors } from '../../src/validation/rules/headings.ts';
import { allPages, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const content = publishedContent();

describe('the content check’s model of the site', () => {
	test('lists exactly the pages the build published (besides the 404 page)', () => {
		const built = allPages(siteDir).filter((page) => page !== '/404.html');
		const predicted = [...content.site!.pages];
		expect(predicted.filter((address) => address.endsWith('/')).sort()).toEqual(built.sort());
		// Endpoints (feeds, open data, robots.txt) are files rather than pages: each must have been written.
		const endpoints = predicted.filter((address) => !address.endsWith('/'));
		expect(endpoints.length).toBeGreaterThan(0);
		for (const address of endpoints) expect(existsSync(join(siteDir, address)), address).toBe(true);
	});

	test.each(content.documents.map((document) => [document.file, document] as const))(
		'%s: predicts the anchors Astro gave its headings',
		(_, document) => {
			const $ = readPage(siteDir, documentUrl(document.period, document.slug));
			const built = $('.document__text')
				.find('h1, h2, h3, h4, h5, h6')
				.map((_, heading) => $(heading).attr('id'))
				.get();
			expect(headingAnchors(document.markdown.tree)).toEqual(built);
		},
	);
});
