// Every page of both test builds, the real site and the behaviour fixture, is valid HTML by the W3C
// Nu Html Checker (vnu-jar from npm, run on Debian's Java), in one run of the checker over both.
// Outside CI a machine without Java skips this loudly; in CI it must run.
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { javaAvailable } from '../helpers/site-invariants.ts';
import { allPages, pageFile } from '../helpers/site.ts';

const sites = [inject('siteDir'), inject('fixtureSiteDir')];
const files = sites.flatMap((siteDir) => allPages(siteDir).map((path) => pageFile(siteDir, path)));
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');

interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

describe.skipIf(!javaAvailable())('the W3C Nu Html Checker', () => {
	const errorsByFile = new Map<string, string[]>();

	beforeAll(async () => {
		// One run over all pages: the checker is a JVM, and starting it per page would be slow.
		const output = await new Promise<string>((resolve, reject) => {
			execFile('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
				// It exits 1 when it found errors; only output that is not its JSON report is a failure to run.
				if (!stderr.trimStart().startsWith('{')) reject(error ?? new Error(`vnu gave no report: ${stderr}`));
				else resolve(stderr);
			});
		});
		for (const message of (JSON.parse(output) as { messages: VnuMessage[] }).messages) {
			const file = decodeURIComponent(new URL(message.url).pathname);
			const line = `${message.type}${message.subType ? `/${message.subType}` : ''} line ${message.lastLine}: ${message.message} (${message.extract?.trim()})`;
			errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), line]);
		}
	});

	test('checks the pages of both builds', () => {
		for (const siteDir of sites) expect(files.filter((file) => file.startsWith(`${siteDir}/`)).length, siteDir).toBeGreaterThan(10);
	});

	test.each(files.map((file) => [relative(ROOT, file), file]))('%s has no errors', (_, file) => {
		expect(errorsByFile.get(file) ?? []).toEqual([]);
	});

	test('reports errors it finds, so a pass means something', async () => {
		const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '-'], {
			input: '<!doctype html><html lang="da"><head><title>x</title></head><body><p><div></p></body></html>',
			encoding: 'utf8',
		});
		expect(JSON.parse(result.stderr).messages.length).toBeGreaterThan(0);
	});
});
