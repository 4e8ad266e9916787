// The collections' loader (src/content-source/loader.ts) against Astro's own data store, as a rebuild
// or the dev server meets it: a store kept from an earlier build of the same files.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, expect, test } from 'vitest';
// Astro's data store itself: what it keeps and what it ignores is what this test is about.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { contentLoader } from '../../src/content-source/loader.ts';
import { ROOT } from '../helpers/test-builds.ts';

const root = mkdtempSync(join(tmpdir(), 'socialaftale-loader-'));
cpSync(join(ROOT, 'tests/fixtures/sites/three-periods'), join(root, 'content'), { recursive: true });
const saved = process.env.SITE_CONTENT_DIR;
process.env.SITE_CONTENT_DIR = join(root, 'content');
afterAll(() => {
	if (saved === undefined) delete process.env.SITE_CONTENT_DIR;
	else process.env.SITE_CONTENT_DIR = saved;
	rmSync(root, { recursive: true, force: true });
});

const store = new MutableDataStore();
const generateDigest = (data: Record<string, unknown> | string) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex');
const quiet = { info() {}, warn() {}, error() {}, debug() {}, label: 'test', options: {} };

/** A sync of the documents collection, as the dev server's refresh for change `generation` runs it. */
async function syncDocuments(generation: number) {
	const context = {
		collection: 'documents',
		store: store.scopedStore('documents'),
		meta: store.metaStore('documents'),
		logger: quiet,
		config: { root: pathToFileURL(`${root}/`) },
		generateDigest,
		refreshContextData: { contentGeneration: generation },
	} as unknown as LoaderContext;
	await contentLoader('documents').load(context);
}

test("gives an entry kept from an earlier build the check's data when only the data differs (as after a schema change), keeping its HTML", async () => {
	await syncDocuments(1);
	const id = '2021-2022/godkendelse';
	const fresh = store.get<{ data: { title: string }; digest: string; rendered: { html: string; metadata: object } }>('documents', id)!;
	expect(fresh.data.title).not.toBe('En titel fra før');
	// As an earlier build's check left it: the same file and renderer (the first part of the digest),
	// other data, and HTML this test can recognise.
	const staleData = { ...fresh.data, title: 'En titel fra før' };
	const renderPart = fresh.digest.slice(0, fresh.digest.lastIndexOf('-'));
	store.set('documents', id, { ...fresh, data: staleData, digest: `${renderPart}-${generateDigest(staleData)}`, rendered: { ...fresh.rendered, html: '<p>behold</p>' } });
	await syncDocuments(2);
	const synced = store.get<typeof fresh>('documents', id)!;
	expect(synced.data).toEqual(fresh.data);
	expect(synced.digest).toBe(fresh.digest);
	expect(synced.rendered.html).toBe('<p>behold</p>');
});
