// A pull request can commit files under the ignored cache folders; a build or dev server must then
// refuse, in Danish, rather than take the committed files as its own work (src/integrations/committed-caches.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { ContentProblemsError } from '../../src/content-source/content-problems-error.ts';
import { committedCacheProblems, refuseCommittedCaches } from '../../src/integrations/committed-caches.ts';

const work = mkdtempSync(join(tmpdir(), 'socialaftale-committed-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A git repository with a filled cache folder at `.build/cache-x` and a data store in `.astro/`. */
function repository(name: string) {
	const root = join(work, name);
	const git = (...args: string[]) => void execFileSync('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=Test', ...args], { cwd: root, stdio: 'ignore' });
	mkdirSync(join(root, '.build/cache-x/dist/2021-2022/side'), { recursive: true });
	mkdirSync(join(root, '.astro'), { recursive: true });
	writeFileSync(join(root, '.gitignore'), '.build/\n.astro/\n');
	writeFileSync(join(root, '.build/cache-x/dist/2021-2022/side/index.html'), '<script>alert(1)</script>');
	writeFileSync(join(root, '.astro/data-store.json'), '[]');
	git('init', '-q');
	git('add', '.gitignore');
	git('commit', '-q', '-m', 'start');
	return { root, git, cacheDir: join(root, '.build/cache-x'), dotAstro: join(root, '.astro') };
}

/** Runs the integration's hook as Astro does when `command` starts; what it printed and the exit code it asked for. */
function configSetup(root: string, cacheDir: string, command: 'build' | 'dev' = 'build') {
	let exitCode: number | undefined;
	const hook = refuseCommittedCaches({ exit: (code) => void (exitCode = code) }).hooks['astro:config:setup']!;
	const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } as AstroConfig;
	const printed: string[] = [];
	const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
	try {
		void hook({ config, command } as Parameters<typeof hook>[0]);
	} finally {
		error.mockRestore();
	}
	return { printed, exitCode };
}

describe('cache folders that came with the repository', () => {
	test('are used while git does not track them', () => {
		const { root, cacheDir, dotAstro } = repository('untracked');
		expect(committedCacheProblems(root, [cacheDir, dotAstro])).toEqual([]);
		expect(configSetup(root, cacheDir, 'dev')).toEqual({ printed: [], exitCode: undefined });
		expect(() => configSetup(root, cacheDir)).not.toThrow();
	});

	test("stop the build with a Danish message naming the committed folder and what to do", () => {
		const { root, git, cacheDir } = repository('committed');
		git('add', '-f', '.build');
		git('commit', '-q', '-m', 'a cache');
		expect(() => configSetup(root, cacheDir)).toThrow(ContentProblemsError);
		expect(() => configSetup(root, cacheDir)).toThrow(
			'.build/cache-x: mappen er lagt i git, men den er et mellemlager, som kun den maskine, der bygger, må skrive. Fjern den fra ændringen (git rm -r --cached .build/cache-x) og byg igen',
		);
	});

	test("stop the dev server when its data store folder .astro/ is committed: the problem and the count, and exit 1", () => {
		const { root, git, cacheDir } = repository('committed-astro');
		git('add', '-f', '.astro/data-store.json');
		git('commit', '-q', '-m', 'a data store');
		const { printed, exitCode } = configSetup(root, cacheDir, 'dev');
		expect(printed).toEqual([
			'.astro: mappen er lagt i git, men den er et mellemlager, som kun den maskine, der bygger, må skrive. Fjern den fra ændringen (git rm -r --cached .astro) og byg igen',
			'\n1 fejl fundet. Ret den, og kør kommandoen igen.',
		]);
		expect(exitCode).toBe(1);
	});
});
