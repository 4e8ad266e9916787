import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, which CI logs and other tools
 * read without knowing vitest's own summary format. It adds to the default reporter, not replaces it.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
		const count = (state: 'passed' | 'failed' | 'skipped') =>
			testModules.reduce((sum, module) => sum + [...module.children.allTests(state)].length, 0);
		// A module that failed to load (syntax error, failing setup) has no tests but must count as failed.
		const brokenModules = testModules.filter((module) => module.state() === 'failed' && [...module.children.allTests()].length === 0).length;
		console.log(`\n${count('passed')} passed, ${count('failed') + brokenModules} failed, ${count('skipped')} skipped`);
	}
}
