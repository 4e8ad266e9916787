// The field list that documents the open data is read from the schemas themselves.
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { DocumentDateSchema } from '../../src/schemas/index.ts';

describe('schemaFields', () => {
	test('lists nested objects and the objects in lists, with kinds and optionality', () => {
		const schema = z.strictObject({
			name: z.string(),
			count: z.int().optional(),
			share: z.number(),
			done: z.boolean().default(false),
			home: z.url(),
			changed: z.iso.datetime({ offset: true }).optional(),
			date: DocumentDateSchema,
			kind: z.enum(['a', 'b']),
			tags: z.array(z.string()).default([]),
			source: z.strictObject({ title: z.string(), url: z.url().optional() }).optional(),
			notes: z.array(z.strictObject({ text: z.string() })),
		});
		expect(schemaFields(schema)).toEqual([
			{ path: 'name', type: { kind: 'text' }, optional: false },
			{ path: 'count', type: { kind: 'integer' }, optional: true },
			{ path: 'share', type: { kind: 'number' }, optional: false },
			{ path: 'done', type: { kind: 'boolean' }, optional: false, hasDefault: true },
			{ path: 'home', type: { kind: 'text', format: 'url' }, optional: false },
			{ path: 'changed', type: { kind: 'text', format: 'datetime' }, optional: true },
			{ path: 'date', type: { kind: 'text' }, optional: false },
			{ path: 'kind', type: { kind: 'enum', values: ['a', 'b'] }, optional: false },
			{ path: 'tags', type: { kind: 'list', of: { kind: 'text' } }, optional: false, hasDefault: true },
			{ path: 'source', type: { kind: 'object' }, optional: true },
			{ path: 'source.title', type: { kind: 'text' }, optional: false },
			{ path: 'source.url', type: { kind: 'text', format: 'url' }, optional: true },
			{ path: 'notes', type: { kind: 'list', of: { kind: 'object' } }, optional: false },
			{ path: 'notes[].text', type: { kind: 'text' }, optional: false },
		]);
	});

	test('tells the patterns, lengths and bounds a value must keep to, for forms that check them', () => {
		const schema = z.strictObject({
			id: z.string().regex(/^[a-z]+$/),
			summary: z.string().trim().min(1).max(400),
			year: z.int().min(1970).max(2100),
			number: z.int().positive().optional(),
		});
		expect(schemaFields(schema).map((field) => field.type)).toEqual([
			{ kind: 'text', pattern: '^[a-z]+$' },
			{ kind: 'text', maxLength: 400 },
			{ kind: 'integer', min: 1970, max: 2100 },
			{ kind: 'integer', min: 1 },
		]);
	});

	test('reads a refined object (superRefine) like a plain one', () => {
		const schema = z.strictObject({ a: z.string() }).superRefine(() => {});
		expect(schemaFields(schema).map((field) => field.path)).toEqual(['a']);
	});

	test('names a kind of field it cannot describe instead of guessing', () => {
		expect(() => schemaFields(z.strictObject({ when: z.date() }))).toThrow(/type "date" is not described/);
	});
});
