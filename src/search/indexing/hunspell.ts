/**
 * A reader for Hunspell dictionaries (.aff + .dic) that answers one question: which dictionary
 * word is a given surface form an inflection of, and where may that form stand in a compound?
 * It covers what compound splitting needs (suffixes, twofold suffixes, the compound position
 * flags), not spelling suggestions; prefixes are not undone.
 */

/** One suffix rule of an affix class: `SFX <flag> <strip> <add>[/<flags>] <condition>`. */
interface SuffixRule {
	flag: string;
	strip: string;
	add: string;
	/** Flags the affixed form carries (continuation classes and compound position flags). */
	continuation: ReadonlySet<string>;
	/** Matches the end of the stem the rule applies to (before stripping). */
	condition: RegExp;
}

/** A dictionary word as the .dic file lists it, lowercased, with its flags. */
interface Entry {
	word: string;
	flags: ReadonlySet<string>;
}

/** One way to read a surface form: the dictionary word it comes from and the flags of this form. */
export interface Reading {
	/** The dictionary word (lemma), lowercased. */
	lemma: string;
	/** Flags of this surface form: for an inflected form, the continuation flags of its suffix. */
	flags: ReadonlySet<string>;
}

/** The compound position flags an .aff file declares (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND). */
export interface CompoundFlags {
	begin?: string;
	middle?: string;
	end?: string;
	/** COMPOUNDMIN: the shortest part a compound may have. */
	minPart: number;
}

/** A parsed Hunspell dictionary. */
export interface HunspellDictionary {
	compound: CompoundFlags;
	/** All readings of a surface form (lowercase), inflected forms included; empty when unknown. */
	readings(form: string): Reading[];
	/** The readings of a surface form that carry `flag` (faster than filtering `readings`). */
	readingsWith(form: string, flag: string): Reading[];
}

type FlagMode = 'char' | 'long' | 'num' | 'UTF-8';

function parseFlags(text: string, mode: FlagMode): string[] {
	if (text === '') return [];
	if (mode === 'num') return text.split(',').filter(Boolean);
	if (mode === 'long') return text.match(/../g) ?? [];
	return [...text];
}

/** Hunspell's condition syntax (`.`, `[abc]`, `[^abc]`, letters) as a RegExp anchored at the end. */
function suffixCondition(condition: string): RegExp {
	if (condition === '.') return /(?:)/;
	const escaped = condition.replace(/[\\$()*+?{}|]/g, '\\$&');
	return new RegExp(`${escaped}$`, 'u');
}

/**
 * Parses a Hunspell dictionary from the text of its .aff and .dic files.
 * @throws when the .aff file uses a flag type this reader does not know
 */
