// A document page as a citizen reads it, without JavaScript: metadata, notes and contents fold
// away natively and open. Where the text begins on a phone and a desktop, the fold by keyboard and
// the year spans in headings are checked in each page's one visit (tests/browser/every-page.test.ts).
import { describe, expect, test } from 'vitest';
import { documentUrl } from '../../src/lib/versions.ts';
import { hasBrowser, useBrowserPage } from '../helpers/browser-session.ts';
import { PHONE } from '../helpers/page-visit.ts';
import { publishedContent } from '../helpers/site.ts';

const { documents } = publishedContent();
const documentPaths = documents.map((document) => documentUrl(document.period, document.slug));

describe.skipIf(!hasBrowser)('reading a document in Chromium', () => {
	// Each test opens its page in a context without JavaScript.
	const session = useBrowserPage({ pagePerTest: false });

	test.each(documentPaths)('%s opens its metadata, notes and contents without JavaScript', async (path) => {
		const context = await session.browser().newContext({ javaScriptEnabled: false, viewport: PHONE });
		try {
			const page = await context.newPage();
			await page.goto(session.url(path));
			const summaries = page.locator('.document__about > details > summary');
			const count = await summaries.count();
			expect(count).toBeGreaterThan(0);
			for (let index = 0; index < count; index++) {
				const details = page.locator('.document__about > details').nth(index);
				expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
				await summaries.nth(index).click();
				expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
			}
			// Opened, the metadata shows the source.
			expect(await page.locator('.document-meta cite').isVisible()).toBe(true);
		} finally {
			await context.close();
		}
	});
});
