// The invariants any valid content satisfies, held on the real build and on the fixture build by the
// same functions that check a build of an editor's change (tests/clone/editor-change.test.ts). That
// every page of both builds is valid HTML is checked page by page in tests/site/html-validity.test.ts,
// in one run of the checker over both.
import { describe, expect, inject, test } from 'vitest';
import { TEST_SITE_URL } from '../helpers/build-site.ts';
import { fixtureContent, publishedContent } from '../helpers/site.ts';
import {
	feedProblems,
	glossaryUsageProblems,
	linkProblems,
	openDataProblems,
	privacyProblems,
	publishedDocumentProblems,
	searchIndexProblems,
} from '../helpers/site-invariants.ts';

describe.each([
	['the real content', inject('siteDir'), publishedContent()],
	['the fixture content', inject('fixtureSiteDir'), fixtureContent()],
] as const)('the site built from %s', (_, siteDir, content) => {
	test('publishes every document and period at its address with its metadata', () => {
		expect(publishedDocumentProblems(siteDir, content)).toEqual([]);
	});
	test('has no broken internal link or anchor', () => {
		expect(linkProblems(siteDir)).toEqual([]);
	});
	test('indexes exactly the documents for the search', () => {
		expect(searchIndexProblems(siteDir, content)).toEqual([]);
	});
	test('has feeds and a sitemap that are well-formed and list exactly the documents', () => {
		expect(feedProblems(siteDir, content, TEST_SITE_URL)).toEqual([]);
	});
	test('publishes open data that parses with the schemas and holds exactly the content', () => {
		expect(openDataProblems(siteDir, content)).toEqual([]);
	});
	test('lists under each glossary term the documents that mark it', () => {
		expect(glossaryUsageProblems(siteDir, content)).toEqual([]);
	});
	test('runs no inline code and loads nothing from elsewhere', () => {
		expect(privacyProblems(siteDir, TEST_SITE_URL)).toEqual([]);
	});
});
