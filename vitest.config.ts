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
					// The files share their worker's modules instead of importing the checker, its dictionaries
					// and the schemas again for each of 80-odd files: half the project's CPU time (68 s -> 34 s
					// here). None of them changes a module's state for the next: an environment variable is
					// stubbed and restored, a fake clock reset after its test.
					isolate: false,
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
					// A poll waits for the page to reach a state; vitest's default of one second is a timing
					// budget that a loaded machine misses (search-scope and degraded failed on it at load
					// 15-20). How fast the page is belongs to the bench, so a poll here waits up to ten.
					expect: { poll: { timeout: 10_000 } },
					// As in the unit project, the files share their worker's modules instead of starting a
					// process and importing Playwright, cheerio, the checker and its dictionaries again for
					// each of 36 files (each such process took at least 1 CPU-s before its first test): the
					// project's workers 98 -> 58 CPU-s in a whole run. What a file could leave for the next
					// is kept from it: the checked content it reads is checked once per worker and frozen
					// (tests/helpers/site.ts), the build command's environment is restored after each case
					// (tests/helpers/build-command.ts), and each file's servers, pages and browser connection
					// are its own, closed after its tests (tests/helpers/browser-session.ts).
					isolate: false,
					maxWorkers: WORKERS,
				},
			},
		],
	},
});
