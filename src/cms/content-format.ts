// How the CMS at /admin/ reads and writes content files: the frontmatter through the content
// reader's own splitFrontmatter, the YAML in the house style of `npm run new` (content-yaml.ts),
// fields in the order of the form (which is the schema's), and nothing the schema would refuse for
// being empty. Runs in the browser (the admin script) and in the tests; no Node module here.
import { isMap, isNode, isScalar, isSeq, parse, parseDocument, type Document, type Pair } from 'yaml';
import { contentYaml, CONTENT_YAML_OPTIONS, newPeriodFileText } from '../content-source/content-yaml.ts';
import { splitFrontmatter } from '../content-source/frontmatter.ts';
import type { CmsField } from './cms-config.ts';
import { FILE_NAME_KEY } from './file-names.ts';

/** A content file as the CMS holds it: the frontmatter's fields, and a Markdown file's text in `body`. */
export type EntryData = Record<string, unknown>;

/** What tidying a value needs to know of its form field: its fields, its list item, its default. */
interface FieldShape {
	fields?: unknown;
	field?: unknown;
	default?: unknown;
}

/**
 * A value as the file should hold it: fields in the form's order, and left out where the form left
 * them empty (an empty text, an empty list, a switch left at its default), since the schemas treat
 * an absent field as "not stated" but an empty text as a mistake. Keys the form does not know are
 * kept after the others, so editing a file never loses what it held.
 */
function tidy(value: unknown, field?: FieldShape): unknown {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	if (typeof value === 'boolean') return field && 'default' in field && field.default === value ? undefined : value;
	if (Array.isArray(value)) {
		const item: FieldShape | undefined = field?.fields ? { fields: field.fields } : (field?.field as FieldShape | undefined);
		const items = value.map((element) => tidy(element, item)).filter((element) => element !== undefined);
		return items.length ? items : undefined;
	}
	if (typeof value === 'object') {
		const fields = (field?.fields as CmsField[] | undefined) ?? [];
		const data = value as Record<string, unknown>;
		const names = [...fields.map((child) => child.name), ...Object.keys(data).filter((key) => !fields.some((child) => child.name === key))];
		const entries = names.flatMap((name) => {
			const tidied = tidy(data[name], fields.find((child) => child.name === name) as FieldShape | undefined);
			return tidied === undefined ? [] : [[name, tidied] as const];
		});
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	return value;
}

/** The text of a Markdown content file: frontmatter, a blank line, the body. */
export function markdownFileText(data: EntryData, fields: readonly CmsField[]): string {
	const { body, [FILE_NAME_KEY]: _fileName, ...frontmatter } = data;
	const yaml = contentYaml(tidy(frontmatter, { fields: fields.filter((field) => field.name !== 'body') }) ?? {});
	const text = typeof body === 'string' ? body.trim() : '';
	return ['---', yaml.trimEnd(), '---', ...(text ? ['', text] : []), ''].join('\n');
}

/**
 * The YAML files read for the form, by their `id`, as parsed documents: a period file holds the
 * editors' comments on where its values come from, and writing the file from the form's values alone
 * would drop them.
 */
const readYamlFiles = new Map<string, Document.Parsed>();

/**
 * The text of a YAML content file (a period file, the only YAML the CMS writes): with the comments of
 * the file it was read from, or, for a new period, with the comment `npm run new` starts one with.
 */
export function yamlFileText(data: EntryData, fields: readonly CmsField[]): string {
	const values = tidy(data, { fields: [...fields] }) ?? {};
	const read = typeof data.id === 'string' ? readYamlFiles.get(data.id) : undefined;
	if (read && isMap(read.contents)) {
		const document = read.clone();
		document.contents = withValues(document, document.contents, values) as typeof document.contents;
		return document.toString(CONTENT_YAML_OPTIONS);
	}
	return newPeriodFileText(values);
}

/** An item's own name in a list: its `id`, where it has one. */
function itemId(value: unknown): unknown {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).id : undefined;
}

/**
 * `node` (a parsed YAML node, with its comments) holding `value`. A mapping keeps its keys' order,
 * comments and quoting, loses the keys the value no longer has and gets the new ones at its end. A
 * list item is kept, wherever it moved, while it is the same item: the same `id`, or for an item
 * without one, the same values, since a comment on a changed item may no longer describe it; the
 * others, and anything else, are written anew in the house style.
 */
function withValues(document: Document, node: unknown, value: unknown): unknown {
	if (isMap(node) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
		const values = value as Record<string, unknown>;
		const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
		node.items = node.items.filter((pair) => Object.hasOwn(values, keyOf(pair)));
		for (const [key, child] of Object.entries(values)) {
			const pair = node.items.find((item) => keyOf(item) === key);
			if (pair) pair.value = withValues(document, pair.value, child);
			else node.items.push(document.createPair(key, child));
		}
		return node;
	}
	if (isSeq(node) && Array.isArray(value)) {
		const unused = [...node.items];
		node.items = value.map((item) => {
			const id = itemId(item);
			const found = unused.findIndex((before) => (id !== undefined ? isMap(before) && before.get('id') === id : JSON.stringify(isNode(before) ? before.toJSON() : before) === JSON.stringify(item)));
			if (found === -1) return document.createNode(item);
			const [before] = unused.splice(found, 1);
			return withValues(document, before, item) as (typeof node.items)[number];
		});
		return node;
	}
	if (isScalar(node) && (value === null || typeof value !== 'object')) {
		node.value = value;
		return node;
	}
	return document.createNode(value);
}

/** Reads a Markdown content file for the form; a file without frontmatter is refused in Danish. */
export function markdownFileData(text: string): EntryData {
	const split = splitFrontmatter(text);
	if ('error' in split) throw new Error(`linje ${split.line}: ${split.error}`);
	const frontmatter: unknown = parse(split.yaml) ?? {};
	if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) throw new Error('metadata (frontmatter) skal være felter med navn og værdi');
	return { ...(frontmatter as EntryData), body: split.body.replace(/^\n+/, '') };
}

/** Reads a YAML content file for the form, and keeps it for writing it back (yamlFileText). */
export function yamlFileData(text: string): EntryData {
	const document = parseDocument(text);
	if (document.errors.length) throw document.errors[0];
	const data: unknown = document.toJS() ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) throw new Error('filen skal bestå af felter med navn og værdi');
	const { id } = data as EntryData;
	if (typeof id === 'string') readYamlFiles.set(id, document);
	return data as EntryData;
}
