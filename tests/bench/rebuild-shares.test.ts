// How the bench states a rebuild against the clean build: the wall clock, which the budget judges,
// and the CPU time beside it where both were measured (older results have no clean CPU figure).
import { describe, expect, test } from 'vitest';
import { rebuildShares } from '../../scripts/bench/budgets.ts';
import type { BuildMeasurement } from '../../scripts/bench/measure-build.ts';
import type { Rebuild } from '../../scripts/bench/results.ts';

/** A rebuild's measurement with only the figures the shares read. */
const rebuilt = (wallMs: number, cpuMs: number | undefined) => ({ wallMs, cpuMs }) as BuildMeasurement;

describe('rebuildShares', () => {
	test('gives the wall-clock share and, beside it, the CPU share of the clean builds', () => {
		const rebuild: Rebuild = { documents: 1000, cleanWallMs: 26_300, cleanCpuMs: 27_900, rebuild: rebuilt(13_600, 11_800) };
		expect(rebuildShares(rebuild)).toBe('wall 0.52x (13.6 s against 26.3 s), CPU 0.42x (11.8 s against 27.9 s)');
	});

	test.each([
		['results from before the clean CPU figure', { cleanCpuMs: undefined, cpu: 11_800 }],
		['a rebuild whose CPU time was not measured', { cleanCpuMs: 27_900, cpu: undefined }],
	])('gives only the wall-clock share for %s', (_, { cleanCpuMs, cpu }) => {
		const rebuild: Rebuild = { documents: 1000, cleanWallMs: 20_000, ...(cleanCpuMs === undefined ? {} : { cleanCpuMs }), rebuild: rebuilt(5_000, cpu) };
		expect(rebuildShares(rebuild)).toBe('wall 0.25x (5.0 s against 20.0 s)');
	});
});
