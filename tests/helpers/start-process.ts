// Starts `npm start` (or scripts/start.ts) as a person would in a terminal, waits for the address it
// prints, and stops it with Ctrl+C: SIGINT to its whole process group, as a terminal sends it. Every
// wait is bounded, and a process that does not stop is killed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { canListen } from '../../scripts/lib/local-address.ts';

export interface RunningSite {
	/** The address the script printed: `Sitet vises på <url>/`. */
	url: string;
	/** Everything it printed so far, stdout and stderr together. */
	output: () => string;
	/**
	 * Ctrl+C: resolves with how the started process ended, once its port is free again (the server
	 * may be a child of the started process, as under npm).
	 */
	interrupt: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** Kills what is left, if anything; for `finally`. */
	kill: () => void;
}

export async function startSite(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunningSite> {
	const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const group = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal);
		} catch {
			// The group has ended already.
		}
	};
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk));
	const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
	const timeoutMs = options.timeoutMs ?? 90_000;

	let url: string;
	try {
		url = await new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} served nothing within ${timeoutMs} ms:\n${output}`)), timeoutMs);
			child.stdout.on('data', () => {
				const match = /Sitet vises på (http:\/\/localhost:\d+)\//.exec(output);
				if (!match) return;
				clearTimeout(timer);
				resolve(match[1]!);
			});
			child.once('exit', () => {
				clearTimeout(timer);
				reject(new Error(`${command} ${args.join(' ')} ended before it served:\n${output}`));
			});
		});
	} catch (error) {
		group('SIGKILL');
		throw error;
	}

	return {
		url,
		output: () => output,
		interrupt: async () => {
			group('SIGINT');
			const ended = await Promise.race([exited, sleep(15_000).then(() => undefined)]);
			if (!ended) throw new Error(`${command} did not stop within 15 s of Ctrl+C:\n${output}`);
			const port = Number(new URL(url).port);
			for (let tries = 0; !(await canListen(port)); tries += 1) {
				if (tries === 50) throw new Error(`port ${port} was still in use 10 s after Ctrl+C:\n${output}`);
				await sleep(200);
			}
			return { code: ended[0], signal: ended[1] };
		},
		kill: () => group('SIGKILL'),
	};
}
