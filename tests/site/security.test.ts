// Security by default in the built HTML: the same policy in every page's meta tag and in _headers,
// no inline script or style, nothing loaded from elsewhere, and every external link marked.
import { TEST_SITE_URL } from '../helpers/build-site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { isExternalHref } from '../../src/lib/external-links.ts';
import {
	contentSecurityPolicy,
	CSP_DIRECTIVES,
	HEADER_ONLY_DIRECTIVES,
	parseHeadersFile,
	SECURITY_HEADERS,
} from '../../src/lib/security-policy.ts';
import { ui } from '../../src/ui/strings.ts';
import { adminCspDirectives, adminCspMeta } from '../../src/cms/admin-policy.ts';
import { cmsSettings } from '../../src/cms/cms-config.ts';
import { isAdminUrl } from '../../src/lib/routes.ts';
import { allPages, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const pages = allPages(siteDir);

/** A policy as a map of directive -> sources, so two policies compare regardless of spacing. */
function parsePolicy(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values]),
	);
}

describe('Content-Security-Policy', () => {
	const headers = parseHeadersFile(readFileSync(join(siteDir, '_headers'), 'utf8'));

	// The CMS at /admin/ needs more than the site allows (src/cms/admin-policy.ts says what and why), so
	// it has a policy of its own there, which replaces the site's; every other header stays the site's.
	const adminSettings = cmsSettings({}, TEST_SITE_URL);

	test('_headers gives every path the security headers from src/lib/security-policy.ts, and /admin/ its own policy', () => {
		expect(Object.keys(headers)).toEqual(['/*', '/admin/*']);
		expect(headers['/*']).toEqual(SECURITY_HEADERS);
		expect(headers['/admin/*']).toEqual({ 'Content-Security-Policy': contentSecurityPolicy({ directives: adminCspDirectives(adminSettings) }) });
		for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
			expect(headers['/*']![name], name).toBeTruthy();
		}
	});

	test('allows scripts only from the site itself, plus WebAssembly for Pagefind', () => {
		const policy = parsePolicy(headers['/*']!['Content-Security-Policy']!);
		expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy['default-src']).toEqual(["'none'"]);
		for (const sources of Object.values(policy)) {
			expect(sources.join(' ')).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
		}
	});

	test.each(pages)('%s carries the same policy as _headers in a meta tag, first in <head>', (path) => {
		const $ = readPage(siteDir, path);
		const meta = $('meta[http-equiv="Content-Security-Policy"]');
		expect(meta).toHaveLength(1);
		const fromHeader = parsePolicy(headers[isAdminUrl(path) ? '/admin/*' : '/*']!['Content-Security-Policy']!);
		for (const name of HEADER_ONLY_DIRECTIVES) delete fromHeader[name];
		expect(parsePolicy(meta.attr('content')!)).toEqual(fromHeader);
		expect(meta.attr('content')).toBe(isAdminUrl(path) ? adminCspMeta(adminSettings) : contentSecurityPolicy({ forMeta: true }));
		// A policy applies only to what comes after it: no script or stylesheet may precede it.
		expect($('head > meta[http-equiv="Content-Security-Policy"]').prevAll('script, link, style')).toHaveLength(0);
		expect($('meta[name="referrer"]').attr('content')).toBe(SECURITY_HEADERS['Referrer-Policy']);
	});

	test('the meta tag leaves out only what browsers ignore in a meta tag', () => {
		expect(Object.keys(parsePolicy(contentSecurityPolicy({ forMeta: true })))).toEqual(
			Object.keys(CSP_DIRECTIVES).filter((name) => !HEADER_ONLY_DIRECTIVES.includes(name)),
		);
	});
});

describe('what pages load and run', () => {
	test.each(pages)('%s has no inline script, inline style or event handler', (path) => {
		const $ = readPage(siteDir, path);
		$('script').each((_, script) => {
			expect($(script).attr('src'), `${path}: inline script ${$(script).html()?.slice(0, 60)}`).toBeTruthy();
		});
		expect($('style')).toHaveLength(0);
		expect($('[style]').length, `${path}: style attribute`).toBe(0);
		const handlers = $('*')
			.toArray()
			.flatMap((element) => ('attribs' in element ? Object.keys(element.attribs) : []).filter((name) => /^on/i.test(name)));
		expect(handlers).toEqual([]);
		expect($('a[href^="javascript:" i], a[href^="data:" i]')).toHaveLength(0);
	});

	test.each(pages)('%s loads scripts, styles, images and icons from the site only', (path) => {
		const $ = readPage(siteDir, path);
		// What the browser fetches: canonical and alternate links only name addresses, and those are
		// absolute on the site's own address by design.
		const fetched = 'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]';
		const addresses = $(`script[src], ${fetched}, img[src], source[src], iframe, object, embed`)
			.toArray()
			.map((element) => element.attribs.src ?? element.attribs.href ?? element.tagName);
		const ownOrigin = (address: string) => (address.startsWith('/') && !address.startsWith('//')) || address.startsWith(`${TEST_SITE_URL}/`);
		expect(addresses.filter((address) => !ownOrigin(address))).toEqual([]);
		// Addresses that are not fetched must still point at this site.
		const named = $('link[rel="canonical"], link[rel="alternate"]').toArray().map((element) => element.attribs.href ?? '');
		expect(named.filter((address) => !ownOrigin(address))).toEqual([]);
	});
});

describe('external links', () => {
	const external = pages.flatMap((path) => {
		const $ = readPage(siteDir, path);
		return $('a[href]')
			.toArray()
			.filter((link) => isExternalHref(link.attribs.href))
			.map((link) => ({ path, href: link.attribs.href!, rel: link.attribs.rel, text: $(link).text(), hidden: $(link).find('.visually-hidden').text() }));
	});

	test('exist on the site (source documents, the accessibility statement)', () => {
		expect(external.length).toBeGreaterThan(0);
	});

	test('every one has rel="noopener noreferrer" and says it leads to another site', () => {
		for (const link of external) {
			expect(link.rel?.split(' ').sort(), `${link.path} -> ${link.href}`).toEqual(['noopener', 'noreferrer']);
			expect(link.hidden.trim(), `${link.path} -> ${link.href}`).toBe(ui.externalLink);
		}
	});
});
