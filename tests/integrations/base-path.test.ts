// The one step that puts a site served under a path under that path (src/integrations/base-path.ts).
import { describe, expect, test } from 'vitest';
import { addBasePath } from '../../src/integrations/base-path.ts';

describe('addBasePath', () => {
	test('puts root-relative links, sources and form actions under the base, once', () => {
		const html = '<a href="/2021-2022/">P</a><img src="/favicon.svg" alt=""><form action="/soeg/"></form><link href="/socialaftale/_astro/x.css">';
		expect(addBasePath(html, '/socialaftale/')).toBe(
			'<a href="/socialaftale/2021-2022/">P</a><img src="/socialaftale/favicon.svg" alt=""><form action="/socialaftale/soeg/"></form><link href="/socialaftale/_astro/x.css">',
		);
	});

	test('leaves anchors, other sites, protocol-relative and mail links as they are', () => {
		const html = '<a href="#indhold">x</a><a href="https://rn.dk/">x</a><a href="//cdn.example/">x</a><a href="mailto:a@b.dk">x</a>';
		expect(addBasePath(html, '/socialaftale/')).toBe(html);
	});

	test("moves a redirect page's refresh target", () => {
		expect(addBasePath('<meta http-equiv="refresh" content="0;url=/2021-2022/ny/">', '/a/')).toBe('<meta http-equiv="refresh" content="0;url=/a/2021-2022/ny/">');
	});

	test('changes nothing at the root of a host', () => {
		const html = '<a href="/2021-2022/">P</a>';
		expect(addBasePath(html, '/')).toBe(html);
	});

	test('leaves text that only looks like an attribute alone', () => {
		const html = '<p>Skriv href="/x/" i teksten</p>';
		expect(addBasePath(html, '/a/')).toBe(html);
	});
});

describe('addBasePath on tags with unusual values', () => {
	test('a > inside a quoted value does not end the tag', () => {
		expect(addBasePath('<a title="a > b" href="/x/">x</a>', '/a/')).toBe('<a title="a > b" href="/a/x/">x</a>');
	});
});

describe('addBasePath on absolute addresses of the site itself', () => {
	test("puts the site's own absolute addresses under the base, and leaves other sites and addresses already under it", () => {
		const html = '<link rel="canonical" href="https://o.example/2021-2022/ny/"><a href="https://o.example/socialaftale/x/">x</a><a href="https://other.example/2021-2022/">y</a>';
		expect(addBasePath(html, '/socialaftale/', 'https://o.example')).toBe(
			'<link rel="canonical" href="https://o.example/socialaftale/2021-2022/ny/"><a href="https://o.example/socialaftale/x/">x</a><a href="https://other.example/2021-2022/">y</a>',
		);
	});
});
