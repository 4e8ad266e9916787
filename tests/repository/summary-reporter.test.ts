// The run's last line, `N passed, N failed, N skipped`, is what CI logs and tools read: it must
// count a file whose setup failed, whose tests vitest then skips, as a failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'summary-reporter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The summary line of a vitest run of `files` (test files using vitest's globals) in a folder of their own. */
function summaryOf(files: Record<string, string>): { line: string; status: number | null } {
	const root = mkdtempSync(join(dir, 'run-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', root, '--globals', '--reporter', join(ROOT, 'tests/helpers/summary-reporter.ts')], {
		encoding: 'utf8',
		env: { ...process.env, CI: '' },
	});
	return { line: run.stdout.trim().split('\n').at(-1)!, status: run.status };
}

test('counts passed, failed and skipped tests', () => {
	expect(summaryOf({ 'a.test.js': "test('passes', () => {});\ntest('fails', () => { throw new Error('no'); });\ntest.skip('skipped', () => {});" })).toEqual({
		line: '1 passed, 1 failed, 1 skipped',
		status: 1,
	});
});

test('counts a file whose setup failed as failed, though vitest skips its tests', () => {
	const broken = "describe('setup fails', () => {\n\tbeforeAll(() => { throw new Error('setup'); });\n\ttest('never runs', () => {});\n});\ntest('passes', () => {});";
	expect(summaryOf({ 'broken.test.js': broken })).toEqual({ line: '1 passed, 1 failed, 1 skipped', status: 1 });
});

test('counts a file that does not load as failed', () => {
	expect(summaryOf({ 'syntax.test.js': 'test(' })).toMatchObject({ line: '0 passed, 1 failed, 0 skipped', status: 1 });
});
