// The content collections' one loader. It does not read files itself: it takes what the content
// check read, parsed and validated (src/validation/check-content.ts) and stores exactly that, with
// each body rendered from the check's own syntax tree. So Astro shows what was checked, and a file
// the check refused is never rendered. `npm run build` runs the check once and hands its result
// over (./checked-content-handoff.ts); `astro dev` and a bare `astro build` run it here, and the dev
// server runs it again whenever a content file changes (src/integrations/content-refresh.ts).
import type { Loader, LoaderContext } from 'astro/loaders';
import { createTermMatcher, glossaryTerms } from '../lib/glossary.ts';
import { SYNONYMS_FILE } from '../schemas/synonyms.ts';
import { RefusedMarkup } from '../markdown/dialect.ts';
import { renderBody, type RenderOptions } from '../markdown/render.ts';
import { contentDir as configuredContentDir, siteUrl } from '../site-config.ts';
import type { CheckCache } from '../validation/check-cache.ts';
import type { CheckedMarkdownFile, ContentCheck } from '../validation/checked-content.ts';
import { formatProblem, sortProblems } from '../validation/problems.ts';
import { ContentProblemsError } from './content-problems-error.ts';
import { takeHandedOverCheck } from './checked-content-handoff.ts';
import { storeProblems } from './problems-collection.ts';
import { CONTENT_LOADER_NAME, contentRefresh, recordSyncedGeneration } from './refresh.ts';
import { RENDER_FINGERPRINT } from './render-fingerprint.ts';
import { forgetRenderedHtmlBut, haveRenderedHtml, keepRenderedHtml, renderedHtmlDir, renderedHtmlName, type RenderedCollection } from './rendered-html.ts';

/** The collections, by the name content.config.ts gives them. */
export type CollectionName = 'periods' | 'documents' | 'glossary' | 'themes' | 'synonyms' | 'contentProblems';

interface SharedState {
	check?: Promise<ContentCheck>;
	/** What each file gave the check, so a check after a save reads only the changed files again. */
	cache?: CheckCache;
	/** The change to the content folder the dev server last synced (src/integrations/content-refresh.ts). */
	generation: number;
	checkedGeneration: number;
	/** The folder that keeps rendered HTML between processes (./rendered-html.ts), found again with each check. */
	htmlDir?: Promise<string | undefined>;
}

// One check serves every collection of one build or dev session.
const state: SharedState = { generation: 0, checkedGeneration: -1 };

async function currentCheck(rootDir: string, dev: boolean): Promise<ContentCheck> {
	if (!state.check || state.checkedGeneration !== state.generation) {
		state.checkedGeneration = state.generation;
		// Asked with each check, not each collection: git runs as a process of its own.
		state.htmlDir = htmlDirOf(rootDir);
		state.check = (async () => {
			const contentDir = configuredContentDir();
			const handed = state.generation === 0 ? takeHandedOverCheck(contentDir) : undefined;
			if (handed) return handed;
			// Loaded here, not at the top, so the spelling dictionaries are read only when checking.
			const { checkContent } = await import('../validation/check-content.ts');
			const { checkCacheDir, openCheckCache } = await import('../validation/check-cache.ts');
			const { claimBuildCacheDir } = await import('../build-cache.ts');
			const { cacheSpellingDictionaries } = await import('../validation/rules/spelling.ts');
			await cacheSpellingDictionaries();
			// The folder `npm run check` and `npm run build` use for the same content, so the dev server
			// starts from their results; only the dev server checks again, so only it keeps them in memory.
			state.cache ??= openCheckCache({ dir: checkCacheDir(claimBuildCacheDir(rootDir, contentDir)), memory: dev });
			return checkContent({ contentDir, rootDir, cache: state.cache });
		})();
	}
	const check = await state.check;
	if (check.problems.length && !dev) throw new ContentProblemsError(check.problems);
	return check;
}

