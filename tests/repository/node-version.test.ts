// The project brings its own Node (the `node` package) and the README, `engines`, `devEngines` and
// .nvmrc say so. These checks keep the four from drifting apart, and show that the tests really run on
// the Node the project brings rather than on whatever Node the machine has.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
	engines: { node: string };
	devEngines: { runtime: { name: string; version: string; onFail: string } };
	dependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version: string }> };
const broughtNode = lock.packages['node_modules/node']!.version;

describe('the Node the project runs on', () => {
	test('is the one the node package brings, at the version the lockfile holds', () => {
		// npm puts node_modules/.bin first on every script's PATH, so `npm test` runs vitest on it.
		expect(process.version, 'run the tests with `npm test` (or npx), not with the system Node').toBe(`v${broughtNode}`);
	});

	test('is named the same by engines, the node dependency and .nvmrc', () => {
		expect(pkg.engines.node).toBe(pkg.dependencies.node);
		const major = broughtNode.split('.')[0];
		expect(read('.nvmrc').trim()).toBe(major);
		expect(pkg.engines.node).toMatch(new RegExp(`^\\^${major}\\.`));
	});
});

describe('the Node that runs npm', () => {
	// npm checks the root package against devEngines instead of engines, so a machine whose own Node
	// is older than the project's (Node 20 here) gets no warning about the project itself, and one
	// too old for npm 11 gets a clear error.
	test('is stated in devEngines as npm 11’s own range, failing on anything older', () => {
		expect(pkg.devEngines).toEqual({ runtime: { name: 'node', version: '^20.17.0 || >=22.9.0', onFail: 'error' } });
	});

	test('is what the README and CONTRIBUTING.md ask for, and both tell why npm warns about engines', () => {
		const readme = read('README.md');
		const guide = read('CONTRIBUTING.md');
		expect(readme).toContain('Node 20.17 or newer');
		expect(guide).toContain('Node.js 20.17 eller nyere');
		expect(readme).toContain(`\`engines\` (\`${pkg.engines.node}\``);
		expect(readme).toContain(`\`devEngines\` (\`${pkg.devEngines.runtime.version}\``);
		expect(readme).toContain('EBADENGINE');
		expect(guide).toContain('EBADENGINE');
	});
});
