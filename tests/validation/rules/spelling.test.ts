// Danish spelling of the published text, with the project's word lists from cspell.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSpelling, loadSpeller, projectSpeller, readWordList } from '../../../src/validation/rules/spelling.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import type { TextSegment } from '../../../src/validation/published-text.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'spelling-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A segment whose source is its text on line 7, as if in a frontmatter field. */
function segment(text: string, editorial = false, sourceErrorNotes: string[] = []): TextSegment {
	return { file: 'x.md', text, source: text, positionAt: (offset) => ({ line: 7, column: offset + 1 }), editorial, sourceErrorNotes };
}

const messages = (segments: TextSegment[]) => checkSpelling(segments, projectSpeller()).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

/** A cspell.json in a folder of its own, beside the project's node_modules, with the given word lists. */
function config(json: object, lists: Record<string, string>): string {
	const dir = mkdtempSync(join(work, 'config-'));
	for (const [name, text] of Object.entries(lists)) {
		mkdirSync(join(dir, 'cspell'), { recursive: true });
		writeFileSync(join(dir, 'cspell', name), text);
	}
	writeFileSync(join(dir, 'cspell.json'), JSON.stringify(json));
	return join(dir, 'cspell.json');
}

describe('readWordList', () => {
	test('reads one word a line and skips comments and blank lines', () => {
		const path = join(work, 'list.txt');
		writeFileSync(path, '# Kommentar\n\nKKR\nkl  # forkortelse\n');
		expect(readWordList(path)).toEqual(['KKR', 'kl']);
	});
});

describe('loadSpeller', () => {
	test('refuses a cspell.json with a key it does not know, so no word list is silently turned off', () => {
		const path = config({ version: '0.2', language: 'da', dictionaryDefinition: [] }, {});
		expect(() => loadSpeller(path)).toThrow(/dictionaryDefinition/);
	});

	test('requires the project word list and the list of source errors', () => {
		const path = config({ version: '0.2', language: 'da' }, {});
		expect(() => loadSpeller(path)).toThrow('the dictionary "projektord" is not defined in dictionaryDefinitions');
	});
});

describe('checkSpelling', () => {
	test('accepts Danish, the project’s words, numbers and inflected abbreviations', () => {
		expect(messages([segment('Regionsrådet godkendte 3 fokusområder i 2020; KKR og UCN’s samarbejde, kl. 13:00.')])).toEqual([]);
	});

	test('names an unknown word, its position and where to add it', () => {
		expect(messages([segment('Et godt samabejde.')])).toEqual([
			'7:9 ukendt ord »samabejde«: ret stavningen, eller tilføj ordet til cspell/projektord.txt, hvis det er et navn eller et fagord',
		]);
	});

	test('skips »quotations« in the editors’ own words, but not in the source’s text', () => {
		expect(messages([segment('Kilden skriver »samabejde«.', true)])).toEqual([]);
		expect(messages([segment('Kilden skriver »samabejde«.', false)])).toHaveLength(1);
	});

	test('accepts a listed source error only where a kildefejl note names it', () => {
		expect(messages([segment('samarbejde lmed UCN', false, ['Kilden skriver »lmed UCN«.'])])).toEqual([]);
		expect(messages([segment('samarbejde lmed UCN')])).toEqual([
			expect.stringMatching(/^7:12 »lmed« står på listen over fejl i kilderne \(cspell\/kildefejl\.txt\)/),
		]);
	});

	test('every word on the list of source errors stands in a document that explains it in a kildefejl note', () => {
		const { documents } = checkContent({ contentDir: join(ROOT, 'content'), rootDir: ROOT });
		const words = readWordList(join(ROOT, 'cspell/kildefejl.txt'));
		expect(words.length).toBeGreaterThan(0);
		const explained = (word: string) =>
			documents.some(
				(document) =>
					new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(document.body) &&
					document.data.notes.some((note) => note.kind === 'kildefejl' && note.text.includes(word)),
			);
		expect(words.filter((word) => !explained(word))).toEqual([]);
	});
});
