// content/synonymer.yaml: the editors' synonyms and related terms for the search.
import { SynonymListSchema, type SynonymGroup } from '../schemas/synonyms.ts';
import type { Problem } from './problems.ts';
import { readYamlData } from './yaml-data.ts';

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
	// A file with only comments holds no groups yet.
	const read = readYamlData(text, file, SynonymListSchema, [], problems);
	if (!read) return [];
	const { data: groups, yaml } = read;
	return groups.map((data, index) => ({
		file,
		data,
		line: yaml.lineOf([index]),
		wordLines: {
			ord: data.ord.map((_, word) => yaml.lineOf([index, 'ord', word])),
			relaterede: data.relaterede.map((_, word) => yaml.lineOf([index, 'relaterede', word])),
		},
	}));
}