/**
 * The folder that keeps the rendered HTML, beside the content check's cache. Like that cache, one
 * that came with the repository is neither read nor written: anyone can name a file by a digest.
 */
async function htmlDirOf(rootDir: string): Promise<string | undefined> {
	const { claimBuildCacheDir, trackedByGit } = await import('../build-cache.ts');
	const dir = renderedHtmlDir(claimBuildCacheDir(rootDir, configuredContentDir()));
	return trackedByGit(dir) ? undefined : dir;
}

/** The loader of one collection. */
export function contentLoader(collection: CollectionName): Loader {
	return {
		name: CONTENT_LOADER_NAME,
		load: async (context) => {
			// In the dev server, a change to any content file syncs every collection again
			// (src/integrations/content-refresh.ts), and all of them share one new check, so a file that
			// now fails is taken off the preview and a cross-file problem (a link to a renamed file) is
			// found at once. The check's cache reads again only the files whose bytes changed.
			const refresh = contentRefresh(context.refreshContextData);
			if (refresh && refresh.contentGeneration > state.generation) state.generation = refresh.contentGeneration;
			await sync(collection, context, context.config.root.pathname, Boolean(context.watcher));
			if (refresh) recordSyncedGeneration(refresh.contentGeneration);
		},
	};
}

/** The files of one collection in a check, by id. */
function filesOf(check: ContentCheck, collection: Exclude<CollectionName, 'contentProblems'>): { id: string; file: string; data: object; markdown?: CheckedMarkdownFile<unknown> }[] {
	switch (collection) {
		case 'periods':
			return check.periods.map((period) => ({ id: period.data.id, file: period.file, data: period.data }));
		case 'documents':
			return check.documents.map((document) => ({ id: document.id, file: document.file, data: document.data, markdown: document }));
		case 'glossary':
			return check.glossary.map((entry) => ({ id: entry.id, file: entry.file, data: entry.data, markdown: entry }));
		case 'themes':
			return check.themes.map((theme) => ({ id: theme.id, file: theme.file, data: theme.data, markdown: theme }));
		case 'synonyms':
			// One entry holding the whole list, even an empty one: Astro warns about an empty collection,
			// and a site without content/synonymer.yaml is an ordinary site.
			return [{ id: SYNONYMS_FILE, file: check.synonyms[0]?.file ?? `content/${SYNONYMS_FILE}`, data: { groups: check.synonyms.map((group) => group.data) } }];
	}
}

/**
 * Whether a page reads the entry's Markdown itself: the glossary's (its first paragraph in search
 * answers, its text in data/glossary.json), the themes' (small), and a document's only when it has a
 * source text, which its kildetekst page compares word by word.
 */
function keepsBody(collection: CollectionName, data: Record<string, unknown>): boolean {
	if (collection !== 'documents') return true;
	return (data as { source?: { file?: string } }).source?.file !== undefined;
}

function termIds(matches: readonly { id: string }[]): string[] {
	return [...new Set(matches.map((match) => match.id))];
}

/**
 * Content without themes or a glossary is valid, but Astro's getCollection() prints an English
 * "[WARN] The collection ... does not exist or is empty" for a collection its store has no entry of,
 * once per page that lists it (some thirty lines in a small build's output, for an editor to wonder
 * about). The store has no call that makes an empty collection; it keeps one whose last entry was
 * deleted, so an entry is set and deleted at once. No page ever sees it: the store is written after
 * the loaders are done.
 */
function keepEmptyCollection(store: LoaderContext['store']): void {
	const placeholder = 'tom-samling';
	store.set({ id: placeholder, data: {} });
	store.delete(placeholder);
}

