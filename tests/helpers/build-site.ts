// Global setup for the site tests: builds the real site once, exactly as `npm run build` does,
// into a folder of its own so a developer's dist/ is left alone.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TEST_SITE = '.build/test-site';
/** The build date the test site is built with, so status wording is checked against a known day. */
export const TEST_BUILD_DATE = '2026-06-01';
/** The public address the test site is built for, as a deployment sets it (reserved .example domain). */
export const TEST_SITE_URL = 'https://socialaftale.example';
/** Where the test site says its files can be edited, as a deployment configures it. */
export const TEST_EDIT_URL = 'https://git.example/socialaftale/edit/main/';
/**
 * The content the site's behaviour is tested on: fictional periods and documents made for the tests,
 * so no behaviour test depends on what the real content/ holds today.
 */
export const FIXTURE_CONTENT = resolve(ROOT, 'tests/fixtures/sites/behaviour');
/** Where the fixture site is built, apart from the real one. */
export const TEST_FIXTURE_SITE = '.build/test-fixture-site';

export default function setup(project: TestProject) {
	execFileSync(process.execPath, ['scripts/build.ts', '--out', TEST_SITE], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, SITE_URL: TEST_SITE_URL, SITE_EDIT_URL: TEST_EDIT_URL },
	});
	project.provide('siteDir', resolve(ROOT, TEST_SITE));
	// The fixture site, built the same way with the same settings, only from the fixture content.
	execFileSync(process.execPath, ['scripts/build.ts', '--content', FIXTURE_CONTENT, '--out', TEST_FIXTURE_SITE], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, SITE_URL: TEST_SITE_URL, SITE_EDIT_URL: TEST_EDIT_URL },
	});
	project.provide('fixtureSiteDir', resolve(ROOT, TEST_FIXTURE_SITE));
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		/** The site built from FIXTURE_CONTENT, for the tests of the site's behaviour. */
		fixtureSiteDir: string;
	}
}
