import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headersFile, parseHeadersFile, SECURITY_HEADERS } from '../../src/lib/security-policy.ts';

describe('contentSecurityPolicy', () => {
	test('joins the directives as one header value', () => {
		expect(contentSecurityPolicy()).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; .*; frame-ancestors 'none'$/);
	});

	test('leaves frame-ancestors out of the meta tag version, where browsers ignore it', () => {
		expect(contentSecurityPolicy({ forMeta: true })).not.toContain('frame-ancestors');
		expect(contentSecurityPolicy({ forMeta: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
	});
});

describe('the dev server policy', () => {
	test("adds only 'unsafe-inline' to style-src, for Vite's dev styles", () => {
		const strict = contentSecurityPolicy({ forMeta: true }).split('; ');
		const dev = contentSecurityPolicy({ forMeta: true, dev: true }).split('; ');
		expect(dev.filter((directive) => !strict.includes(directive))).toEqual(["style-src 'self' 'unsafe-inline'"]);
		expect(strict.filter((directive) => !dev.includes(directive))).toEqual(["style-src 'self'"]);
	});

	test('is never what the build writes: the default policy and the headers allow no inline code', () => {
		expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
		expect(SECURITY_HEADERS['Content-Security-Policy']).not.toContain('unsafe-inline');
	});
});

describe('headersFile and parseHeadersFile', () => {
	test('write every security header for all paths, and read back what they wrote', () => {
		const text = headersFile();
		expect(text).toMatch(/^# .*\n\/\*\n {2}Content-Security-Policy: /);
		expect(parseHeadersFile(text)).toEqual({ '/*': SECURITY_HEADERS });
	});

	test('parseHeadersFile reads several path blocks and ignores comments', () => {
		expect(parseHeadersFile('# note\n/a/*\n  X-One: 1\n\n/b\n  X-Two: a: b\n')).toEqual({ '/a/*': { 'X-One': '1' }, '/b': { 'X-Two': 'a: b' } });
	});
});
