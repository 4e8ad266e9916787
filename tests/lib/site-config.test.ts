// The site's address and its repository are configuration; without them the build stays honest.
import { describe, expect, test } from 'vitest';
import { absoluteAddress, withBase } from '../../src/lib/routes.ts';
import { basePath, editUrl, LOCAL_SITE_URL, siteUrl } from '../../src/site-config.ts';

describe('siteUrl', () => {
	test.each([{}, { SITE_URL: '' }, { SITE_URL: '  ' }])('is the address npm start serves when SITE_URL is unset (%o)', (env) => {
		expect(siteUrl(env)).toBe(LOCAL_SITE_URL);
		expect(LOCAL_SITE_URL).toBe('http://localhost:4321');
	});

	test.each([
		['https://socialaftale.example', 'https://socialaftale.example'],
		['https://socialaftale.example/', 'https://socialaftale.example'],
		['HTTPS://Socialaftale.Example:8443', 'https://socialaftale.example:8443'],
		['https://owner.github.io/socialaftale/', 'https://owner.github.io/socialaftale'],
		['https://owner.github.io/socialaftale', 'https://owner.github.io/socialaftale'],
	])('uses SITE_URL %s as %s', (configured, expected) => {
		expect(siteUrl({ SITE_URL: configured })).toBe(expected);
	});

	test.each(['socialaftale.example', 'ftp://socialaftale.example', 'https://example.dk/?side=1', 'https://example.dk/#top', 'https://example.dk/social%20aftale/'])('refuses %s with the reason', (configured) => {
		expect(() => siteUrl({ SITE_URL: configured })).toThrow(/SITE_URL/);
	});
});

describe('basePath, withBase and absoluteAddress on SITE_URL', () => {
	test.each([
		[{}, '/', '/2021-2022/', 'http://localhost:4321/2021-2022/'],
		[{ SITE_URL: 'https://socialaftale.example' }, '/', '/2021-2022/', 'https://socialaftale.example/2021-2022/'],
		[{ SITE_URL: 'https://owner.github.io/socialaftale/' }, '/socialaftale/', '/socialaftale/2021-2022/', 'https://owner.github.io/socialaftale/2021-2022/'],
		[{ SITE_URL: 'https://owner.github.io/a/b' }, '/a/b/', '/a/b/2021-2022/', 'https://owner.github.io/a/b/2021-2022/'],
	])('under %o the base is %s and /2021-2022/ is %s, %s', (env, base, href_, absolute) => {
		expect(basePath(env)).toBe(base);
		expect(withBase('/2021-2022/', basePath(env))).toBe(href_);
		expect(absoluteAddress('/2021-2022/', siteUrl(env))).toBe(absolute);
	});
});

describe('withBase', () => {
	test.each([
		['/2021-2022/', '/socialaftale/', '/socialaftale/2021-2022/'],
		['/', '/socialaftale/', '/socialaftale/'],
		['/socialaftale/_astro/x.css', '/socialaftale/', '/socialaftale/_astro/x.css'],
		['#indhold', '/socialaftale/', '#indhold'],
		['https://rn.dk/', '/socialaftale/', 'https://rn.dk/'],
		['//cdn.example/x.js', '/socialaftale/', '//cdn.example/x.js'],
		['mailto:a@b.dk', '/socialaftale/', 'mailto:a@b.dk'],
		['/2021-2022/', '/', '/2021-2022/'],
	])('puts %s under %s as %s', (path, base, expected) => {
		expect(withBase(path, base)).toBe(expected);
	});
});

describe('editUrl', () => {
	test('is undefined without SITE_EDIT_URL, so no address is made up', () => {
		expect(editUrl('content/2021-2022/godkendelse.md', {})).toBeUndefined();
		expect(editUrl('content/2021-2022/godkendelse.md', { SITE_EDIT_URL: ' ' })).toBeUndefined();
	});

	test.each([
		'https://git.example/org/repo/edit/main/',
		'https://git.example/org/repo/edit/main',
	])('appends the repository path to %s', (base) => {
		expect(editUrl('content/2021-2022/godkendelse.md', { SITE_EDIT_URL: base })).toBe(
			'https://git.example/org/repo/edit/main/content/2021-2022/godkendelse.md',
		);
	});

	test('encodes characters a file name may have', () => {
		expect(editUrl('content/2021-2022/æ ø.md', { SITE_EDIT_URL: 'https://git.example/e/' })).toBe(
			'https://git.example/e/content/2021-2022/%C3%A6%20%C3%B8.md',
		);
	});

	test('refuses an address that is not http(s)', () => {
		expect(() => editUrl('x.md', { SITE_EDIT_URL: 'git.example/edit' })).toThrow(/SITE_EDIT_URL/);
	});
});
