import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory (VmRSS) of a process and all its descendants, in bytes, read from /proc. A build
 * runs helpers of its own (esbuild, the Pagefind binary) beside Node, so the peak that matters for a
 * CI machine is the sum over the tree, not the largest single process.
 */
export function treeRss(rootPid: number): { total: number; byProcess: Record<string, number> } {
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
	const byProcess: Record<string, number> = {};
	const pending = [rootPid];
	while (pending.length) {
		const pid = pending.pop()!;
		const { name, rss } = statusOf(pid);
		total += rss;
		if (rss > 0) byProcess[name] = (byProcess[name] ?? 0) + rss;
		pending.push(...(children.get(pid) ?? []));
	}
	return { total, byProcess };
}

function statusOf(pid: number): { name: string; rss: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
		// The program's file name: Node names its main thread "MainThread", so Name: would not tell.
		const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.split('/').pop() || '?';
		return { name: program, rss: rss ? Number(rss[1]) * 1024 : 0 };
	} catch {
		return { name: '?', rss: 0 };
	}
}

/** Samples treeRss every `intervalMs` until stopped; returns the highest sum seen and what made it up. */
export function sampleTreeRss(rootPid: number, intervalMs = 100): { stop(): { peak: number; byProcess: Record<string, number> } } {
	let peak = { total: 0, byProcess: {} as Record<string, number> };
	const sample = () => {
		const now = treeRss(rootPid);
		if (now.total > peak.total) peak = now;
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return { peak: peak.total, byProcess: peak.byProcess };
		},
	};
}
