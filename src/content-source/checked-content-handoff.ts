// `npm run build` checks the content before it starts Astro, to stop early with the editors'
// messages. Astro then runs in the same process, but loads the collections' loader through its own
// module graph, so the two do not share module state; the check's result is handed over on a
// global, keyed by the content folder, and taken once. Without a handed-over check (`astro dev`,
// a bare `astro build`) the loader checks the content itself.
import type { ContentCheck } from '../validation/checked-content.ts';

const KEY = Symbol.for('nordjysk-socialaftale.checked-content');

type Handoff = Map<string, ContentCheck>;

function handoff(): Handoff {
	const holder = globalThis as { [KEY]?: Handoff };
	holder[KEY] ??= new Map();
	return holder[KEY];
}

/** Hands a check without problems to the loader of the build that follows. */
export function handOverCheck(contentDir: string, check: ContentCheck): void {
	if (check.problems.length) throw new Error('only a check without problems is handed over');
	handoff().set(contentDir, check);
}

/** The check handed over for `contentDir`, once. */
export function takeHandedOverCheck(contentDir: string): ContentCheck | undefined {
	const check = handoff().get(contentDir);
	handoff().delete(contentDir);
	return check;
}
