// The fixture site the behaviour tests run on (tests/fixtures/sites/behaviour) keeps what they rely
// on: it passes the content check, and it has every case the site must handle. Fixture content
// changes only when a test changes; this test says which case a change would take away.
import { describe, expect, test } from 'vitest';
import { periodStatus } from '../../src/lib/periods.ts';
import { DOCUMENT_KINDS } from '../../src/schemas/document-kinds.ts';
import { FIXTURE_CONTENT, TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { fixtureContent } from '../helpers/site.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { ROOT } from '../helpers/build-site.ts';

describe('the behaviour fixture', () => {
	const content = fixtureContent();

	test('passes the content check, as npm run check does with SITE_CONTENT_DIR pointed at it', () => {
		expect(checkContent({ contentDir: FIXTURE_CONTENT, rootDir: ROOT }).problems).toEqual([]);
	});

	test('has a period that ended, one in force and one planned on the pinned build day', () => {
		const statuses = content.periods.map((period) => periodStatus(period.data, TEST_BUILD_DATE));
		expect(new Set(statuses)).toEqual(new Set(['afsluttet', 'loebende', 'kommende']));
	});

	test('has a period without a vision, and at least two with one (for the word diff)', () => {
		expect(content.periods.some((period) => !period.data.vision)).toBe(true);
		expect(content.periods.filter((period) => period.data.vision).length).toBeGreaterThanOrEqual(2);
	});

	test('has a document of every kind, an MDX document and one made from a source text', () => {
		expect(new Set(content.documents.map((document) => document.data.kind))).toEqual(new Set(DOCUMENT_KINDS.map((kind) => kind.id)));
		expect(content.documents.some((document) => document.markdown.mdx)).toBe(true);
		expect(content.documents.some((document) => document.data.source.file)).toBe(true);
	});

	test('has a glossary with an abbreviation and themes', () => {
		expect(content.glossary.some((entry) => entry.data.type === 'forkortelse' && entry.data.expansion)).toBe(true);
		expect(content.themes.length).toBeGreaterThan(0);
	});
});
