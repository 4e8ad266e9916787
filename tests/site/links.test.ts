// Zero broken internal links and anchors across the built site: every link, stylesheet, script
// and image on every page resolves to a file, and every #anchor to an element on its target page.
import { describe, expect, inject, test } from 'vitest';
import { isExternalHref } from '../../src/lib/external-links.ts';
import { allPages, linkResolves, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const pages = allPages(siteDir);

/** The ids (and legacy `name` anchors) on a page, read once per page. */
const anchorsByPage = new Map<string, Set<string>>();
function anchors(path: string): Set<string> {
	let found = anchorsByPage.get(path);
	if (!found) {
		const $ = readPage(siteDir, path);
		found = new Set($('[id], a[name]').map((_, element) => element.attribs.id ?? element.attribs.name).get());
		anchorsByPage.set(path, found);
	}
	return found;
}

/** Every internal reference on a page, resolved against the page's own address. */
function references(path: string): { href: string; target: URL }[] {
	const $ = readPage(siteDir, path);
	const base = new URL(path, 'https://site.invalid');
	return $('a[href], link[href], script[src], img[src], form[action]')
		.toArray()
		.map((element) => element.attribs.href ?? element.attribs.src ?? element.attribs.action!)
		.filter((href) => !isExternalHref(href) && !/^(mailto|tel):/i.test(href))
		.map((href) => ({ href, target: new URL(href, base) }));
}

describe('internal links', () => {
	test('the site has pages, and the pages link to each other', () => {
		expect(pages.length).toBeGreaterThan(5);
		expect(references('/').length).toBeGreaterThan(5);
	});

	test.each(pages)('%s: every link and asset resolves to a file in the site', (path) => {
		for (const { href, target } of references(path)) {
			expect(target.origin, `${path} -> ${href}`).toBe('https://site.invalid');
			expect(linkResolves(siteDir, decodeURIComponent(target.pathname)), `${path} -> ${href}`).toBe(true);
		}
	});

	test.each(pages)('%s: every #anchor lands on an element of its target page', (path) => {
		for (const { href, target } of references(path)) {
			if (!target.hash) continue;
			const id = decodeURIComponent(target.hash.slice(1));
			const targetPath = decodeURIComponent(target.pathname);
			expect(anchors(targetPath === '' ? path : targetPath).has(id), `${path} -> ${href}`).toBe(true);
		}
	});

	test('anchor links exist on the site, so the check above checks something', () => {
		expect(pages.some((path) => references(path).some(({ target }) => target.hash && target.hash !== '#'))).toBe(true);
	});
});
