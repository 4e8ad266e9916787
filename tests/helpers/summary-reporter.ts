import type { Reporter, TestModule } from 'vitest/node';

type UnhandledErrors = Parameters<NonNullable<Reporter['onTestRunEnd']>>[1];

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, which CI logs and other tools
 * read without knowing vitest's own summary format. It adds to the default reporter, not replaces it.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: UnhandledErrors = []) {
		const count = (state: 'passed' | 'failed' | 'skipped') =>
			testModules.reduce((sum, module) => sum + [...module.children.allTests(state)].length, 0);
		// A module that failed with none of its tests failed (it did not load, or a beforeAll failed and
		// its tests were skipped) counts as one failure, and so does an error outside any test: the line
		// must never say "0 failed" of a run vitest failed.
		const brokenModules = testModules.filter((module) => module.state() === 'failed' && [...module.children.allTests('failed')].length === 0).length;
		console.log(`\n${count('passed')} passed, ${count('failed') + brokenModules + unhandledErrors.length} failed, ${count('skipped')} skipped`);
	}
}
