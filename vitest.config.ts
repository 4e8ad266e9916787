import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		projects: [
			{
				// Pure functions, schemas and content files: no build needed, runs in seconds.
				test: {
					name: 'unit',
					include: ['tests/{lib,schemas,search,validation,content,content-source,integrations,markdown,scripts,repository,bench,cms}/**/*.test.ts'],
				},
			},
			{
				// A fresh clone of the repository runs the workflows' steps: minutes of installs and builds
				// in processes of its own, so it is kept apart from the quick unit tests.
				test: {
					name: 'clone',
					include: ['tests/clone/**/*.test.ts'],
				},
			},
			{
				// The built site: one build per run (global setup), shared by output and browser tests.
				test: {
					name: 'site',
					include: ['tests/{site,browser,build}/**/*.test.ts'],
					globalSetup: ['tests/helpers/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
					// Browser tests share one machine with 2 cores: run files one at a time.
					fileParallelism: false,
				},
			},
		],
	},
});
