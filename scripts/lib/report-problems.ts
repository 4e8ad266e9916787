import { formatGithubAnnotation, formatProblem, problemsSummary, sortProblems, type Problem } from '../../src/validation/problems.ts';

/**
 * Prints content problems one per line (`file:line message`), then a count. In CI it also prints
 * GitHub annotations, so a pull request shows each problem on the offending line.
 */
export function reportProblems(problems: Problem[], env: Record<string, string | undefined> = process.env): void {
	const sorted = sortProblems(problems);
	for (const problem of sorted) console.error(formatProblem(problem));
	if (env.CI === 'true' || env.GITHUB_ACTIONS === 'true') {
		for (const problem of sorted) console.error(formatGithubAnnotation(problem));
	}
	console.error(`\n${problemsSummary(problems.length)}`);
}

