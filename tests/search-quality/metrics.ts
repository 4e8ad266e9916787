/** What one query returned, measured against what it must find. */
export interface QueryMeasure {
	query: string;
	/** Documents in result order ('<period>/<slug>'). */
	found: string[];
	/** Share of the expected documents among the first five results. */
	recallAt5: number;
	/** 1 / rank of the first expected document in the results; 0 when none is found. */
	reciprocalRank: number;
	/** All expected documents are among the first five. */
	passes: boolean;
}

/** Measures one query's results against its expected documents. */
export function measureQuery(query: string, found: string[], expected: string[]): QueryMeasure {
	const top5 = new Set(found.slice(0, 5));
	const recallAt5 = expected.filter((document) => top5.has(document)).length / expected.length;
	const rank = found.findIndex((document) => expected.includes(document));
	return { query, found, recallAt5, reciprocalRank: rank === -1 ? 0 : 1 / (rank + 1), passes: recallAt5 === 1 };
}

/** Mean recall at 5 and mean reciprocal rank over a set of queries. */
export function summarise(measures: QueryMeasure[]): { recallAt5: number; mrr: number; passing: number; total: number } {
	const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
	return {
		recallAt5: mean(measures.map((measure) => measure.recallAt5)),
		mrr: mean(measures.map((measure) => measure.reciprocalRank)),
		passing: measures.filter((measure) => measure.passes).length,
		total: measures.length,
	};
}
