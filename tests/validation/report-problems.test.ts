// The line under the problems `npm run check` and `npm run build` print: how many, in Danish that
// agrees with the count.
import { describe, expect, test } from 'vitest';
import { problemsSummary } from '../../src/validation/report-problems.ts';

describe('problemsSummary', () => {
	test.each([
		{ count: 1, line: '1 fejl fundet. Ret den, og kør kommandoen igen.' },
		{ count: 2, line: '2 fejl fundet. Ret dem, og kør kommandoen igen.' },
		{ count: 12, line: '12 fejl fundet. Ret dem, og kør kommandoen igen.' },
	])('says $count as “$line”', ({ count, line }) => {
		expect(problemsSummary(count)).toBe(line);
	});
});
