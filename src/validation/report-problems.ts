// How problems are printed in a terminal and a CI log: by `npm run check`, `npm run build` and the
// preview's refusal of a committed cache (src/integrations/committed-caches.ts).
import { formatGithubAnnotation, formatProblem, sortProblems, type Problem } from './problems.ts';

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

/**
 * The line after the problems. It says only how many were found, not where: besides the content's
 * own files, a build or the preview refuses a cache folder a change committed
 * (src/integrations/committed-caches.ts), and each problem's line above already names its file.
 */
export function problemsSummary(count: number): string {
	return `${count} fejl fundet. Ret ${count === 1 ? 'den' : 'dem'}, og kør kommandoen igen.`;
}
