import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One worker more than the machine has cores, in every project. The three projects then run side by
// side in one group (vitest runs a project with a worker count of its own, or with file parallelism
// off, in a group after the others), and a worker that mostly waits, on npm in the clone or on
// Chromium in a browser test, leaves a core to the others.
const WORKERS = availableParallelism() + 1;

export default defineConfig({
	test: {
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		maxWorkers: WORKERS,
		projects: [
			{
				// Pure functions, schemas and content files: no build needed, runs in seconds.
				test: {
					name: 'unit',
					include: ['tests/{lib,schemas,search,validation,content,content-source,integrations,markdown,scripts,repository,bench,cms}/**/*.test.ts'],
					maxWorkers: WORKERS,
					// A test that checks the whole real content takes a second or two alone, and several
					// times that while the site and clone projects share the cores; the time is measured by
					// the bench, not here.
					testTimeout: 30_000,
				},
			},
			{
				// A fresh clone of the repository runs the workflows' steps: minutes of installs and builds
				// in processes of its own, so it is kept apart from the quick unit tests.
				test: {
					name: 'clone',
					include: ['tests/clone/**/*.test.ts'],
					// The editor's change is held to axe in the run's one Chromium.
					globalSetup: ['tests/helpers/browser-server.ts'],
					maxWorkers: WORKERS,
				},
			},
			{
				// The built sites and the browser: the builds start in the background (global setup), and
				// each file waits only for what it reads; every browser test connects to the run's one
				// Chromium, so browser files can run side by side.
				test: {
					name: 'site',
					include: ['tests/{site,browser,build}/**/*.test.ts'],
					globalSetup: ['tests/helpers/build-site.ts', 'tests/helpers/browser-server.ts'],
					setupFiles: ['tests/helpers/wait-for-builds.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
					// A poll waits for what the page does in its own time (a transition, a search); one call
					// into Chromium takes more than vitest's default second while the machine is shared.
					expect: { poll: { timeout: 10_000 } },
					maxWorkers: WORKERS,
				},
			},
		],
	},
});
