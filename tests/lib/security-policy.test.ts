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
