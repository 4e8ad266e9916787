// Global setup for the site tests: starts the shared test builds (tests/helpers/test-builds.ts) and
// returns at once; the project's setup file (wait-for-builds.ts) holds each test file back until the
// real site and the behaviour fixture are built, and a file that reads another build waits for it.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startTestBuilds } from './test-builds.ts';

export { FIXTURE_CONTENT, ROOT, TEST_BUILD_DATE, TEST_EDIT_URL, TEST_FIXTURE_SITE, TEST_SITE, TEST_SITE_URL } from './test-builds.ts';

export function setup(project: TestProject) {
	const { context, stop } = startTestBuilds();
	project.provide('testBuilds', context);
	project.provide('siteDir', resolve(ROOT, context.builds.site.out));
	project.provide('fixtureSiteDir', resolve(ROOT, context.builds.fixture.out));
	// When the run ends before every build has (a single test file was run), the builds not yet
	// started are left out and the running ones waited for, so no build outlives the run.
	return stop;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		/** The site built from FIXTURE_CONTENT, for the tests of the site's behaviour. */
		fixtureSiteDir: string;
	}
}
