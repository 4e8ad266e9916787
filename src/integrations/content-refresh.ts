import type { AstroIntegration } from 'astro';
import { CONTENT_LOADER_NAME, type ContentRefresh } from '../content-source/refresh.ts';
import { contentDir as configuredContentDir } from '../site-config.ts';

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
				let generation = 0;
				let pending: ReturnType<typeof setTimeout> | undefined;
				const onChange = (path: string) => {
					if (!path.startsWith(contentDir)) return;
					// An editor's save often fires several events; one sync follows them all.
					clearTimeout(pending);
					pending = setTimeout(() => {
						generation += 1;
						const context: ContentRefresh = { contentGeneration: generation };
						// Astro queues syncs, so a save during one is synced after it.
						refreshContent({ loaders: [CONTENT_LOADER_NAME], context: { ...context } }).catch((error: unknown) => {
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
