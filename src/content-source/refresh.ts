// What the dev server's content refresh (src/integrations/content-refresh.ts) and the collections'
// loader (./loader.ts) agree on. They run in different module graphs (the Astro config's and Vite's),
// so module state is not shared: the refresh tells the loader which change it follows through Astro's
// refresh data, and the loader answers on a global (below).

/** The name every collection's loader has, which a refresh names. */
export const CONTENT_LOADER_NAME = 'socialaftale-content';

/** What a refresh tells the loader: which change to the content folder it follows. */
export type ContentRefresh = { contentGeneration: number };

/** The refresh data of a loader's context, if it is a content refresh. */
export function contentRefresh(data: Record<string, unknown> | undefined): ContentRefresh | undefined {
	return typeof data?.contentGeneration === 'number' ? { contentGeneration: data.contentGeneration } : undefined;
}

// The loader runs in Vite's module graph and the integration in the Astro config's, in one process:
// the generation the loader last synced is kept on a global, so the integration can see that a
// refresh it asked for took place.
const SYNCED = Symbol.for('nordjysk-socialaftale.synced-content-generation');

/** Records that the collections were synced for a change (called by the loader). */
export function recordSyncedGeneration(generation: number): void {
	const holder = globalThis as { [SYNCED]?: number };
	holder[SYNCED] = Math.max(holder[SYNCED] ?? 0, generation);
}

/** The latest change the collections were synced for. */
export function syncedGeneration(): number {
	return (globalThis as { [SYNCED]?: number })[SYNCED] ?? 0;
}
