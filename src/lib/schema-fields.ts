import type { z } from 'astro/zod';

/** One field of a JSON export, as its zod schema defines it. */
export interface SchemaField {
	/** Dotted path below the record; list items are written `[]`. @example 'source.title', 'notes[].kind' */
	path: string;
	/** What kind of value the field holds. */
	type: FieldType;
	/** True when the field may be absent from a record. */
	optional: boolean;
}

/** The value kinds the exports use, with the allowed values of a closed list. */
export type FieldType =
	| { kind: 'text'; format?: 'url' | 'datetime' }
	| { kind: 'integer' }
	| { kind: 'number' }
	| { kind: 'boolean' }
	| { kind: 'enum'; values: string[] }
	| { kind: 'object' }
	| { kind: 'list'; of: FieldType };

// zod 4 keeps each schema's definition in `_zod.def`; only the parts the exports use are read here.
interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	out?: z.ZodType;
	entries?: Record<string, string>;
	format?: string;
	checks?: { _zod: { def: { format?: string } } }[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips the wrappers that do not change a value's kind: optional, default, preprocess pipes. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
	let current = schema;
	let optional = false;
	for (;;) {
		const def = defOf(current);
		if (def.type === 'optional') optional = true;
		if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault') && def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.out) current = def.out;
		else return { schema: current, optional };
	}
}

function typeOf(schema: z.ZodType): FieldType {
	const def = defOf(unwrap(schema).schema);
	switch (def.type) {
		case 'string': {
			const format = def.format ?? def.checks?.find((check) => check._zod.def.format)?._zod.def.format;
			return format === 'url' || format === 'datetime' ? { kind: 'text', format } : { kind: 'text' };
		}
		case 'number':
			return def.format?.includes('int') ? { kind: 'integer' } : { kind: 'number' };
		case 'boolean':
			return { kind: 'boolean' };
		case 'enum':
			return { kind: 'enum', values: Object.values(def.entries ?? {}) };
		case 'object':
			return { kind: 'object' };
		case 'array':
			return { kind: 'list', of: typeOf(def.element!) };
		default:
			throw new Error(`schema-fields: a field of type "${def.type}" is not described yet; add it to typeOf()`);
	}
}

/**
 * Every field of an object schema, depth first, including the fields of nested objects and of the
 * objects in lists. The open-data page and its test use it, so the documentation follows the schema.
 */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
	const def = defOf(unwrap(schema).schema);
	if (def.type !== 'object' || !def.shape) throw new Error(`schema-fields: ${prefix || 'the schema'} is not an object`);
	return Object.entries(def.shape).flatMap(([name, field]) => {
		const path = prefix ? `${prefix}.${name}` : name;
		const { schema: inner, optional } = unwrap(field);
		const here: SchemaField = { path, type: typeOf(inner), optional };
		const innerDef = defOf(inner);
		if (innerDef.type === 'object') return [here, ...schemaFields(inner, path)];
		if (innerDef.type === 'array') {
			const element = unwrap(innerDef.element!).schema;
			if (defOf(element).type === 'object') return [here, ...schemaFields(element, `${path}[]`)];
		}
		return [here];
	});
}
