import { availableParallelism } from 'node:os';

/**
 * Starts `run` for each item, at most `limit` at a time (by default one per core), in the items'
 * order, and returns each item's promise at once. A rejected promise is reported only to whoever
 * awaits it; the other items go on.
 */
export function runLimited<T, R>(items: readonly T[], run: (item: T) => Promise<R>, limit = availableParallelism()): Map<T, Promise<R>> {
	const started = new Map<T, Promise<R>>();
	const waiting = items.map((item) => {
		let start!: () => void;
		const turn = new Promise<void>((resolve) => (start = resolve));
		const result = turn.then(() => run(item));
		// Marked as handled here; whoever awaits the promise still sees the rejection.
		result.catch(() => undefined);
		started.set(item, result);
		return { start, result };
	});
	const lane = async (): Promise<void> => {
		const next = waiting.shift();
		if (!next) return;
		next.start();
		await next.result.catch(() => undefined);
		return lane();
	};
	for (let index = 0; index < Math.max(1, limit); index++) void lane();
	return started;
}
