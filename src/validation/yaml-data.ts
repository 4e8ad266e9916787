// The one way a YAML data file of content/ (a period's periode.yaml, omdirigeringer.yaml,
// synonymer.yaml) is read by the check: parsed with the content's YAML rules, then held to its
// schema, each problem on the line it stands on.
import type { z } from 'zod';
import { parseYamlSource, type YamlSource } from '../content-source/yaml-source.ts';
import type { Problem } from './problems.ts';
import { problemsFromZod } from './zod-problems.ts';

/**
 * The file's data as `schema` reads it, with the parsed YAML for the lines of its values; or
 * undefined with the syntax or schema problems pushed to `problems`. `empty` stands for a file that
 * holds only comments (the list or map with nothing in it yet).
 */
export function readYamlData<Schema extends z.ZodType>(
	text: string,
	file: string,
	schema: Schema,
	empty: unknown,
	problems: Problem[],
): { data: z.output<Schema>; yaml: YamlSource } | undefined {
	const yaml = parseYamlSource(text.replace(/^\uFEFF/, ''));
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((error) => ({ file, line: error.line, column: error.column, message: error.message })));
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? empty);
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, file, yaml, 0));
		return undefined;
	}
	return { data: result.data, yaml };
}
