import { diffWords } from 'diff';

/** A run of text that both versions share, or that only the older or only the newer one has. */
export interface DiffPart {
	kind: 'same' | 'removed' | 'added';
	text: string;
}

/**
 * The word-level differences between two texts, via jsdiff's `diffWords` (it counts æ, ø and å
 * as letters, so Danish words are compared whole). Whitespace at the edges of a change is moved
 * out into the shared text, so a mark covers words and not the spaces around them.
 */
export function diffText(before: string, after: string): DiffPart[] {
	const parts: DiffPart[] = [];
	const push = (kind: DiffPart['kind'], text: string) => {
		if (text === '') return;
		const last = parts[parts.length - 1];
		if (last && last.kind === kind) last.text += text;
		else parts.push({ kind, text });
	};
	for (const change of diffWords(before, after)) {
		const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
		if (kind === 'same') {
			push('same', change.value);
			continue;
		}
		const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(change.value)!;
		push('same', lead!);
		push(kind, core!);
		push('same', trail!);
	}
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
