// The growth chart: build time and dist/ size against the number of documents, each with a dashed
// straight line through the two smallest sizes, so a curve bending away from it shows non-linear growth.
import type { BuildMeasurement } from './measure-build.ts';
import { MB } from './results.ts';

interface Series {
	title: string;
	unit: string;
	value: (m: BuildMeasurement) => number;
	/** A second measured line in the same panel, drawn thinner, without a reference line. */
	second?: { label: string; value: (m: BuildMeasurement) => number | undefined };
}

const SERIES: Series[] = [
	// CPU time beside the wall clock: on a shared machine the wall clock also measures the other work.
	{ title: 'Check + build + index, wall clock', unit: 's', value: (m) => m.totalMs / 1000, second: { label: 'CPU time', value: (m) => (m.cpuMs === undefined ? undefined : m.cpuMs / 1000) } },
	{ title: 'dist/ size', unit: 'MB', value: (m) => m.distBytes / MB },
];

const PANEL = { width: 360, height: 240, left: 56, right: 16, top: 36, bottom: 44 };
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A round axis maximum above `value`: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
	if (value <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	return [1, 1.5, 2, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((candidate) => candidate >= value)!;
}

function panel(series: Series, scale: BuildMeasurement[], offsetX: number): string {
	const { width, height, left, right, top, bottom } = PANEL;
	const maxN = niceMax(Math.max(...scale.map((m) => m.documents)));
	const values = scale.map(series.value);
	const [a, b] = scale;
	const slope = a && b ? (series.value(b) - series.value(a)) / (b.documents - a.documents) : 0;
	const reference = (n: number) => (a ? series.value(a) + slope * (n - a.documents) : 0);
	const maxY = niceMax(Math.max(...values, reference(maxN)));
	const x = (n: number) => offsetX + left + (n / maxN) * (width - left - right);
	const y = (v: number) => top + (1 - v / maxY) * (height - top - bottom);
	const ticks = [0, 0.25, 0.5, 0.75, 1];
	const parts = [
		`<text x="${offsetX + left}" y="20" class="title">${escape(series.title)} (${series.unit})</text>`,
		...ticks.map((t) => `<line x1="${x(0)}" x2="${x(maxN)}" y1="${y(t * maxY)}" y2="${y(t * maxY)}" class="grid"/><text x="${x(0) - 6}" y="${y(t * maxY) + 4}" class="tick" text-anchor="end">${+(t * maxY).toFixed(2)}</text>`),
		...ticks.map((t) => `<text x="${x(t * maxN)}" y="${height - bottom + 16}" class="tick" text-anchor="middle">${(t * maxN).toLocaleString('en')}</text>`),
		`<text x="${x(maxN / 2)}" y="${height - 8}" class="tick" text-anchor="middle">documents</text>`,
	];
	if (b) {
		// Clip the reference line at the axes: from the smallest N (or where it crosses 0) to the axis end.
		const startN = Math.max(0, slope > 0 ? a!.documents - series.value(a!) / slope : 0);
		parts.push(`<line x1="${x(startN)}" y1="${y(Math.max(0, reference(startN)))}" x2="${x(maxN)}" y2="${y(reference(maxN))}" class="reference"/>`);
	}
	const second = series.second;
	const secondPoints = second ? scale.flatMap((m) => { const v = second.value(m); return v === undefined ? [] : [[m.documents, v] as const]; }) : [];
	if (second && secondPoints.length) {
		parts.push(`<polyline points="${secondPoints.map(([n, v]) => `${x(n)},${y(v)}`).join(' ')}" class="second"/>`);
		const [lastN, lastV] = secondPoints.at(-1)!;
		parts.push(`<text x="${x(lastN) - 4}" y="${y(lastV) + 16}" class="tick" text-anchor="end">${escape(second.label)}</text>`);
	}
	parts.push(`<polyline points="${scale.map((m) => `${x(m.documents)},${y(series.value(m))}`).join(' ')}" class="measured"/>`);
	parts.push(...scale.map((m) => `<circle cx="${x(m.documents)}" cy="${y(series.value(m))}" r="3.5" class="point"><title>${m.documents} documents: ${series.value(m).toFixed(1)} ${series.unit}</title></circle>`));
	return parts.join('\n');
}

/** The chart as a standalone SVG document (white background, so it reads in light and dark README themes). */
export function growthChart(scale: BuildMeasurement[]): string {
	const width = PANEL.width * SERIES.length;
	const height = PANEL.height + 24;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">
<title id="chart-title">Build time and dist/ size against the number of documents, with a straight reference line</title>
<style>
text { font-family: system-ui, sans-serif; fill: #222; }
.title { font-size: 14px; font-weight: 600; }
.tick { font-size: 11px; fill: #555; }
.grid { stroke: #ddd; stroke-width: 1; }
.reference { stroke: #888; stroke-width: 1.5; stroke-dasharray: 5 4; }
.measured { fill: none; stroke: #0b5fa5; stroke-width: 2.5; }
.point { fill: #0b5fa5; }
.second { fill: none; stroke: #b35900; stroke-width: 1.5; }
</style>
<rect width="100%" height="100%" fill="#fff"/>
${SERIES.map((series, index) => panel(series, scale, index * PANEL.width)).join('\n')}
<line x1="${PANEL.left}" x2="${PANEL.left + 24}" y1="${height - 8}" y2="${height - 8}" class="reference"/>
<text x="${PANEL.left + 30}" y="${height - 4}" class="tick">straight line through the two smallest sizes</text>
</svg>
`;
}
