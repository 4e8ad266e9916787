// The editors' guide is only useful if its examples work: every example file in CONTRIBUTING.md is
// checked like real content, every field example against the schemas, and every field is documented.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DocumentFrontmatterSchema, EditorialNoteSchema, PeriodSchema, SourceSchema } from '../../src/schemas/index.ts';
import { ApprovalSchema, FocusAreaSchema, VisionSchema } from '../../src/schemas/period.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { codeBlocks } from './markdown-blocks.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = join(ROOT, 'CONTRIBUTING.md');
const guide = readFileSync(GUIDE, 'utf8');
const blocks = codeBlocks(GUIDE);
const work = mkdtempSync(join(tmpdir(), 'contributing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIELD_SCHEMAS: Record<string, z.ZodType> = { dokument: DocumentFrontmatterSchema, periode: PeriodSchema };

describe('CONTRIBUTING.md', () => {
	test('marks every YAML and Markdown example as a file or as fields, so none goes unchecked', () => {
		const unmarked = blocks.filter((block) => ['yaml', 'markdown', 'md', 'mdx'].includes(block.lang) && !block.attributes.fil && !block.attributes.felter && !block.attributes.fejl);
		expect(unmarked.map((block) => `CONTRIBUTING.md:${block.line}`)).toEqual([]);
	});

	test('its example files pass the content check, placed in a copy of the real content', () => {
		const files = blocks.filter((block) => block.attributes.fil);
		expect(files.length).toBeGreaterThanOrEqual(4);
		cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
		for (const block of files) {
			mkdirSync(dirname(join(work, block.attributes.fil!)), { recursive: true });
			writeFileSync(join(work, block.attributes.fil!), `${block.text}\n`);
		}
		const result = checkContent({ contentDir: join(work, 'content'), rootDir: work });
		expect(result.problems.map(formatProblem)).toEqual([]);
		const written = files.map((block) => block.attributes.fil);
		const published = [...result.documents, ...result.glossary, ...result.themes].map((entry) => entry.file);
		expect(written.filter((file) => file!.endsWith('.md') && !published.includes(file!))).toEqual([]);
		expect(result.periods.map((period) => period.file)).toContain('content/2023-2024/periode.yaml');
		expect(result.redirects).toHaveLength(1);
	});

	test('its examples of mistakes give exactly the messages written under them', () => {
		const mistakes = blocks.flatMap((block, index) => (block.attributes.fejl ? [{ block, expected: blocks[index + 1] }] : []));
		expect(mistakes.length).toBeGreaterThanOrEqual(6);
		const root = join(work, 'mistakes');
		cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
		for (const { block, expected } of mistakes) {
			expect(expected?.lang, `CONTRIBUTING.md:${block.line}: a text block with the messages must follow`).toBe('text');
			writeFileSync(join(root, block.attributes.fejl!), `${block.text}\n`);
		}
		const problems = checkContent({ contentDir: join(root, 'content'), rootDir: root }).problems.map(formatProblem);
		for (const { block, expected } of mistakes) {
			expect(problems.filter((problem) => problem.startsWith(`${block.attributes.fejl}:`)), `CONTRIBUTING.md:${block.line}`).toEqual(expected!.text.split('\n'));
		}
		// Only the examples have problems: the rest of the content is as valid as ever.
		expect(problems.filter((problem) => !mistakes.some(({ block }) => problem.startsWith(`${block.attributes.fejl}:`)))).toEqual([]);
	});

	test.each(blocks.filter((block) => block.attributes.felter).map((block) => [block.attributes.felter!, block.line, block] as const))(
		'its %s fields (line %i) pass the schema',
		(kind, _, block) => {
			const schema = FIELD_SCHEMAS[kind];
			expect(schema, `unknown felter="${kind}"`).toBeDefined();
			const result = schema!.safeParse(parse(block.text));
			expect(result.success ? [] : result.error.issues).toEqual([]);
		},
	);

	test('documents every field of a document and of a period, and shows each in a field example', () => {
		const keys = (schema: { shape: Record<string, unknown> }, prefix = '') => Object.keys(schema.shape).map((key) => `${prefix}${key}`);
		const documentFields = [...keys(DocumentFrontmatterSchema), ...keys(SourceSchema, 'source.')];
		const periodFields = [
			...keys(PeriodSchema),
			...keys(VisionSchema, 'vision.'),
			...keys(FocusAreaSchema, 'focusAreas[].'),
			...keys(ApprovalSchema, 'approval.'),
		];
		const tables = guide.match(/^\| `[^`]+` \|/gm)!.map((row) => row.slice(3, -3));
		expect(documentFields.filter((field) => !tables.includes(field))).toEqual([]);
		expect(periodFields.filter((field) => !tables.includes(field))).toEqual([]);
		const example = (kind: string) => blocks.find((block) => block.attributes.felter === kind)!.text;
		const lastKey = (field: string) => field.split(/[.[\]]+/).filter(Boolean).at(-1)!;
		expect(documentFields.filter((field) => !new RegExp(`^\\s*${lastKey(field)}:`, 'm').test(example('dokument')))).toEqual([]);
		expect(periodFields.filter((field) => !new RegExp(`^\\s*(- )?${lastKey(field)}:`, 'm').test(example('periode')))).toEqual([]);
		expect(Object.keys(EditorialNoteSchema.shape).every((key) => guide.includes(`\`${key}\``))).toBe(true);
	});

	test('lists every document kind and note kind the schemas allow', () => {
		const kinds = (DocumentFrontmatterSchema.shape.kind as unknown as { options: string[] }).options;
		const noteKinds = (EditorialNoteSchema.shape.kind as unknown as { options: string[] }).options;
		expect([...kinds, ...noteKinds].filter((kind) => !guide.includes(`\`${kind}\``))).toEqual([]);
	});
});
