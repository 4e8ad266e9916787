import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory (VmRSS) of a process and all its descendants, in bytes, read from /proc. A build
 * runs helpers of its own (esbuild, the Pagefind binary) beside Node, so the peak that matters for a
 * CI machine is the sum over the tree, not the largest single process.
 */
export function treeRss(rootPid: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// Field 4 of stat is the parent pid; the command name (field 2) may hold spaces, so parse after ')'.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (!children.has(parent)) children.set(parent, []);
			children.get(parent)!.push(Number(name));
		} catch {
			// The process ended between listing and reading: it holds no memory any more.
		}
	}
	let total = 0;
	const pending = [rootPid];
	while (pending.length) {
		const pid = pending.pop()!;
		total += rssOf(pid);
		pending.push(...(children.get(pid) ?? []));
	}
	return total;
}

function rssOf(pid: number): number {
	try {
		const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** Samples treeRss every `intervalMs` until stopped; returns the highest sum seen. */
export function sampleTreeRss(rootPid: number, intervalMs = 100): { stop(): number } {
	let peak = 0;
	const sample = () => {
		peak = Math.max(peak, treeRss(rootPid));
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}
