// The Markdown report of one run (bench/results/results.md): the tables the README summarises.
import { formatBudget, type BudgetLine } from './budgets.ts';
import type { BuildMeasurement } from './measure-build.ts';
import type { Bytes } from './page-weight.ts';
import { KEYSTROKE_MS } from './search-timing.ts';
import { kib, mb, measured, mib, seconds, type BenchResults } from './results.ts';

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
		buildRows([{ label: 'real content', build: results.real.build }, ...results.scale.map((build) => ({ label: 'generated', build }))]),
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
