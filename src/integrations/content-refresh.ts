import type { AstroIntegration } from 'astro';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTENT_LOADER_NAME, syncedGeneration, type ContentRefresh } from '../content-source/refresh.ts';
import { contentDir as configuredContentDir } from '../site-config.ts';

const RETRY_MS = 25;
const MAX_ATTEMPTS = 400;

/**
 * In the dev server, a saved, added or deleted file under the content folder syncs the collections
 * again through Astro's own `refreshContent`. A loader could update its store from a watcher itself,
 * but Astro then writes the changed store to disk only after a fixed 500 ms debounce
 * (`SAVE_DEBOUNCE_MS` in astro/dist/content/mutable-data-store.js), and the browser is told to
 * reload only after that write. A sync writes the store as soon as the loaders are done, so the
 * editor sees the change half a second sooner.
 */
export function contentRefreshOnChange(): AstroIntegration {
	return {
		name: 'socialaftale:content-refresh',
		hooks: {
			'astro:server:setup': ({ server, refreshContent }) => {
				if (!refreshContent) return;
				const contentDir = configuredContentDir();
				server.watcher.add(contentDir);
				// Counted on from what an earlier server in this process synced (Astro restarts the server when
				// its configuration changes), so a new change is always newer than every synced one.
				let generation = syncedGeneration();
				let pending: ReturnType<typeof setTimeout> | undefined;
				// Astro also reloads its content configuration on every saved .md or .yaml file, and
				// refreshContent does nothing while that reload runs; so the refresh is asked for again
				// until the loader has synced this change, or a newer change takes over.
				const refresh = async (wanted: number) => {
					for (let attempt = 1; syncedGeneration() < wanted && wanted === generation; attempt++) {
						const context: ContentRefresh = { contentGeneration: wanted };
						await refreshContent({ loaders: [CONTENT_LOADER_NAME], context });
						if (syncedGeneration() >= wanted) return;
						if (attempt === MAX_ATTEMPTS) throw new Error('Ændringen i indholdet blev ikke indlæst; genstart udviklingsserveren (npm run dev).');
						await sleep(RETRY_MS);
					}
				};
				const onChange = (path: string) => {
					if (!path.startsWith(contentDir)) return;
					// An editor's save often fires several events; one sync follows them all.
					clearTimeout(pending);
					pending = setTimeout(() => {
						generation += 1;
						refresh(generation).catch((error: unknown) => {
							server.config.logger.error(error instanceof Error ? error.message : String(error));
						});
					}, 50);
				};
				server.watcher.on('change', onChange);
				server.watcher.on('add', onChange);
				server.watcher.on('unlink', onChange);
			},
		},
	};
}