async function sync(collection: CollectionName, context: LoaderContext, rootDir: string, dev: boolean): Promise<void> {
	const { store, logger } = context;
	const check = await currentCheck(rootDir, dev);
	// The preview's problems for the pages to show (./problems-collection.ts); none in a build.
	if (collection === 'contentProblems') return storeProblems(context, check, { contentDir: configuredContentDir(), rootDir, preview: dev });
	// In the preview, a file with a problem is left out (its page shows nothing it was not checked
	// for); the problems are printed once, by the first collection.
	const troubled = new Set(check.problems.map((problem) => problem.file));
	if (dev && collection === 'periods' && check.problems.length) {
		logger.error(`Indholdet har fejl; de berørte filer vises ikke:\n${sortProblems(check.problems).map(formatProblem).join('\n')}`);
	}
	const options: RenderOptions = { terms: collection === 'documents' ? glossaryTerms(check.glossary) : [], siteUrl: siteUrl() };
	const optionsDigest = context.generateDigest(JSON.stringify([RENDER_FINGERPRINT, options]));
	const findTerms = createTermMatcher(options.terms);
	const htmlDir = await state.htmlDir;
	const kept = new Set<string>();
	const keptHtml = new Set<string>();
	// The data is the check's own parse with the collection's schema: parsing it again here would
	// only repeat the same zod run for every file.
	for (const { id, file, data: checked, markdown } of filesOf(check, collection)) {
		if (troubled.has(file)) continue;
		kept.add(id);
		const data = checked as Record<string, unknown>;
		if (!markdown) {
			store.set({ id, data, filePath: file });
			continue;
		}
		// The stored digest covers the data as well as the HTML's inputs: Astro ignores a set whose digest
		// is unchanged, and the data of an unchanged file changes when the schemas or the check do (Astro
		// clears its store only when content.config.ts itself changes).
		const renderDigest = `${markdown.digest}-${optionsDigest}`;
		const htmlName = renderedHtmlName(collection as RenderedCollection, renderDigest);
		const digest = `${renderDigest}-${context.generateDigest(data)}`;
		const stored = store.get(id);
		// An unchanged file rendered by an unchanged pipeline (the HTML's name is the render digest)
		// keeps its HTML, held by this process or kept in a file by an earlier one, with its new data
		// if the data changed.
		if (stored?.rendered?.metadata?.html === htmlName && haveRenderedHtml(htmlDir, htmlName)) {
			keptHtml.add(htmlName);
			if (stored.digest !== digest) store.set({ id, data, ...(keepsBody(collection, data) ? { body: markdown.body } : {}), filePath: file, digest, rendered: stored.rendered });
			continue;
		}
		let rendered;
		try {
			rendered = await renderBody(markdown.markdown.tree, markdown.path, options);
		} catch (error) {
			if (!(error instanceof RefusedMarkup)) throw error;
			const problem = { file, line: error.line === undefined ? undefined : markdown.bodyFirstLine + error.line - 1, message: error.message };
			if (!dev) throw new ContentProblemsError([problem]);
			logger.error(formatProblem(problem));
			kept.delete(id);
			continue;
		}
		keepRenderedHtml(htmlDir, htmlName, rendered.html);
		keptHtml.add(htmlName);
		// A document's Markdown next to its HTML was a third of the store (6 of 17 MB at 1,000
		// documents, before the HTML left it too): a body is stored only where a page reads it, and
		// what the glossary page needs from each document, the terms it uses, is found here with the
		// matcher that marks them. The HTML is stored by name (./rendered-html.ts); `html` stays empty,
		// so Astro's own render() of such an entry shows nothing rather than stale text.
		const metadata = { headings: rendered.headings, html: htmlName, ...(collection === 'documents' ? { terms: termIds(findTerms(markdown.body)) } : {}) };
		store.set({ id, data, ...(keepsBody(collection, data) ? { body: markdown.body } : {}), filePath: file, digest, rendered: { html: '', metadata } });
	}
	for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
	if (kept.size === 0) keepEmptyCollection(store);
	if (collection !== 'periods' && collection !== 'synonyms') forgetRenderedHtmlBut(htmlDir, collection, keptHtml, optionsDigest);
}
