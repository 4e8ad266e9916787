import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StepTimings } from './build-steps.ts';
import { sampleTreeRss } from './process-memory.ts';
import { siteSizes, type SiteSizes } from './site-files.ts';

const GNU_TIME = '/usr/bin/time';

/** One measured build of one content folder. */
export interface BuildMeasurement extends StepTimings, SiteSizes {
	/** check + build + index, milliseconds. */
	totalMs: number;
	/** Wall-clock time of the whole child process, Node's start-up included. */
	wallMs: number;
	/** CPU time (user + system) of the child and its helpers, when /usr/bin/time is there. */
	cpuMs: number | undefined;
	/** Peak of the summed resident memory of the build's process tree, sampled every 100 ms. */
	peakRssBytes: number;
	/** What the tree held at that peak, by process name (node, pagefind, esbuild, time). */
	peakRssByProcess: Record<string, number>;
	/** Peak resident memory of the largest single process (/usr/bin/time), when available. */
	peakRssLargestBytes: number | undefined;
}

/** Reads the figures GNU time -v wrote: CPU seconds and maximum resident set size. */
export function parseGnuTime(text: string): { cpuMs: number; maxRssBytes: number } | undefined {
	const user = /User time \(seconds\): ([\d.]+)/.exec(text);
	const system = /System time \(seconds\): ([\d.]+)/.exec(text);
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
	if (!user || !system || !rss) return undefined;
	return { cpuMs: (Number(user[1]) + Number(system[1])) * 1000, maxRssBytes: Number(rss[1]) * 1024 };
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
}: {
	rootDir: string;
	contentDir: string;
	outDir: string;
	env?: Record<string, string>;
}): Promise<BuildMeasurement> {
	const report = `${outDir}.timings.json`;
	const timeFile = `${outDir}.time.txt`;
	rmSync(report, { force: true });
	const args = [join(rootDir, 'scripts/bench/build-steps.ts'), '--content', contentDir, '--out', outDir, '--report', report];
	const useTime = existsSync(GNU_TIME);
	const [command, commandArgs] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];

	const started = performance.now();
	const child = spawn(command, commandArgs, { cwd: rootDir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
	const memory = sampleTreeRss(child.pid!);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', resolve);
	});
	const { peak: peakRssBytes, byProcess: peakRssByProcess } = memory.stop();
	const wallMs = performance.now() - started;
	if (code !== 0) throw new Error(`the benchmark build of ${contentDir} failed (exit code ${code}); see the output above`);

	const timings = JSON.parse(readFileSync(report, 'utf8')) as StepTimings;
	const time = useTime ? parseGnuTime(readFileSync(timeFile, 'utf8')) : undefined;
	rmSync(report, { force: true });
	rmSync(timeFile, { force: true });
	return {
		...timings,
		...siteSizes(outDir),
		totalMs: timings.checkMs + timings.buildMs + timings.indexMs,
		wallMs,
		cpuMs: time?.cpuMs,
		peakRssBytes,
		peakRssByProcess,
		peakRssLargestBytes: time?.maxRssBytes,
	};
}
