// `npm test` holds the real content to every rule of `npm run check`: a bad file fails the test run,
// not only the build.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem, sortProblems } from '../../src/validation/problems.ts';

const ROOT = resolve(import.meta.dirname, '../..');

test('the content passes the content check with no problem', () => {
	const result = checkContent({ contentDir: resolve(ROOT, 'content'), rootDir: ROOT });
	expect(sortProblems(result.problems).map(formatProblem)).toEqual([]);
	expect(result.documents.length).toBeGreaterThan(0);
});
