import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTreeRss } from './process-memory.ts';

const GNU_TIME = '/usr/bin/time';

/** What one child process cost, measured the same way for our build and for Starlight's. */
export interface ProcessCost {
	/** Wall-clock time of the whole child process, Node's start-up included. */
	wallMs: number;
	/** CPU time (user + system) of the child and its helpers, when /usr/bin/time is there. */
	cpuMs: number | undefined;
	/** Peak of the summed resident memory of the process tree, sampled every 100 ms. */
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
 * Runs a command to its end under GNU time (when installed) while sampling the memory of its process
 * tree, and throws when it fails. GNU time's maximum RSS is that of the largest single process of
 * the tree (it takes the maximum over the waited-for children), which is what a machine must hold
 * at once when the steps run one after another.
 */
export async function measureProcess({ command, args, cwd, env = {}, quiet = false }: { command: string; args: string[]; cwd: string; env?: Record<string, string>; quiet?: boolean }): Promise<ProcessCost> {
	const useTime = existsSync(GNU_TIME);
	const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
	const [file, fileArgs] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
	const started = performance.now();
	const child = spawn(file, fileArgs, { cwd, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'], env: { ...process.env, ...env } });
	const memory = sampleTreeRss(child.pid!);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', resolve);
	});
	const { peak: peakRssBytes, byProcess: peakRssByProcess } = memory.stop();
	const wallMs = performance.now() - started;
	const time = useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : undefined;
	rmSync(timeFile, { force: true });
	if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit code ${code}); see the output above`);
	return { wallMs, cpuMs: time?.cpuMs, peakRssBytes, peakRssByProcess, peakRssLargestBytes: time?.maxRssBytes };
}
