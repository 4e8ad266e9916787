// The collections' loader (src/content-source/loader.ts) against Astro's own data store, as a rebuild
// or the dev server meets it: a store kept from an earlier build of the same files, and the rendered
// HTML kept beside it (src/content-source/rendered-html.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, expect, test } from 'vitest';
// Astro's data store itself: what it keeps and what it ignores is what this test is about.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { buildCacheDir } from '../../src/build-cache.ts';
import { contentLoader } from '../../src/content-source/loader.ts';
import { renderedHtml, renderedHtmlDir } from '../../src/content-source/rendered-html.ts';
import { ROOT } from '../helpers/test-builds.ts';

const root = mkdtempSync(join(tmpdir(), 'socialaftale-loader-'));
const id = '2021-2022/godkendelse';
cpSync(join(ROOT, 'tests/fixtures/sites/three-periods'), join(root, 'content'), { recursive: true });
const saved = process.env.SITE_CONTENT_DIR;
process.env.SITE_CONTENT_DIR = join(root, 'content');
afterAll(() => {
	if (saved === undefined) delete process.env.SITE_CONTENT_DIR;
	else process.env.SITE_CONTENT_DIR = saved;
	rmSync(root, { recursive: true, force: true });
});

const generateDigest = (data: Record<string, unknown> | string) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex');
const quiet = { info() {}, warn() {}, error() {}, debug() {}, label: 'test', options: {} };

type StoredDocument = { data: { title: string }; digest: string; filePath: string; rendered: { html: string; metadata: { html: string } } };

const store = new MutableDataStore();
// Each sync is a change the dev server's refresh follows: the loader checks the content again for it.
let generation = 0;

/** A sync of the documents collection of the project at `projectRoot` into `into`. */
async function syncDocuments(into = store, projectRoot = root) {
	generation += 1;
	const context = {
		collection: 'documents',
		store: into.scopedStore('documents'),
		meta: into.metaStore('documents'),
		logger: quiet,
		config: { root: pathToFileURL(`${projectRoot}/`) },
		generateDigest,
		refreshContextData: { contentGeneration: generation },
	} as unknown as LoaderContext;
	await contentLoader('documents').load(context);
}

test("gives an entry kept from an earlier build the check's data when only the data differs (as after a schema change), keeping its HTML", async () => {
	await syncDocuments();
	const fresh = store.get<StoredDocument>('documents', id)!;
	expect(fresh.data.title).not.toBe('En titel fra før');
	// As an earlier build's check left it: the same file and renderer (the first part of the digest),
	// other data, and HTML this test can recognise.
	const staleData = { ...fresh.data, title: 'En titel fra før' };
	const renderPart = fresh.digest.slice(0, fresh.digest.lastIndexOf('-'));
	store.set('documents', id, { ...fresh, data: staleData, digest: `${renderPart}-${generateDigest(staleData)}` });
	// HTML this test can recognise, as an earlier process left it: the body is not rendered again.
	forgetHeld();
	writeFileSync(htmlFile(fresh), '<p>behold</p>');
	await syncDocuments();
	const synced = store.get<StoredDocument>('documents', id)!;
	expect(synced.data).toEqual(fresh.data);
	expect(synced.digest).toBe(fresh.digest);
	expect(renderedHtml(synced)).toBe('<p>behold</p>');
});

/** The file that keeps an entry's HTML between processes, in the cache of the content folder the test uses. */
function htmlFile(entry: StoredDocument, projectRoot = root): string {
	return join(renderedHtmlDir(buildCacheDir(projectRoot, process.env.SITE_CONTENT_DIR!)), `${entry.rendered.metadata.html}.html`);
}

/** What a new process starts with: no HTML held in memory (the loader's global, rendered-html.ts). */
function forgetHeld() {
	delete (globalThis as Record<symbol, unknown>)[Symbol.for('nordjysk-socialaftale.rendered-html')];
}

