/** What one query returned, measured against what it must find. */
export interface QueryMeasure {
	query: string;
	/** Pages in result order ('<period>/<slug>', '<period>', 'temaer/<id>', 'ordliste'). */
	found: string[];
	/**
	 * Share of the expected pages among the first three results, out of as many as fit there: a
	 * query with five expected pages scores 1 when any three of them are the first three.
	 */
	recallAt3: number;
	/** The same among the first five. */
	recallAt5: number;
	/** 1 / rank of the first expected page in the results; 0 when none is found. */
	reciprocalRank: number;
	/** All expected pages are among the first five (what baseline.json keeps). */
	passes: boolean;
}

const recallAt = (found: string[], expected: string[], depth: number) => {
	const top = new Set(found.slice(0, depth));
	return expected.filter((page) => top.has(page)).length / Math.min(depth, expected.length);
};

/** Measures one query's results against its expected pages. */
export function measureQuery(query: string, found: string[], expected: string[]): QueryMeasure {
	const rank = found.findIndex((page) => expected.includes(page));
	return {
		query,
		found,
		recallAt3: recallAt(found, expected, 3),
		recallAt5: recallAt(found, expected, 5),
		reciprocalRank: rank === -1 ? 0 : 1 / (rank + 1),
		passes: expected.every((page) => found.slice(0, 5).includes(page)),
	};
}

/** The means over a set of queries: recall at 3 and 5, mean reciprocal rank, and how many pass. */
export function summarise(measures: QueryMeasure[]): { recallAt3: number; recallAt5: number; mrr: number; passing: number; total: number } {
	const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
	return {
		recallAt3: mean(measures.map((measure) => measure.recallAt3)),
		recallAt5: mean(measures.map((measure) => measure.recallAt5)),
		mrr: mean(measures.map((measure) => measure.reciprocalRank)),
		passing: measures.filter((measure) => measure.passes).length,
		total: measures.length,
	};
}
