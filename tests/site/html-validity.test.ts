// Every page of the built site is valid HTML by the W3C Nu Html Checker (vnu-jar from npm, run on
// Debian's Java). Outside CI a machine without Java skips this loudly; in CI it must run.
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { allPages, pageFile } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const pages = allPages(siteDir);
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');

function javaAvailable(): boolean {
	if (spawnSync('java', ['-version']).status === 0) return true;
	if (process.env.CI === 'true') {
		throw new Error('Java is missing: CI must run the Nu Html Checker (.ci/run installs default-jre-headless).');
	}
	console.warn('\n\n*** HTML VALIDATION SKIPPED: no Java. Install it with "apt-get install -y default-jre-headless". ***\n\n');
	return false;
}

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
		const files = pages.map((path) => pageFile(siteDir, path));
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

	test.each(pages)('%s has no errors', (path) => {
		expect(errorsByFile.get(pageFile(siteDir, path)) ?? []).toEqual([]);
	});

	test('reports errors it finds, so a pass means something', async () => {
		const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '-'], {
			input: '<!doctype html><html lang="da"><head><title>x</title></head><body><p><div></p></body></html>',
			encoding: 'utf8',
		});
		expect(JSON.parse(result.stderr).messages.length).toBeGreaterThan(0);
	});
});