test("keeps each body's HTML beside the data store, not in it, and a new process reads it back instead of rendering again", async () => {
	const fresh = new MutableDataStore();
	await syncDocuments(fresh);
	const entry = fresh.get<StoredDocument>('documents', id)!;
	expect(entry.rendered.html).toBe('');
	const html = renderedHtml(entry);
	expect(html).toContain('<p>');
	expect(readFileSync(htmlFile(entry), 'utf8')).toBe(html);
	// The store as the next build or dev session loads it from disk, and the HTML only in its file.
	const reloaded = await MutableDataStore.fromString(fresh.toString());
	forgetHeld();
	writeFileSync(htmlFile(entry), '<p>fra filen</p>');
	await syncDocuments(reloaded);
	expect(renderedHtml(reloaded.get<StoredDocument>('documents', id)!)).toBe('<p>fra filen</p>');
	// Put back for the tests that follow.
	writeFileSync(htmlFile(entry), html);
	forgetHeld();
});

test('renders a body again when the file that kept its HTML is gone', async () => {
	await syncDocuments();
	const entry = store.get<StoredDocument>('documents', id)!;
	const html = renderedHtml(entry);
	forgetHeld();
	rmSync(htmlFile(entry));
	await syncDocuments();
	expect(renderedHtml(store.get<StoredDocument>('documents', id)!)).toBe(html);
	expect(readFileSync(htmlFile(entry), 'utf8')).toBe(html);
});

test("a saved change leaves no HTML of the document's earlier text behind, and HTML rendered with other options alone", async () => {
	await syncDocuments();
	const before = store.get<StoredDocument>('documents', id)!;
	const folder = dirname(htmlFile(before));
	// Rendered for another site address by a build beside this dev server: not this store's to remove.
	const otherOptions = join(folder, `${'0'.repeat(16)}-ffffffffffffffff.html`);
	writeFileSync(otherOptions, '<p>anden adresse</p>');
	const file = join(process.env.SITE_CONTENT_DIR!, `${id}.md`);
	const text = readFileSync(file, 'utf8');
	try {
		appendFileSync(file, '\nEt nyt afsnit om aftalen.\n');
		await syncDocuments();
		const after = store.get<StoredDocument>('documents', id)!;
		expect(after.rendered.metadata.html).not.toBe(before.rendered.metadata.html);
		expect(renderedHtml(after)).toContain('Et nyt afsnit om aftalen.');
		expect(existsSync(htmlFile(before))).toBe(false);
		// The dev server renders pages from the store before the sync until the sync is done: the
		// earlier HTML is held until the next sync.
		expect(renderedHtml(before)).not.toContain('Et nyt afsnit om aftalen.');
		await syncDocuments();
		expect(() => renderedHtml(before)).toThrow(before.rendered.metadata.html);
		const names = new Set(store.values<StoredDocument>('documents').map((entry) => `${entry.rendered.metadata.html.split('/')[1]}.html`));
		expect(new Set(readdirSync(folder).filter((name) => join(folder, name) !== otherOptions))).toEqual(names);
		expect(existsSync(otherOptions)).toBe(true);
	} finally {
		writeFileSync(file, text);
		rmSync(otherOptions, { force: true });
	}
});

test('never reads or writes rendered HTML in a cache folder that came with the repository', async () => {
	// A project where a pull request committed a file under the ignored .build/, named by the digest
	// of a document as the editor's own earlier build rendered it.
	const project = mkdtempSync(join(tmpdir(), 'socialaftale-loader-git-'));
	const saved = process.env.SITE_CONTENT_DIR;
	try {
		cpSync(join(ROOT, 'tests/fixtures/sites/three-periods'), join(project, 'content'), { recursive: true });
		process.env.SITE_CONTENT_DIR = join(project, 'content');
		const earlier = new MutableDataStore();
		await syncDocuments(earlier, project);
		const entry = earlier.get<StoredDocument>('documents', id)!;
		const html = renderedHtml(entry);
		const committed = htmlFile(entry, project);
		writeFileSync(committed, '<script>alert(1)</script>');
		const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: project, encoding: 'utf8' });
		git('init', '-q');
		git('add', '-f', '.');
		git('commit', '-q', '-m', 'indhold');
		// The editor's next session: their store, no HTML held, the committed file on disk.
		forgetHeld();
		const next = await MutableDataStore.fromString(earlier.toString());
		await syncDocuments(next, project);
		expect(renderedHtml(next.get<StoredDocument>('documents', id)!)).toBe(html);
		expect(readFileSync(committed, 'utf8')).toBe('<script>alert(1)</script>');
	} finally {
		process.env.SITE_CONTENT_DIR = saved;
		rmSync(project, { recursive: true, force: true });
		await syncDocuments();
	}
});
