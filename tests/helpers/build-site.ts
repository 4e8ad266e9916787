// Global setup for the site tests: builds the real site once, exactly as `npm run build` does,
// into a folder of its own so a developer's dist/ is left alone.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TEST_SITE = '.build/test-site';
/** The build date the test site is built with, so status wording is checked against a known day. */
export const TEST_BUILD_DATE = '2026-06-01';

export default function setup(project: TestProject) {
	execFileSync(process.execPath, ['scripts/build.ts', '--out', TEST_SITE], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE },
	});
	project.provide('siteDir', resolve(ROOT, TEST_SITE));
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
	}
}
