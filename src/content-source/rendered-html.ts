// Each body's rendered HTML is kept beside Astro's data store, not in it. The store is one module:
// the dev server serializes it, writes it and has Vite load it again after every save, and a build
// bundles it whole. With the HTML in it, that module was 10.7 MB at 1,000 documents, 8.7 MB of it
// HTML, and a saved change took 1.7-2.1 s to reach the page, most of it spent on that module
// (0.45-0.53 s with the store at 1.0 MB).
// The store now holds only the name of each body's HTML (the digest of what it was rendered from);
// the HTML itself is held by this process for the pages to read, and in a file of its own under
// the content folder's build cache, so the next build or dev session reuses what is unchanged.
//
// The loader (./loader.ts) fills this and the pages read it (src/components/RenderedBody.astro).
// They run in different module graphs of one process (Vite's and Astro's own), so what the loader
// holds is kept on a global, as the check's hand-over is (./checked-content-handoff.ts).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MarkdownHeading } from 'astro';

/** The collections whose bodies are rendered. */
export type RenderedCollection = 'documents' | 'glossary' | 'themes';

/** A name the loader gives an entry's HTML: `<collection>/<digest>`, as the store keeps it. */
export type RenderedHtmlName = `${RenderedCollection}/${string}`;

const NAME = /^(documents|glossary|themes)\/[0-9a-z-]{8,200}$/;

const HELD = Symbol.for('nordjysk-socialaftale.rendered-html');

interface Held {
	/** The HTML this process rendered or read, by name. */
	html: Map<string, string>;
	/** The names each collection's last sync kept (forgetRenderedHtmlBut). */
	keptBefore: Map<RenderedCollection, Set<string>>;
}

// On the global, not in this module: Astro loads the content configuration, and with it the loader
// and this module, again when a content file is saved, and the pages import it in Vite's graph.
function state(): Held {
	const holder = globalThis as { [HELD]?: Held };
	holder[HELD] ??= { html: new Map(), keptBefore: new Map() };
	return holder[HELD];
}

const held = () => state().html;

/** The folder under a content folder's build cache (src/build-cache.ts) that keeps the HTML between processes. */
export function renderedHtmlDir(buildCacheDir: string): string {
	return join(buildCacheDir, 'rendered-html');
}

function fileOf(dir: string, name: string): string {
	if (!NAME.test(name)) throw new Error(`not a name of rendered HTML: ${JSON.stringify(name)}`);
	return join(dir, `${name}.html`);
}

/** The name of a body's HTML, from the digest of everything it was rendered from. */
export function renderedHtmlName(collection: RenderedCollection, renderDigest: string): RenderedHtmlName {
	const name = `${collection}/${renderDigest}` as RenderedHtmlName;
	if (!NAME.test(name)) throw new Error(`not a digest to name rendered HTML by: ${JSON.stringify(renderDigest)}`);
	return name;
}

/**
 * Holds a freshly rendered body's HTML for this process and writes it to `dir` for the next one,
 * through a file of its own renamed into place, so a reader never meets half a file. A folder that
 * cannot be written costs the next process a render, nothing else.
 */
export function keepRenderedHtml(dir: string | undefined, name: RenderedHtmlName, html: string): void {
	held().set(name, html);
	if (dir === undefined) return;
	const file = fileOf(dir, name);
	const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
	const write = () => {
		writeFileSync(temporary, html);
		renameSync(temporary, file);
	};
	try {
		write();
	} catch {
		// The first file of a folder, or a folder removed since (a cache cleared between two builds of one process).
		try {
			mkdirSync(dirname(file), { recursive: true });
			write();
		} catch {
			rmSync(temporary, { force: true });
		}
	}
}

/**
 * Whether the HTML of `name` is at hand: held by this process, or read now from `dir`, where an
 * earlier process of this machine wrote it. False sends the loader to render the body again.
 */
export function haveRenderedHtml(dir: string | undefined, name: RenderedHtmlName): boolean {
	if (held().has(name)) return true;
	if (dir === undefined) return false;
	try {
		held().set(name, readFileSync(fileOf(dir, name), 'utf8'));
		return true;
	} catch {
		return false;
	}
}

/** How long a file rendered with other options (another site address, an older renderer) is kept. */
const OTHER_OPTIONS_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Forgets the HTML of a collection that no stored entry names any longer, in this process (a sync
 * later) and in `dir`, so neither grows with every save of the dev server. In `dir`, a file
 * rendered with other options (its name does not end in `-<optionsDigest>`) belongs to another
 * store: the dev server and a build for another address share the folder, so such a file goes only
 * once it is a day old.
 */
export function forgetRenderedHtmlBut(dir: string | undefined, collection: RenderedCollection, kept: ReadonlySet<string>, optionsDigest: string): void {
	// Until the sync that follows, pages may still be rendered from the store before this one (the dev
	// server serves requests while it syncs), so the HTML the last sync kept is held one sync longer.
	const { keptBefore } = state();
	const earlier = keptBefore.get(collection);
	keptBefore.set(collection, new Set(kept));
	for (const name of held().keys()) if (name.startsWith(`${collection}/`) && !kept.has(name) && !earlier?.has(name)) held().delete(name);
	if (dir === undefined) return;
	let files: string[];
	try {
		files = readdirSync(join(dir, collection));
	} catch {
		return;
	}
	const ours = `-${optionsDigest}.html`;
	for (const file of files) {
		// Files another process is writing end in .tmp and are left alone.
		if (!file.endsWith('.html') || kept.has(`${collection}/${file.slice(0, -'.html'.length)}`)) continue;
		const path = join(dir, collection, file);
		try {
			if (file.endsWith(ours) || statSync(path).mtimeMs < Date.now() - OTHER_OPTIONS_KEPT_MS) rmSync(path, { force: true });
		} catch {
			// Housekeeping: tried again at the next sync.
		}
	}
}

/** The HTML a page shows for an entry's body, by the name the loader stored with the entry. */
export function renderedHtml(entry: { filePath?: string; rendered?: { metadata?: Record<string, unknown> } }): string {
	const name = entry.rendered?.metadata?.html;
	const html = typeof name === 'string' ? held().get(name) : undefined;
	// Only a loader that did not run in this process, or a store written by another version of it,
	// gets here: never the editors' doing, so the message is for developers.
	if (html === undefined) throw new Error(`${entry.filePath ?? 'an entry'}: the content loader holds no rendered HTML named ${JSON.stringify(name)} in this process`);
	return html;
}

/** The headings of an entry's body, which the loader stored with it, for a table of contents. */
export function renderedHeadings(entry: { rendered?: { metadata?: Record<string, unknown> } }): MarkdownHeading[] {
	return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}
