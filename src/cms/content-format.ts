// How the CMS at /admin/ reads and writes content files: the frontmatter through the content
// reader's own splitFrontmatter, the YAML in the house style of `npm run new` (content-yaml.ts),
// fields in the order of the form (which is the schema's), and nothing the schema would refuse for
// being empty. Runs in the browser (the admin script) and in the tests; no Node module here.
import { parse } from 'yaml';
import { contentYaml } from '../content-source/content-yaml.ts';
import { splitFrontmatter } from '../content-source/frontmatter.ts';
import type { CmsField } from './cms-config.ts';

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
	const { body, ...frontmatter } = data;
	const yaml = contentYaml(tidy(frontmatter, { fields: fields.filter((field) => field.name !== 'body') }) ?? {});
	const text = typeof body === 'string' ? body.trim() : '';
	return ['---', yaml.trimEnd(), '---', ...(text ? ['', text] : []), ''].join('\n');
}

/** The text of a YAML content file (a period file). */
export function yamlFileText(data: EntryData, fields: readonly CmsField[]): string {
	return contentYaml(tidy(data, { fields: [...fields] }) ?? {});
}

/** Reads a Markdown content file for the form; a file without frontmatter is refused in Danish. */
export function markdownFileData(text: string): EntryData {
	const split = splitFrontmatter(text);
	if ('error' in split) throw new Error(`linje ${split.line}: ${split.error}`);
	const frontmatter: unknown = parse(split.yaml) ?? {};
	if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) throw new Error('metadata (frontmatter) skal være felter med navn og værdi');
	return { ...(frontmatter as EntryData), body: split.body.replace(/^\n+/, '') };
}

/** Reads a YAML content file for the form. */
export function yamlFileData(text: string): EntryData {
	const data: unknown = parse(text) ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) throw new Error('filen skal bestå af felter med navn og værdi');
	return data as EntryData;
}
