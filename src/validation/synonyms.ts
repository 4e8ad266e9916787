// content/synonymer.yaml: the editors' synonyms and related terms for the search.
import { parseYamlSource } from '../content-source/yaml-source.ts';
import { SynonymListSchema, type SynonymGroup } from '../schemas/synonyms.ts';
import type { Problem } from './problems.ts';
import { problemsFromZod } from './zod-problems.ts';

/** One valid group of the synonym list, with where it and each of its words stand in the file. */
export interface CheckedSynonymGroup {
	file: string;
	data: SynonymGroup;
	/** Line of the group's first key. */
	line: number;
	/** Line of each word, in the order of `data.ord` and `data.relaterede`. */
	wordLines: { ord: number[]; relaterede: number[] };
}

/** Validates the synonym file's text; problems go to `problems`, the valid groups are returned. */
export function readSynonyms(text: string, file: string, problems: Problem[]): CheckedSynonymGroup[] {
	const yaml = parseYamlSource(text.replace(/^\uFEFF/, ''));
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((error) => ({ file, line: error.line, column: error.column, message: error.message })));
		return [];
	}
	// A file with only comments holds no groups yet.
	const result = SynonymListSchema.safeParse(yaml.data ?? []);
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, file, yaml, 0));
		return [];
	}
	return result.data.map((data, index) => ({
		file,
		data,
		line: yaml.lineOf([index]),
		wordLines: {
			ord: data.ord.map((_, word) => yaml.lineOf([index, 'ord', word])),
			relaterede: data.relaterede.map((_, word) => yaml.lineOf([index, 'relaterede', word])),
		},
	}));
}
