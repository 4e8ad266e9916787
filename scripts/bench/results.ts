// The shape of one benchmark run, as written to bench/results/results.json and read by the report,
// the chart and the budgets.
import type { StarlightComparison } from './comparison.ts';
import type { DevChangeTiming } from './editor-loop.ts';
import type { BuildMeasurement } from './measure-build.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchTiming } from './search-timing.ts';
import type { PageKind } from './site-files.ts';

/** The machine a run was measured on, since every figure depends on it. */
export interface Machine {
	cpus: number;
	cpuModel: string;
	memoryGiB: number;
	/** One-minute load average when the run started: other work on a shared machine slows the figures. */
	loadAverage: number;
	node: string;
	chromium: string | undefined;
	platform: string;
}

/** A page kind measured in the browser, or why it was not. */
export type PageKindResult = (PageWeight & { kind: PageKind }) | { kind: PageKind; skipped: string };

export interface BenchResults {
	generatedAt: string;
	machine: Machine;
	seed: number;
	periods: number;
	/** Clean builds per size and side (absent in results from before the Starlight comparison: one). */
	runs?: number;
	/** The published content (content/): its build, its pages in the browser, Lighthouse. */
	real: {
		/** Undefined when the run left the real content out (--skip real). */
		build: BuildMeasurement | undefined;
		pages: PageKindResult[];
		lighthouse: LighthouseResult[] | { skipped: string };
	};
	/** The generated corpus at each size, smallest first. */
	scale: BuildMeasurement[];
	/** Search in the browser on one generated corpus (1,000 documents in a full run). */
	search: { documents: number; timings: SearchTiming[] } | { skipped: string };
	/** Ours against Starlight at each size (absent in results from before the comparison). */
	starlight?: StarlightComparison[] | { skipped: string };
	/** A rebuild after one document changed, against the clean build of the same corpus, per size. */
	rebuilds?: Rebuild[];
	/** `npm run check` per size, and the dev server's time to show a saved change at one size. */
	editorLoop?: {
		/** Each run after a first one without the check's cache (`cold`, absent in older results), which fills it. */
		check: { documents: number; wallMs: number[]; cpuMs?: (number | undefined)[]; cold?: { wallMs: number; cpuMs?: number } }[];
		dev: ({ documents: number } & DevChangeTiming) | { skipped: string };
	};
}

/** A rebuild with the previous build's cache, after an editor changed one document. */
export interface Rebuild {
	documents: number;
	/** Wall clock of the clean build it follows (the median of the size's clean builds). */
	cleanWallMs: number;
	/**
	 * CPU time of the clean builds (their median; absent in older results). On a shared machine the
	 * wall clock of one rebuild moves with the load, its CPU time much less.
	 */
	cleanCpuMs?: number;
	rebuild: BuildMeasurement;
}

/** A rebuild's wall clock and CPU time as shares of its clean builds' (the CPU share where both were measured). */
export function rebuildRatios({ cleanWallMs, cleanCpuMs, rebuild }: Rebuild): { wall: number; cpu: number | undefined } {
	return { wall: rebuild.wallMs / cleanWallMs, cpu: cleanCpuMs === undefined || rebuild.cpuMs === undefined ? undefined : rebuild.cpuMs / cleanCpuMs };
}

/** True when a part of the results holds figures rather than a reason it was skipped. */
export function measured<T extends object>(part: T): part is Exclude<T, { skipped: string }> {
	return !('skipped' in part);
}

export const KiB = 1024;
export const MiB = 1024 * 1024;
/** Decimal megabytes, as the "25 MB" and the Starlight comparison count them. */
export const MB = 1_000_000;

/** Milliseconds as seconds with one decimal: 12345 -> '12.3 s'. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Bytes in KiB with one decimal. */
export const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
/** Bytes in decimal MB with one decimal. */
export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
/** Bytes in MiB, rounded. */
export const mib = (bytes: number) => `${Math.round(bytes / MiB)} MiB`;
