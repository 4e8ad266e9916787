import { distance } from 'fastest-levenshtein';
import { compareCodeUnits } from './problems.ts';

/**
 * The known value an editor most likely meant by `value`: the one fewest edits away (letters added,
 * removed or changed, case ignored), if it is close enough to be a slip rather than another word:
 * at most a third of its letters, and never more than 4. Ties go to the first in code-unit order,
 * so every machine suggests the same.
 * @example nearestKnown('alderdomm', new Set(['alderdom', 'socialpsykiatri'])) === 'alderdom'
 */
export function nearestKnown(value: string, known: Iterable<string>): string | undefined {
	const wanted = value.toLowerCase();
	const limit = Math.min(4, Math.max(1, Math.floor(wanted.length / 3)));
	let best: { candidate: string; edits: number } | undefined;
	for (const candidate of [...known].sort(compareCodeUnits)) {
		const edits = distance(wanted, candidate.toLowerCase());
		if (edits <= limit && (!best || edits < best.edits)) best = { candidate, edits };
	}
	return best?.candidate;
}
