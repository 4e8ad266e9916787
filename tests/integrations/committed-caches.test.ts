// A pull request can commit files under the ignored cache folders; a build or dev server must then
// refuse, in Danish, rather than take the committed files as its own work (src/integrations/committed-caches.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
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

/** Runs the integration's hook as Astro does once the configuration is resolved. */
function configDone(root: string, cacheDir: string) {
	const hook = refuseCommittedCaches().hooks['astro:config:done']!;
	const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } as AstroConfig;
	return hook({ config } as Parameters<typeof hook>[0]);
}

describe('cache folders that came with the repository', () => {
	test('are used while git does not track them', () => {
		const { root, cacheDir, dotAstro } = repository('untracked');
		expect(committedCacheProblems(root, [cacheDir, dotAstro])).toEqual([]);
		expect(() => configDone(root, cacheDir)).not.toThrow();
	});

	test("stop the build with a Danish message naming the committed folder and what to do", () => {
		const { root, git, cacheDir } = repository('committed');
		git('add', '-f', '.build');
		git('commit', '-q', '-m', 'a cache');
		expect(() => configDone(root, cacheDir)).toThrow(ContentProblemsError);
		expect(() => configDone(root, cacheDir)).toThrow(
			'.build/cache-x: mappen er lagt i git, men den er et mellemlager, som kun den maskine, der bygger, må skrive. Fjern den fra ændringen (git rm -r --cached .build/cache-x) og byg igen',
		);
	});

	test("stop the dev server when its data store folder .astro/ is committed", () => {
		const { root, git, cacheDir } = repository('committed-astro');
		git('add', '-f', '.astro/data-store.json');
		git('commit', '-q', '-m', 'a data store');
		expect(() => configDone(root, cacheDir)).toThrow(/^\.astro: mappen er lagt i git/);
	});
});
