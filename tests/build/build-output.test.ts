// A build of valid content prints the build's own report, in Danish, and nothing else: a warning
// from Astro or Vite (in English) in an editor's build or CI log is a question the editor cannot
// answer. The shared builds cover content with and without themes and a glossary, with a base path,
// and with many documents.
import { describe, expect, test } from 'vitest';
import { TEST_BUILD_NAMES, testBuild } from '../helpers/test-builds.ts';

/** A line of Astro's or Vite's logger: `12:34:56 [WARN] [content] ...`. */
const TOOL_LOG_LINE = /\[(?:WARN|ERROR)\]/;

describe.each(TEST_BUILD_NAMES)('the shared build %s', (name) => {
	test('prints no warning or error of the tools it runs', async () => {
		const { stdout, stderr } = await testBuild(name);
		expect(`${stdout}\n${stderr}`.split('\n').filter((line) => TOOL_LOG_LINE.test(line))).toEqual([]);
		expect(stderr).toBe('');
	});
});
