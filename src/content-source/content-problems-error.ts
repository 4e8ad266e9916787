import { formatProblem, sortProblems, type Problem } from '../validation/problems.ts';

/** Content problems that stop a build: the message is the Danish file:line list and nothing else. */
export class ContentProblemsError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		super(sortProblems([...problems]).map(formatProblem).join('\n'));
		this.name = 'ContentProblemsError';
		this.problems = problems;
	}
}
