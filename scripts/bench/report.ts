// The Markdown report of one run (bench/results/results.md): the tables the README summarises.
import { formatBudget, type BudgetLine } from './budgets.ts';
import { METRICS, median, type Metric } from './comparison.ts';
import type { BuildMeasurement } from './measure-build.ts';
import type { Bytes } from './page-weight.ts';
import { KEYSTROKE_MS } from './search-timing.ts';
import { kib, mb, measured, mib, rebuildRatios, seconds, type BenchResults } from './results.ts';

const table = (header: string[], rows: string[][]) =>
	[`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const bytes = (value: Bytes) => `${kib(value.raw)} / ${kib(value.gzip)}`;

/** The tree's peak and, when recorded, what made it up: '1173 MiB (node 905, pagefind 260)'. */
function peakMemory(build: BuildMeasurement): string {
	const parts = Object.entries(build.peakRssByProcess ?? {})
		.filter(([, bytes]) => bytes >= 10 * 1024 * 1024)
		.sort((a, b) => b[1] - a[1])
		.map(([name, bytes]) => `${name} ${Math.round(bytes / 1024 ** 2)}`);
	return parts.length ? `${mib(build.peakRssBytes)} (${parts.join(', ')})` : mib(build.peakRssBytes);
}

/** One row per build: the step times, per-document time, memory and sizes. */
export function buildRows(builds: { label: string; build: BuildMeasurement }[]): string {
	return table(
		['corpus', 'documents', 'check', 'Astro build', 'Pagefind index', 'total', 'per document', 'CPU time', 'peak memory', 'dist/', 'Pagefind index size', 'document page (median HTML)'],
		builds.map(({ label, build }) => [
			label,
			build.documents.toLocaleString('en'),
			seconds(build.checkMs),
			seconds(build.buildMs),
			seconds(build.indexMs),
			seconds(build.totalMs),
			`${(build.totalMs / build.documents).toFixed(1)} ms`,
			build.cpuMs === undefined ? '?' : seconds(build.cpuMs),
			peakMemory(build),
			mb(build.distBytes),
			mb(build.pagefindBytes),
			build.pages.document ? kib(build.pages.document.medianBytes) : '-',
		]),
	);
}

const METRIC_LABELS: Record<Metric, [string, (value: number) => string]> = {
	wallMs: ['wall clock (whole process)', seconds],
	cpuMs: ['CPU time (process tree)', seconds],
	peakRssLargestBytes: ['peak memory, largest process', mib],
	distBytes: ['dist/', mb],
	searchBytes: ['search index on disk', mb],
	pageGzipBytes: ['heaviest document page, before interaction (gzip)', kib],
};

function starlightSection(results: BenchResults): string[] {
	if (!results.starlight) return [];
	const out = ['## Against Starlight', ''];
	if (!Array.isArray(results.starlight)) return [...out, `Not measured: ${results.starlight.skipped}`, ''];
	const first = results.starlight[0];
	out.push(
		`The same generated corpus built by a Starlight ${first?.starlightVersion ?? ''} project with its defaults (the bench writes it into a temporary folder and installs it from npm; Astro is the same release as ours), each document's own Markdown body under its title and summary. ` +
			`Clean builds alternate, ours first (${results.runs ?? 1} of each per size), so both see the same load; the figures are medians, the ratio is ours / Starlight's (below 1: we are faster or lighter). ` +
			'Both wall clocks are of the whole build process, Node start-up and the Pagefind index included. The page is the heaviest of our document pages, the same document on both sites, loaded in Chromium.',
		'',
	);
	for (const comparison of results.starlight) {
		out.push(
			`### ${comparison.documents.toLocaleString('en')} documents`,
			'',
			table(
				['', 'ours', 'Starlight', 'ratio'],
				METRICS.map((metric) => {
					const [label, format] = METRIC_LABELS[metric];
					const show = (value: number | undefined) => (value === undefined ? '-' : format(value));
					const ratio = comparison.ratios[metric];
					return [label, show(comparison.median.ours[metric]), show(comparison.median.theirs[metric]), ratio === undefined ? '-' : `**${ratio.toFixed(2)}x**`];
				}),
			),
			'',
			`Each build's wall clock: ours ${comparison.ours.map((build) => seconds(build.wallMs)).join(', ')}; Starlight ${comparison.theirs.map((build) => seconds(build.wallMs)).join(', ')}.${'path' in comparison.page ? ` Page: \`${comparison.page.path}\`.` : ` Page: ${comparison.page.skipped}.`}`,
			'',
		);
	}
	return out;
}

function rebuildSection(results: BenchResults): string[] {
	if (!results.rebuilds?.length) return [];
	return [
		'## Rebuild after one changed document',
		'',
		"One document's body changed, then built again with the cache the clean build left (the rendered bodies are kept beside Astro's data store, and Astro's incremental build copies the document pages whose keys are unchanged, src/page-cache-key.ts); the clean figures (wall clock and CPU time) are the medians of the size's clean builds. On a shared machine the CPU share is the steadier of the two.",
		'',
		table(
			['documents', 'clean build', 'rebuild', 'share', 'CPU share', 'check', 'Astro build', 'Pagefind index'],
			results.rebuilds.map((entry) => {
				const { wall, cpu } = rebuildRatios(entry);
				const { documents, cleanWallMs, rebuild } = entry;
				return [
					documents.toLocaleString('en'),
					seconds(cleanWallMs),
					seconds(rebuild.wallMs),
					`${wall.toFixed(2)}x`,
					cpu === undefined ? 'not measured' : `${cpu.toFixed(2)}x`,
					seconds(rebuild.checkMs),
					seconds(rebuild.buildMs),
					seconds(rebuild.indexMs),
				];
			}),
		),
		'',
	];
}

function editorSection(results: BenchResults): string[] {
	if (!results.editorLoop) return [];
	const { check, dev } = results.editorLoop;
	return [
		"## The editors' loop",
		'',
		'`npm run check` as its own process (Node start-up, dictionaries and all), first without its cache of per-file results, then with it (what an editor meets after the first check), and the dev server: from saving a change to a document to the first response of its page that holds the change.',
		'',
		table(
			['documents', 'without cache: wall clock, CPU', 'npm run check, wall clock (each run)', 'median', 'CPU time (each run)'],
			check.map((c) => [
				c.documents.toLocaleString('en'),
				c.cold ? `${seconds(c.cold.wallMs)}, ${c.cold.cpuMs === undefined ? '?' : seconds(c.cold.cpuMs)}` : '-',
				c.wallMs.map(seconds).join(', '),
				seconds(median(c.wallMs)!),
				c.cpuMs?.map((ms) => (ms === undefined ? '?' : seconds(ms))).join(', ') ?? '-',
			]),
		),
		'',
		measured(dev) ? `Dev server on ${dev.documents.toLocaleString('en')} documents: ready in ${seconds(dev.startMs)}; a saved change served after ${dev.changeMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}.` : `Dev server: not measured (${dev.skipped}).`,
		'',
	];
}

/** The whole report as Markdown. */
export function markdownReport(results: BenchResults, budgets: BudgetLine[]): string {
	const { machine } = results;
	const out: string[] = [
		'# Benchmark results',
		'',
		`Run ${results.generatedAt} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium ?? 'not used'}. ` +
			`Load average at the start: ${machine.loadAverage.toFixed(2)} (the machine is shared; wall-clock times rise with load, CPU times less so). ` +
			`Corpus seed ${results.seed}, ${results.periods} periods.`,
		'',
		'## Budgets',
		'',
		...budgets.map((budget) => `- ${formatBudget(budget)}`),
		'',
		'## Build and index',
		'',
		'Times are wall-clock per step inside one build process; CPU time is the whole process tree (Node, esbuild, Pagefind). Peak memory is the summed resident memory of that tree, sampled every 100 ms.',
		'',
		buildRows([...(results.real.build ? [{ label: 'real content', build: results.real.build }] : []), ...results.scale.map((build) => ({ label: 'generated', build }))]),
		'',
		'![Build time and dist/ size against the number of documents](growth.svg)',
		'',
		'## Page weight before interaction (real content)',
		'',
		'Each page loaded once in a fresh Chromium context (empty cache) until the network was idle; raw bytes as served, and gzip at level 6 as a compressing host would send them (raw / gzip).',
		'',
		table(
			['page kind', 'page', 'requests', 'HTML', 'CSS', 'JavaScript', 'fonts', 'images', 'total', 'layout shift'],
			results.real.pages.map((page) =>
				measured(page)
					? [page.kind, `\`${page.path}\``, String(page.requests), bytes(page.byType.html), bytes(page.byType.css), bytes(page.byType.js), bytes(page.byType.font), bytes(page.byType.image), `**${bytes(page.total)}**`, page.layoutShift.toFixed(4)]
					: [page.kind, page.skipped, '', '', '', '', '', '', '', ''],
			),
		),
		'',
	];

	out.push(...starlightSection(results), ...rebuildSection(results), ...editorSection(results));

	out.push('## Search in Chromium', '');
	if (measured(results.search)) {
		out.push(
			`On the generated corpus of ${results.search.documents.toLocaleString('en')} documents, served on loopback; each time runs from pressing Enter to the first result in the list, measured in the page. Cold: a fresh browser context (empty cache), the query pasted into the field and sent at once, so Pagefind's script, WebAssembly and index load after Enter; fetched is everything that query loaded, raw / gzip (Pagefind's index files are already compressed). Typed: another fresh context, the reader clicks the field (Pagefind starts loading) and types the query at ${KEYSTROKE_MS} ms per key. Warm: the query sent again on the cold page. From address: opening \`/soeg/?q=...\` (what the search field in every page's header does), from navigation start.`,
			'',
			table(
				['query', 'found (shown)', 'cold', 'fetched (cold)', 'typed', 'warm', 'from address'],
				results.search.timings.map((t) => [`\`${t.query}\``, `${t.found} (${t.shown})`, `${Math.round(t.coldMs)} ms`, bytes(t.coldBytes), `${Math.round(t.typedMs)} ms`, `${Math.round(t.warmMs)} ms`, `${Math.round(t.fromAddressMs)} ms`]),
			),
			'',
		);
	} else {
		out.push(`Not measured: ${results.search.skipped}`, '');
	}

	out.push('## Lighthouse (real content)', '');
	if (measured(results.real.lighthouse)) {
		out.push(
			"Lighthouse's default run (mobile, simulated throttling) in Debian's Chromium.",
			'',
			table(
				['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 1'],
				results.real.lighthouse.map((page) => [
					`\`${page.path}\``,
					...Object.values(page.scores).map(String),
					page.failedAudits.map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`).join(', ') || '-',
				]),
			),
			'',
		);
	} else {
		out.push(`Not measured: ${results.real.lighthouse.skipped}`, '');
	}

	return `${out.join('\n')}\n`;
}
