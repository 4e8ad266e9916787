// The copy of a page that Pagefind indexes: the page as built, with the parts of every compound word
// written after it as part tokens. Only Pagefind reads this copy; the published page is unchanged,
// so neither readers nor screen readers ever meet the extra words.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { PART_MARK, partToken } from '../search-text.ts';

/** What the augmentation did to one page. */
export interface AugmentedPage {
	/** The HTML to give Pagefind. */
	html: string;
	/** False when the page has no `data-pagefind-body`, which Pagefind then leaves out. */
	indexed: boolean;
	/** Compound words found in the indexed text (occurrences). */
	compounds: number;
	/** Part tokens added. */
	parts: number;
	/** The indexed text's own words (lowercase), for the search's vocabulary. */
	words: string[];
}

/**
 * Pagefind's automatic weights for headings (h1 7 down to h6 2; Pagefind 1.6, measured). A weight
 * set inside a heading replaces the heading's, so the parts of a heading's words get half of it.
 */
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
/**
 * A part counts half as much as the word it came from, as Pagefind itself weighs the parts of a
 * hyphenated word: "aftale" ranks a page that says "aftale" above one that says "socialaftale".
 */
const PART_WEIGHT = 0.5;
/** Elements whose text Pagefind does not index. */
const NOT_INDEXED = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Returns the copy of `html` that Pagefind should index. Inside `data-pagefind-body`, each compound
 * word (as `partsOf` splits it) is followed by its parts, in a span weighted at half the word's
 * weight. Parts go right after the whitespace-delimited word, so its punctuation stays with it and
 * an excerpt always has the word just before its parts (search-text.ts relies on that). Metadata
 * Pagefind reads from an element's text (the title) is moved to a copy of the original text;
 * elements that give filters or sort keys keep their text, with the parts after them.
 * A page without `data-pagefind-body` is returned as it is.
 * @throws when the page's own text contains the part mark, which the search would hide
 */
export function augmentForIndex(html: string, partsOf: (word: string) => string[], file = 'page'): AugmentedPage {
	const result: AugmentedPage = { html, indexed: false, compounds: 0, parts: 0, words: [] };
	if (!html.includes('data-pagefind-body')) return result;
	const tree = fromHtml(html);
	const bodies: Element[] = [];
	findBodies(tree, bodies);
	if (bodies.length === 0) return result;
	result.indexed = true;

	/** Part tokens for the words of `text`, and counts them. */
	const tokensFor = (text: string): string[] => {
		if (text.includes(PART_MARK)) {
			throw new Error(`${file}: the text contains "${PART_MARK}", which the search uses to mark compound parts: "${text.trim().slice(0, 80)}"`);
		}
		const tokens: string[] = [];
		for (const [word] of text.matchAll(WORD)) {
			result.words.push(word.toLowerCase());
			const parts = partsOf(word);
			if (parts.length === 0) continue;
			result.compounds++;
			result.parts += parts.length;
			tokens.push(...parts.map(partToken));
		}
		return tokens;
	};

	const visit = (parent: Element, weight: number) => {
		const children: ElementContent[] = [];
		for (let index = 0; index < parent.children.length; index++) {
			const child = parent.children[index]!;
			if (child.type === 'text') {
				children.push(...splitText(child, parent.children[index + 1], weight, tokensFor));
			} else if (child.type !== 'element' || isIgnored(child)) {
				children.push(child);
			} else if (child.properties.dataPagefindFilter !== undefined || child.properties.dataPagefindSort !== undefined) {
				// A filter value is the element's text: leave it whole and put the parts after it.
				const tokens = tokensFor(textOf(child));
				children.push(child);
				if (tokens.length) children.push(partsSpan(tokens, weight));
			} else {
				const partsBefore = result.parts;
				const originalText = child.properties.dataPagefindMeta === undefined ? '' : textOf(child);
				visit(child, explicitWeight(child) ?? HEADING_WEIGHT[child.tagName] ?? weight);
				children.push(child);
				const metaCopy = result.parts > partsBefore ? moveTextMetadata(child, originalText) : undefined;
				if (metaCopy) children.push(metaCopy);
			}
		}
		parent.children = punctuationBeforeParts(children);
	};
	for (const body of bodies) visit(body, explicitWeight(body) ?? 1);
	result.html = toHtml(tree);
	return result;
}

/**
 * For an element whose text Pagefind takes metadata from (`data-pagefind-meta="title"`) and which
 * got parts: an unindexed span that gives the same metadata from the original text. The keys move
 * to it; keys with their own value (`dato:2020`, `image[src]`) stay. Undefined when nothing moves.
 */
