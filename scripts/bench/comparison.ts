// Our build against Starlight's on the same corpus: medians of alternating clean builds, and their
// ratios (ours / Starlight's), which are the figures that count on a shared machine, where absolute
// times rise and fall with the other work but two builds run back to back see the same load.

/** The figures of one build of one side. */
export interface SideFigures {
	wallMs: number;
	cpuMs: number | undefined;
	/** Peak resident memory of the largest single process. */
	peakRssLargestBytes: number | undefined;
	distBytes: number;
	/** Bytes of the search index on disk (dist/pagefind/). */
	searchBytes: number;
}

/** The metrics a comparison reports, in the order they are shown. */
export const METRICS = ['wallMs', 'cpuMs', 'peakRssLargestBytes', 'distBytes', 'searchBytes', 'pageGzipBytes'] as const;
export type Metric = (typeof METRICS)[number];

/** What the same document's page fetched before interaction, gzip bytes, on both sites. */
export interface PageComparison {
	/** The document page, the heaviest of ours at this size. */
	path: string;
	ours: number;
	theirs: number;
}

/** One size compared. */
export interface StarlightComparison {
	documents: number;
	starlightVersion: string;
	/** Each build, in the order they ran (ours, theirs, ours, …). */
	ours: SideFigures[];
	theirs: SideFigures[];
	page: PageComparison | { skipped: string };
	/** Medians of the builds, and the page. */
	median: { ours: Record<Metric, number | undefined>; theirs: Record<Metric, number | undefined> };
	/** ours / theirs per metric; below 1 we are faster or lighter. */
	ratios: Record<Metric, number | undefined>;
}

/** The median of the values; for an even count, the mean of the middle two. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medians(builds: readonly SideFigures[], page: number | undefined): Record<Metric, number | undefined> {
	const of = (metric: Exclude<Metric, 'pageGzipBytes'>) => median(builds.map((build) => build[metric]).filter((value): value is number => value !== undefined));
	return { wallMs: of('wallMs'), cpuMs: of('cpuMs'), peakRssLargestBytes: of('peakRssLargestBytes'), distBytes: of('distBytes'), searchBytes: of('searchBytes'), pageGzipBytes: page };
}

/** Medians of each side and their ratios; a metric one side lacks has no ratio. */
export function compareSides(documents: number, starlightVersion: string, ours: SideFigures[], theirs: SideFigures[], page: StarlightComparison['page']): StarlightComparison {
	if (ours.length === 0 || theirs.length === 0) throw new Error('a comparison needs at least one build of each side');
	const measuredPage = 'path' in page ? page : undefined;
	const median = { ours: medians(ours, measuredPage?.ours), theirs: medians(theirs, measuredPage?.theirs) };
	const ratios = Object.fromEntries(
		METRICS.map((metric) => {
			const [a, b] = [median.ours[metric], median.theirs[metric]];
			return [metric, a === undefined || b === undefined || b === 0 ? undefined : a / b];
		}),
	) as Record<Metric, number | undefined>;
	return { documents, starlightVersion, ours, theirs, page, median, ratios };
}

/** Alternates `runs` builds of two sides, ours first: a, b, a, b, … so both see the same load. */
export async function alternate<A, B>(runs: number, ours: (run: number) => Promise<A>, theirs: ((run: number) => Promise<B>) | undefined): Promise<{ ours: A[]; theirs: B[] }> {
	const result: { ours: A[]; theirs: B[] } = { ours: [], theirs: [] };
	for (let run = 1; run <= runs; run++) {
		result.ours.push(await ours(run));
		if (theirs) result.theirs.push(await theirs(run));
	}
	return result;
}
