import type { z } from 'astro/zod';

/** One field of a JSON export, as its zod schema defines it. */
export interface SchemaField {
	/** Dotted path below the record; list items are written `[]`. @example 'source.title', 'notes[].kind' */
	path: string;
	/** What kind of value the field holds. */
	type: FieldType;
	/** True when the field may be absent from a record. */
	optional: boolean;
	/** True when the schema fills the field in when it is absent (`.default(...)`); only set then. */
	hasDefault?: true;
}

/** The value kinds the exports use, with the allowed values of a closed list. */
export type FieldType =
	| { kind: 'text'; format?: 'url' | 'datetime'; pattern?: string; maxLength?: number }
	| { kind: 'integer'; min?: number; max?: number }
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
	checks?: { _zod: { def: CheckDef } }[];
}
// The checks that say what a value may look like; only where they are set is a field's type told so.
interface CheckDef {
	check?: string;
	format?: string;
	pattern?: RegExp;
	maximum?: number;
	value?: number;
	inclusive?: boolean;
}
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((check) => check._zod.def);
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips the wrappers that do not change a value's kind: optional, default, preprocess pipes. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean; hasDefault: boolean } {
	let current = schema;
	let optional = false;
	let hasDefault = false;
	for (;;) {
		const def = defOf(current);
		if (def.type === 'optional') optional = true;
		if (def.type === 'default' || def.type === 'prefault') hasDefault = true;
		if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault') && def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.out) current = def.out;
		else return { schema: current, optional, hasDefault };
	}
}

function typeOf(schema: z.ZodType): FieldType {
	const def = defOf(unwrap(schema).schema);
	switch (def.type) {
		case 'string': {
			const checks = checksOf(def);
			const format = def.format ?? checks.find((check) => check.format)?.format;
			const pattern = checks.find((check) => check.format === 'regex')?.pattern?.source;
			const maxLength = checks.find((check) => check.check === 'max_length')?.maximum;
			return {
				kind: 'text',
				...(format === 'url' || format === 'datetime' ? { format } : {}),
				...(pattern ? { pattern } : {}),
				...(maxLength !== undefined ? { maxLength } : {}),
			};
		}
		case 'number': {
			if (!def.format?.includes('int')) return { kind: 'number' };
			// A bound that is not inclusive is the next whole number: positive() is min 1.
			const bound = (name: string, step: number) => {
				const check = checksOf(def).find((candidate) => candidate.check === name);
				return check?.value === undefined ? {} : { [step > 0 ? 'min' : 'max']: check.inclusive ? check.value : check.value + step };
			};
			return { kind: 'integer', ...bound('greater_than', 1), ...bound('less_than', -1) };
		}
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
 * objects in lists. The open-data page and the CMS at /admin/ (src/cms/) use it, so the documentation
 * and the editing forms follow the schema.
 */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
	const def = defOf(unwrap(schema).schema);
	if (def.type !== 'object' || !def.shape) throw new Error(`schema-fields: ${prefix || 'the schema'} is not an object`);
	return Object.entries(def.shape).flatMap(([name, field]) => {
		const path = prefix ? `${prefix}.${name}` : name;
		const { schema: inner, optional, hasDefault } = unwrap(field);
		const here: SchemaField = { path, type: typeOf(inner), optional, ...(hasDefault ? { hasDefault: true as const } : {}) };
		const innerDef = defOf(inner);
		if (innerDef.type === 'object') return [here, ...schemaFields(inner, path)];
		if (innerDef.type === 'array') {
			const element = unwrap(innerDef.element!).schema;
			if (defOf(element).type === 'object') return [here, ...schemaFields(element, `${path}[]`)];
		}
		return [here];
	});
}