function moveTextMetadata(element: Element, originalText: string): Element | undefined {
	const value = element.properties.dataPagefindMeta;
	if (typeof value !== 'string') return undefined;
	const keys = value.split(',').map((key) => key.trim());
	const fromText = keys.filter((key) => /^[\w-]+$/.test(key));
	if (fromText.length === 0) return undefined;
	const rest = keys.filter((key) => !fromText.includes(key));
	const original = originalText.replace(/\s+/g, ' ').trim();
	if (rest.length) element.properties.dataPagefindMeta = rest.join(', ');
	else delete element.properties.dataPagefindMeta;
	return {
		type: 'element',
		tagName: 'span',
		properties: { dataPagefindIgnore: '', dataPagefindMeta: fromText.join(', ') },
		children: [{ type: 'text', value: original }],
	};
}

function findBodies(node: Root | Element, found: Element[]): void {
	for (const child of node.children as RootContent[]) {
		if (child.type !== 'element') continue;
		if (child.properties.dataPagefindBody !== undefined) found.push(child);
		else findBodies(child, found);
	}
}

function isIgnored(element: Element): boolean {
	return element.properties.dataPagefindIgnore !== undefined || NOT_INDEXED.has(element.tagName);
}

function explicitWeight(element: Element): number | undefined {
	const value = element.properties.dataPagefindWeight;
	return value === undefined ? undefined : Number(value);
}

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || isIgnored(node)) return '';
	// Block boundaries separate words, as they do for Pagefind.
	return node.children.map(textOf).join(' ');
}

/** The spans this module adds, told apart from the page's own elements. */
const PART_SPANS = new WeakSet<Element>();

function partsSpan(tokens: string[], weight: number): Element {
	const span: Element = {
		type: 'element',
		tagName: 'span',
		properties: { dataPagefindWeight: String(weight * PART_WEIGHT) },
		children: [{ type: 'text', value: ` ${tokens.join(' ')} ` }],
	};
	PART_SPANS.add(span);
	return span;
}

/** Punctuation right after an element, up to a space or the end: the "." of "<a>egenmestring</a>. Der". */
const PUNCTUATION_AFTER = /^[^\s\p{L}\p{N}]+(?=\s|$)/u;

/**
 * Moves parts that end an element (a glossary link, a filter value) past the punctuation that
 * follows it, as for a word in plain text. Left before it, the parts would stand between the word
 * and its full stop, and an excerpt without them would read "egenmestring . Der".
 */
function punctuationBeforeParts(children: ElementContent[]): ElementContent[] {
	const result: ElementContent[] = [];
	for (let index = 0; index < children.length; index++) {
		const child = children[index]!;
		const next = children[index + 1];
		const punctuation = next?.type === 'text' ? PUNCTUATION_AFTER.exec(next.value)?.[0] : undefined;
		const parts = punctuation && child.type === 'element' ? (PART_SPANS.has(child) ? child : takeTrailingParts(child)) : undefined;
		if (!parts || !punctuation || next?.type !== 'text') {
			result.push(child);
			continue;
		}
		if (parts !== child) result.push(child);
		result.push({ type: 'text', value: punctuation }, parts);
		const rest = next.value.slice(punctuation.length);
		if (rest) result.push({ type: 'text', value: rest });
		index++;
	}
	return result;
}

/** Detaches and returns the parts span an element's text ends with, however deeply nested. */
function takeTrailingParts(element: Element): Element | undefined {
	const last = element.children.at(-1);
	if (last?.type !== 'element') return undefined;
	if (PART_SPANS.has(last)) return element.children.pop() as Element;
	return isIgnored(last) ? undefined : takeTrailingParts(last);
}

/**
 * Splits a text node after each whitespace-delimited word that has parts and inserts them there.
 * A word that runs on into the next element ("Social<em>aftale</em>") is left alone: splitting
 * the text there would change how Pagefind reads the word itself.
 */
function splitText(text: Text, next: ElementContent | undefined, weight: number, tokensFor: (text: string) => string[]): ElementContent[] {
	const pieces: ElementContent[] = [];
	let start = 0;
	for (const match of text.value.matchAll(/\S+/g)) {
		const end = match.index + match[0].length;
		const runsOn = end === text.value.length && next !== undefined && next.type !== 'text' && startsWithWordCharacter(next);
		const tokens = runsOn ? [] : tokensFor(match[0]);
		if (tokens.length === 0) continue;
		pieces.push({ type: 'text', value: text.value.slice(start, end) }, partsSpan(tokens, weight));
		start = end;
	}
	if (pieces.length === 0) return [text];
	if (start < text.value.length) pieces.push({ type: 'text', value: text.value.slice(start) });
	return pieces;
}

function startsWithWordCharacter(node: ElementContent): boolean {
	return /^[\p{L}\p{N}]/u.test(textOf(node));
}
