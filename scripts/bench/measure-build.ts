import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StepTimings } from './build-steps.ts';
import { measureProcess, type ProcessCost } from './measure-process.ts';
import { siteSizes, type SiteSizes } from './site-files.ts';

/** One measured build of one content folder. */
export interface BuildMeasurement extends StepTimings, SiteSizes, ProcessCost {
	/** check + build + index, milliseconds. */
	totalMs: number;
}

/**
 * Builds `contentDir` into `outDir` in a child process (scripts/bench/build-steps.ts) and measures it:
 * the child times its own steps, this process samples the memory of the child's process tree.
 */
export async function measureBuild({
	rootDir,
	contentDir,
	outDir,
	env = {},
	keepCache = false,
}: {
	rootDir: string;
	contentDir: string;
	outDir: string;
	env?: Record<string, string>;
	/** Keep Astro's cache of the previous build of the same --out (a rebuild), instead of a cold one. */
	keepCache?: boolean;
}): Promise<BuildMeasurement> {
	const report = `${outDir}.timings.json`;
	rmSync(report, { force: true });
	const args = [join(rootDir, 'scripts/bench/build-steps.ts'), '--content', contentDir, '--out', outDir, '--report', report, ...(keepCache ? ['--keep-cache'] : [])];
	const cost = await measureProcess({ command: process.execPath, args, cwd: rootDir, env });
	const timings = JSON.parse(readFileSync(report, 'utf8')) as StepTimings;
	rmSync(report, { force: true });
	return { ...timings, ...siteSizes(outDir), totalMs: timings.checkMs + timings.buildMs + timings.indexMs, ...cost };
}
