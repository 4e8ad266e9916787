// Danish spelling of everything readers see, with cspell's Danish dictionary (@cspell/dict-da-dk) and
// the project's own word lists, all named in cspell.json: the same configuration the Code Spell
// Checker extension in editors' VS Code reads, so an editor sees the same words marked while typing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import {
	createSpellingDictionary,
	createSpellingDictionaryFromTrieFile,
	type SpellingDictionary,
	type SpellingDictionaryOptions,
} from 'cspell-dictionary';
import { convertToBTrie } from 'cspell-trie-lib';
import { checkableText, locateMatch, type TextSegment } from '../published-text.ts';
import { isOcrMisreading } from './ocr.ts';
import type { Problem } from '../problems.ts';

/** The project's cspell configuration. */
export const CSPELL_CONFIG = fileURLToPath(new URL('../../../cspell.json', import.meta.url));
/** The dictionary in cspell.json that lists errors kept from the sources. */
export const SOURCE_ERRORS_DICTIONARY = 'kildefejl';
/** The dictionary in cspell.json that new names and terms are added to. */
export const PROJECT_WORDS_DICTIONARY = 'projektord';

// The part of cspell's configuration format this project uses. Strict, so a misspelt key in
// cspell.json fails loudly instead of silently turning a word list off.
const DictionaryDefinitionSchema = z.object({
	name: z.string(),
	path: z.string(),
	description: z.string().optional(),
	addWords: z.boolean().optional(),
});
const CSpellConfigSchema = z.strictObject({
	version: z.literal('0.2'),
	language: z.string(),
	minWordLength: z.int().positive().default(4),
	import: z.array(z.string()).default([]),
	dictionaryDefinitions: z.array(DictionaryDefinitionSchema).default([]),
	dictionaries: z.array(z.string()).default([]),
	words: z.array(z.string()).default([]),
	files: z.array(z.string()).default([]),
});
const ImportedConfigSchema = z.object({
	dictionaryDefinitions: z.array(DictionaryDefinitionSchema.loose()).default([]),
});

/** The loaded dictionaries: a word is spelt right when one of them knows it. */
export interface Speller {
	/** The Danish dictionary and the project's word list. */
	words: readonly SpellingDictionary[];
	/** Errors kept from the sources: accepted only where a kildefejl note names them. */
	sourceErrors: SpellingDictionary;
	minWordLength: number;
	/** Project-relative path of the project word list, for messages. */
	projectWordsFile: string;
	/** Project-relative path of the source error list, for messages. */
	sourceErrorsFile: string;
}

