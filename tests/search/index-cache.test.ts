// The copies Pagefind indexes, kept between builds: reused only for the same page, kept only for
// the pages of the last build, and never trusted when the file cannot be read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { AugmentedPage } from '../../src/search/indexing/compound-parts.ts';
import { openIndexCache, pageKey } from '../../src/search/indexing/index-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-index-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const page = (html: string): AugmentedPage => ({ html, indexed: true, compounds: 1, parts: 2, words: ['socialaftale'] });

describe('pageKey', () => {
	test('differs for another address or other HTML', () => {
		const key = pageKey('a/index.html', '<p>x</p>');
		expect(pageKey('a/index.html', '<p>x</p>')).toBe(key);
		expect(pageKey('b/index.html', '<p>x</p>')).not.toBe(key);
		expect(pageKey('a/index.html', '<p>y</p>')).not.toBe(key);
	});
});

describe('openIndexCache', () => {
	test("gives the next build the copies the last one saved, and drops pages the next one did not ask for", () => {
		const dir = join(work, 'kept');
		const first = openIndexCache(dir);
		first.set('a', page('A'));
		first.set('b', page('B'));
		first.save();
		const second = openIndexCache(dir);
		expect(second.get('a')).toEqual(page('A'));
		second.save();
		const third = openIndexCache(dir);
		expect(third.get('a')).toEqual(page('A'));
		expect(third.get('b')).toBeUndefined();
	});

	test('keeps nothing without a folder', () => {
		const cache = openIndexCache(undefined);
		cache.set('a', page('A'));
		cache.save();
		expect(cache.get('a')).toBeUndefined();
	});

	test('starts empty when the file is damaged', () => {
		const dir = join(work, 'damaged');
		const cache = openIndexCache(dir);
		cache.set('a', page('A'));
		cache.save();
		writeFileSync(join(dir, 'search-index-pages.json'), '{"fingerprint":');
		expect(openIndexCache(dir).get('a')).toBeUndefined();
	});

	test('starts empty when the copies were made by other indexing code', () => {
		const dir = join(work, 'other-code');
		const cache = openIndexCache(dir);
		cache.set('a', page('A'));
		cache.save();
		const file = join(dir, 'search-index-pages.json');
		writeFileSync(file, JSON.stringify({ fingerprint: 'older-code', pages: { a: page('A') } }));
		expect(openIndexCache(dir).get('a')).toBeUndefined();
	});
});