export function parseHunspell(aff: string, dic: string): HunspellDictionary {
	let mode: FlagMode = 'char';
	const compound: CompoundFlags = { minPart: 3 };
	let needAffix: string | undefined;
	let forbidden: string | undefined;
	const suffixes = new Map<string, SuffixRule[]>(); // by the text the rule adds
	let longestAdd = 0;

	const affLines = aff.split(/\r?\n/);
	for (const line of affLines) {
		const fields = line.split('#')[0]!.trim().split(/\s+/);
		const [keyword, first] = fields;
		if (keyword === 'FLAG' && first) {
			if (!['long', 'num', 'UTF-8'].includes(first)) throw new Error(`unknown Hunspell FLAG type "${first}"`);
			mode = first as FlagMode;
		}
	}
	for (const line of affLines) {
		const fields = line.split('\t')[0]!.trim().split(/\s+/);
		const [keyword, first, second, third, fourth] = fields;
		if (first === undefined) continue;
		if (keyword === 'COMPOUNDBEGIN') compound.begin = first;
		else if (keyword === 'COMPOUNDMIDDLE') compound.middle = first;
		else if (keyword === 'COMPOUNDEND') compound.end = first;
		else if (keyword === 'COMPOUNDMIN') compound.minPart = Number(first);
		else if (keyword === 'NEEDAFFIX') needAffix = first;
		else if (keyword === 'FORBIDDENWORD') forbidden = first;
		else if (keyword === 'SFX' && fields.length >= 5 && second !== undefined && third !== undefined && fourth !== undefined) {
			const [addText, continuation = ''] = third.split('/');
			const rule: SuffixRule = {
				flag: first,
				strip: second === '0' ? '' : second.toLowerCase(),
				add: addText === '0' ? '' : addText!.toLowerCase(),
				continuation: new Set(parseFlags(continuation, mode)),
				condition: suffixCondition(fourth.toLowerCase()),
			};
			const rules = suffixes.get(rule.add) ?? [];
			rules.push(rule);
			suffixes.set(rule.add, rules);
			longestAdd = Math.max(longestAdd, rule.add.length);
		}
	}

	const continuedClasses = new Set([...suffixes.values()].flat().flatMap((rule) => [...rule.continuation]));

	// Entries keep their flags as text until a look-up needs them: most of the 170,000 Danish
	// entries are never looked up, and parsing them all up front triples the load time.
	const rawEntries = new Map<string, string[]>();
	const dicLines = dic.split(/\r?\n/);
	// The first line is the entry count.
	for (let index = 1; index < dicLines.length; index++) {
		const line = dicLines[index]!;
		const tab = line.indexOf('\t');
		const text = (tab === -1 ? line : line.slice(0, tab)).trim();
		if (text === '' || text.startsWith('#')) continue;
		const slash = text.indexOf('/');
		// Multi-word entries ("a cappella") never occur inside a single word; nor do escaped slashes.
		const word = slash === -1 ? text : text.slice(0, slash);
		if (/[\s\\]/.test(word)) continue;
		const key = word.toLowerCase();
		const flagText = slash === -1 ? '' : text.slice(slash + 1).split(/\s/, 1)[0]!;
		const list = rawEntries.get(key);
		if (list) list.push(flagText);
		else rawEntries.set(key, [flagText]);
	}
	const parsedEntries = new Map<string, Entry[]>();
	function entriesOf(form: string): Entry[] {
		let list = parsedEntries.get(form);
		if (!list) {
			list = (rawEntries.get(form) ?? [])
				.map((flagText) => ({ word: form, flags: new Set(parseFlags(flagText, mode)) }))
				.filter((entry) => forbidden === undefined || !entry.flags.has(forbidden));
			parsedEntries.set(form, list);
		}
		return list;
	}

	/** The bare entry itself; a NEEDAFFIX entry is no word on its own. */
	function bare(form: string): Reading[] {
		return (entriesOf(form))
			.filter((entry) => needAffix === undefined || !entry.flags.has(needAffix))
			.map((entry) => ({ lemma: entry.word, flags: entry.flags }));
	}

	/** Readings with exactly one suffix. */
	const suffixedCache = new Map<string, Reading[]>();
	function suffixed(form: string): Reading[] {
		const cached = suffixedCache.get(form);
		if (cached) return cached;
		const found: Reading[] = [];
		for (const [stem, rule] of strippedStems(form)) {
			for (const entry of entriesOf(stem)) {
				if (entry.flags.has(rule.flag)) found.push({ lemma: entry.word, flags: rule.continuation });
			}
		}
		suffixedCache.set(form, found);
		return found;
	}

	/** Every (stem, rule) such that applying one of `rules` (by added text) to `stem` gives `form`. */
	function* strippedStems(form: string, rules = suffixes): Generator<[string, SuffixRule]> {
		for (let length = 0; length <= Math.min(longestAdd, form.length - 1); length++) {
			const candidates = rules.get(form.slice(form.length - length));
			if (!candidates) continue;
			const base = form.slice(0, form.length - length);
			for (const rule of candidates) {
				const stem = base + rule.strip;
				if (rule.condition.test(stem)) yield [stem, rule];
			}
		}
	}

	/** Readings through `rules`: one suffix, or two where the outer one continues the inner. */
	function affixed(form: string, rules: Map<string, SuffixRule[]>): Reading[] {
		const found: Reading[] = [];
		for (const [stem, rule] of strippedStems(form, rules)) {
			for (const entry of entriesOf(stem)) {
				if (entry.flags.has(rule.flag)) found.push({ lemma: entry.word, flags: rule.continuation });
			}
			// Twofold: only classes that some suffix continues into can be an outer suffix.
			if (!continuedClasses.has(rule.flag)) continue;
			for (const reading of suffixed(stem)) {
				if (reading.flags.has(rule.flag)) found.push({ lemma: reading.lemma, flags: rule.continuation });
			}
		}
		return found;
	}

	const cache = new Map<string, Reading[]>();
	function readings(form: string): Reading[] {
		let found = cache.get(form);
		if (!found) {
			found = [...bare(form), ...affixed(form, suffixes)];
			cache.set(form, found);
		}
		return found;
	}

	// Compound splitting asks mostly "can this be a begin (or end) form?": only the rules that
	// give that flag need trying, which for begin forms is a handful of the ~2,500 Danish rules.
	const rulesByFlag = new Map<string, Map<string, SuffixRule[]>>();
	function rulesGiving(flag: string): Map<string, SuffixRule[]> {
		let rules = rulesByFlag.get(flag);
		if (!rules) {
			rules = new Map();
			for (const [add, list] of suffixes) {
				const giving = list.filter((rule) => rule.continuation.has(flag));
				if (giving.length) rules.set(add, giving);
			}
			rulesByFlag.set(flag, rules);
		}
		return rules;
	}
	const flagCache = new Map<string, Reading[]>();
	function readingsWith(form: string, flag: string): Reading[] {
		const key = `${flag}\u0000${form}`;
		let found = flagCache.get(key);
		if (!found) {
			found = [...bare(form).filter((reading) => reading.flags.has(flag)), ...affixed(form, rulesGiving(flag))];
			flagCache.set(key, found);
		}
		return found;
	}

	return { compound, readings, readingsWith };
}