/** The words of a word list file: one a line, `#` starts a comment. */
export function readWordList(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split(/\r?\n/)
		.map((line) => line.replace(/#.*$/, '').trim())
		.filter(Boolean);
}

const isTrie = (path: string) => path.endsWith('.trie') || path.endsWith('.trie.gz');

/**
 * Where the binary form of a trie dictionary is cached. Decoding the Danish dictionary's text trie
 * takes about half a second of CPU; its binary form (cspell's "btrie") loads in a few milliseconds.
 * The name holds a hash of the source, so an updated dictionary never meets a stale cache.
 */
function binaryTriePath(cacheDir: string, source: Uint8Array): string {
	const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
	return join(cacheDir, `${hash}.btrie`);
}

function loadDictionary(name: string, path: string, cacheDir: string, options: SpellingDictionaryOptions = {}): SpellingDictionary {
	if (!isTrie(path)) return createSpellingDictionary(readWordList(path), name, path, options);
	// Read synchronously, so the content check stays a plain synchronous function.
	const source = new Uint8Array(readFileSync(path));
	const cached = binaryTriePath(cacheDir, source);
	const data = existsSync(cached) ? new Uint8Array(readFileSync(cached)) : source;
	return createSpellingDictionaryFromTrieFile(data, name, path, options);
}

/** The cache folder for binary dictionaries, beside the installed packages. */
const cacheDirOf = (configPath: string) => join(dirname(configPath), 'node_modules', '.cache', 'content-spelling');

function readConfig(configPath: string) {
	const config = CSpellConfigSchema.parse(JSON.parse(readFileSync(configPath, 'utf8')));
	const require = createRequire(configPath);
	const importedDictionaries = config.import.flatMap((specifier) => {
		const path = require.resolve(specifier);
		return ImportedConfigSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).dictionaryDefinitions.map((definition) => ({
			name: definition.name,
			path: resolve(dirname(path), definition.path),
			options: { repMap: definition.repMap } as SpellingDictionaryOptions,
		}));
	});
	return { config, importedDictionaries };
}

/**
 * Writes the binary form of each trie dictionary to the cache (once per dictionary version), so the
 * checks that follow load it in milliseconds. `npm run check` and `npm run build` call it first; the
 * check is correct without it, only slower.
 */
export async function cacheSpellingDictionaries(configPath = CSPELL_CONFIG): Promise<void> {
	const cacheDir = cacheDirOf(configPath);
	for (const { path } of readConfig(configPath).importedDictionaries.filter((dictionary) => isTrie(dictionary.path))) {
		const source = new Uint8Array(readFileSync(path));
		const cached = binaryTriePath(cacheDir, source);
		if (existsSync(cached)) continue;
		const binary = await convertToBTrie({ url: pathToFileURL(path), content: source });
		mkdirSync(cacheDir, { recursive: true });
		// Write, then rename: a check running at the same time never reads a half-written file.
		const partial = `${cached}.${process.pid}.tmp`;
		writeFileSync(partial, binary.content);
		renameSync(partial, cached);
	}
}

/**
 * Every file the speller is made from: cspell.json, the dictionaries it imports and its own word
 * lists. What the spelling rule finds depends on these and the words alone, so the content check's
 * cache (../check-cache.ts) is invalidated when any of them changes.
 */
export function spellingInputFiles(configPath = CSPELL_CONFIG): string[] {
	const { config, importedDictionaries } = readConfig(configPath);
	const root = dirname(configPath);
	return [configPath, ...importedDictionaries.map((dictionary) => dictionary.path), ...config.dictionaryDefinitions.map((definition) => resolve(root, definition.path))];
}

/** Loads the dictionaries cspell.json names (its imports' dictionaries, then its own word lists). */
export function loadSpeller(configPath = CSPELL_CONFIG): Speller {
	const { config, importedDictionaries } = readConfig(configPath);
	const root = dirname(configPath);
	const cacheDir = cacheDirOf(configPath);
	const imported = importedDictionaries.map((dictionary) => loadDictionary(dictionary.name, dictionary.path, cacheDir, dictionary.options));
	const definitions = new Map(config.dictionaryDefinitions.map((definition) => [definition.name, resolve(root, definition.path)]));
	const own = (name: string) => {
		const path = definitions.get(name);
		if (!path) throw new Error(`${configPath}: the dictionary "${name}" is not defined in dictionaryDefinitions`);
		if (!config.dictionaries.includes(name)) throw new Error(`${configPath}: the dictionary "${name}" is not listed in dictionaries`);
		return path;
	};
	const projectWords = own(PROJECT_WORDS_DICTIONARY);
	const sourceErrors = own(SOURCE_ERRORS_DICTIONARY);
	const others = config.dictionaries.filter((name) => name !== SOURCE_ERRORS_DICTIONARY).map((name) => loadDictionary(name, own(name), cacheDir));
	return {
		// A plain list rather than cspell's createCollection, which sorts its dictionaries by size and so
		// walks the whole Danish trie (a third of a second) before the first word is looked up.
		words: [...imported, ...others, createSpellingDictionary(config.words, 'words', configPath, {})],
		sourceErrors: loadDictionary(SOURCE_ERRORS_DICTIONARY, sourceErrors, cacheDir),
		minWordLength: config.minWordLength,
		projectWordsFile: relative(root, projectWords).split('\\').join('/'),
		sourceErrorsFile: relative(root, sourceErrors).split('\\').join('/'),
	};
}

let defaultSpeller: Speller | undefined;

/** The project's speller, loaded once per process (the Danish dictionary takes most of a second). */
export function projectSpeller(): Speller {
	defaultSpeller ??= loadSpeller();
	return defaultSpeller;
}

// A word: letters, with digits or @ if the text has them (then it is not checked as a word: a
// number, an address, or an OCR misreading like "2ldre", which ./ocr.ts names precisely), and a
// possessive ending after an apostrophe ("UCN's").
const WORD = /[\p{L}\p{M}\p{N}@]+(?:['’][\p{L}]+)?/gu;

// The Danish dictionary marks which words may form compounds, and cspell accepts a compound of such
// parts, as Danish writing does: "specialundervisningsområde" passes without a list entry, but so does a
// misspelling that splits into words ("indstilingen"). Refusing every compound not in the dictionary
// would put dozens of ordinary Danish words on the project list (48 in the present content).
const known = (dictionaries: SpellingDictionary | readonly SpellingDictionary[], word: string) =>
	[dictionaries].flat().some((dictionary) => dictionary.has(word, { ignoreCase: false }));

// Whether a word passes depends on the word and the dictionaries alone, and a corpus repeats its
// words: each is looked up in cspell's tries once per speller, not once per occurrence.
const acceptedWords = new WeakMap<Speller, Map<string, boolean>>();

/** A Danish or project word, or an OCR misreading (reported once, by ./ocr.ts, with the word it stands for). */
function accepted(speller: Speller, word: string): boolean {
	let words = acceptedWords.get(speller);
	if (!words) acceptedWords.set(speller, (words = new Map()));
	let pass = words.get(word);
	if (pass === undefined) {
		const bare = word.replace(/['’][\p{L}]+$/u, '');
		pass = known(speller.words, word) || known(speller.words, bare) || isOcrMisreading(word);
		words.set(word, pass);
	}
	return pass;
}

/**
 * Every word of the published text that is neither Danish (cspell's Danish dictionary) nor in the
 * project word list. A known error of a source is accepted only in a file whose kildefejl note names it.
 */
export function checkSpelling(segments: readonly TextSegment[], speller: Speller = projectSpeller()): Problem[] {
	const problems: Problem[] = [];
	for (const segment of segments) {
		for (const match of checkableText(segment).matchAll(WORD)) {
			const word = match[0];
			if (/[\p{N}@]/u.test(word) || [...word].length < speller.minWordLength) continue;
			if (accepted(speller, word)) continue;
			const position = locateMatch(segment, { index: match.index, text: word });
			if (known(speller.sourceErrors, word)) {
				if (segment.sourceErrorNotes.some((note) => note.includes(word))) continue;
				problems.push({
					file: segment.file,
					...position,
					message: `»${word}« står på listen over fejl i kilderne (${speller.sourceErrorsFile}), men filen har ingen note af typen kildefejl, der nævner ordet: ret ordet, eller forklar fejlen i en kildefejl-note`,
				});
				continue;
			}
			// No "did you mean": the Danish dictionary builds compounds freely, so cspell's suggestions
			// are mostly words that do not exist ("godkendtå" for "godkendtt").
			problems.push({
				file: segment.file,
				...position,
				message: `ukendt ord »${word}«: ret stavningen, eller tilføj ordet til ${speller.projectWordsFile}, hvis det er et navn eller et fagord`,
			});
		}
	}
	return problems;
}
