// The Starlight comparison's arithmetic: medians of alternating builds and ours / theirs ratios.
import { describe, expect, test } from 'vitest';
import { alternate, compareSides, median, type SideFigures } from '../../scripts/bench/comparison.ts';
import { perDocumentGrowth } from '../../scripts/bench/budgets.ts';
import type { BuildMeasurement } from '../../scripts/bench/measure-build.ts';

const side = (wallMs: number, extra: Partial<SideFigures> = {}): SideFigures => ({ wallMs, cpuMs: wallMs * 0.9, peakRssLargestBytes: 500, distBytes: 1000, searchBytes: 100, ...extra });

describe('median', () => {
	test.each([
		{ values: [], expected: undefined },
		{ values: [3], expected: 3 },
		{ values: [9, 1, 5], expected: 5 },
		{ values: [4, 1, 3, 2], expected: 2.5 },
	])('gives $expected for $values', ({ values, expected }) => {
		expect(median(values)).toBe(expected);
	});
});

describe('compareSides', () => {
	test('divides our medians by Starlight medians, metric by metric', () => {
		const comparison = compareSides(1000, '0.42.4', [side(10), side(30), side(20)], [side(40), side(40), side(50)], { path: '/a/b/', ours: 9, theirs: 36 });
		expect(comparison.median.ours.wallMs).toBe(20);
		expect(comparison.median.theirs.wallMs).toBe(40);
		expect(comparison.ratios.wallMs).toBe(0.5);
		expect(comparison.ratios.distBytes).toBe(1);
		expect(comparison.ratios.pageGzipBytes).toBe(0.25);
	});

	test('gives no ratio for a metric one side did not measure', () => {
		const comparison = compareSides(100, '0.42.4', [side(10, { cpuMs: undefined })], [side(20)], { skipped: 'no Chromium' });
		expect(comparison.ratios.cpuMs).toBeUndefined();
		expect(comparison.ratios.pageGzipBytes).toBeUndefined();
		expect(comparison.ratios.wallMs).toBe(0.5);
	});

	test('refuses a comparison without builds of both sides', () => {
		expect(() => compareSides(100, '0.42.4', [side(10)], [], { skipped: '' })).toThrow(/both side|each side/);
	});
});

describe('alternate', () => {
	test('runs ours first and then theirs, in turn, so both see the same load', async () => {
		const order: string[] = [];
		const result = await alternate(
			3,
			async (run) => (order.push(`ours ${run}`), run),
			async (run) => (order.push(`theirs ${run}`), -run),
		);
		expect(order).toEqual(['ours 1', 'theirs 1', 'ours 2', 'theirs 2', 'ours 3', 'theirs 3']);
		expect(result).toEqual({ ours: [1, 2, 3], theirs: [-1, -2, -3] });
	});

	test('runs ours alone when Starlight is left out', async () => {
		expect(await alternate(2, async (run) => run, undefined)).toEqual({ ours: [1, 2], theirs: [] });
	});
});

describe('perDocumentGrowth', () => {
	const build = (documents: number, wallMs: number) => ({ documents, wallMs }) as BuildMeasurement;

	test('is 1 for proportional growth and above 1 when the largest size costs more per document', () => {
		expect(perDocumentGrowth([build(100, 5), build(1000, 10), build(5000, 50)], (m) => m.wallMs)?.factor).toBe(1);
		expect(perDocumentGrowth([build(100, 5), build(1000, 10), build(5000, 60)], (m) => m.wallMs)?.factor).toBeCloseTo(1.2);
	});

	test('compares with 1,000 documents, not the smallest size, whose fixed start-up cost would flatter growth', () => {
		expect(perDocumentGrowth([build(100, 8), build(1000, 10), build(5000, 50)], (m) => m.wallMs)).toEqual({ from: 1000, to: 5000, factor: 1 });
	});

	test('needs two sizes', () => {
		expect(perDocumentGrowth([build(1000, 10)], (m) => m.wallMs)).toBeUndefined();
	});
});
