import { diffWords } from 'diff';

/** A run of text that both versions share, or that only the older or only the newer one has. */
export interface DiffPart {
	kind: 'same' | 'removed' | 'added';
	text: string;
}

/**
 * The word-level differences between two texts, via jsdiff's `diffWords` (it counts æ, ø and å
 * as letters, so Danish words are compared whole). Each part keeps the whitespace jsdiff gives it,
 * so both texts come back exactly: a removed "med handicap" before a comma takes its space with it,
 * and the newer text reads "borgere, og", not "borgere , og". A space that only one text has is
 * part of that text's change, so a mark may cover a space at its edge.
 */
export function diffText(before: string, after: string): DiffPart[] {
	const parts: DiffPart[] = [];
	const push = (kind: DiffPart['kind'], text: string) => {
		if (text === '') return;
		const last = parts[parts.length - 1];
		if (last && last.kind === kind) last.text += text;
		else parts.push({ kind, text });
	};
	for (const change of diffWords(before, after)) push(change.added ? 'added' : change.removed ? 'removed' : 'same', change.value);
	return parts;
}

/** The older text back from a diff: shared and removed parts. */
export function textBefore(parts: readonly DiffPart[]): string {
	return parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('');
}

/** The newer text back from a diff: shared and added parts. */
export function textAfter(parts: readonly DiffPart[]): string {
	return parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('');
}
