// What every built site must satisfy, whatever valid content it was built from. Each check takes a
// built site and the content it was built from and returns its problems as readable lines (none when
// it holds), so the same functions check the real build (tests/site/invariants.test.ts) and a build of
// an editor's change (tests/clone/editor-change.test.ts).
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { isExternalHref } from '../../src/lib/external-links.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { DocumentsExportSchema, GlossaryExportSchema, PeriodsExportSchema } from '../../src/schemas/index.ts';
import type { checkContent } from '../../src/validation/check-content.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { connectBrowser, reusedPages } from './browser-session.ts';
import { axeViolations } from './page-visit.ts';
import { runLimited } from './run-limited.ts';
import { allPages, linkResolves, pageFile, readerPages, readPage } from './site.ts';

/** Content as the content check reads it. */
export type CheckedContent = ReturnType<typeof checkContent>;

const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Every document is published at its address with its title, summary, period and text. */
export function publishedDocumentProblems(siteDir: string, content: CheckedContent): string[] {
	const problems: string[] = [];
	for (const document of content.documents) {
		const path = documentUrl(document.period, document.slug);
		if (!existsSync(pageFile(siteDir, path))) {
			problems.push(`${document.file}: no page at ${path}`);
			continue;
		}
		const $ = readPage(siteDir, path);
		if (text($('h1').text()) !== text(document.data.title)) problems.push(`${path}: h1 is not the title »${document.data.title}«`);
		if ($('meta[name="description"]').attr('content') !== document.data.summary) problems.push(`${path}: description is not the summary`);
		if (!$('.document-meta').text().includes(document.period)) problems.push(`${path}: metadata does not name its period`);
		if (text($('.document__text').text()) === '') problems.push(`${path}: no text`);
	}
	for (const period of content.periods) {
		if (!existsSync(pageFile(siteDir, periodUrl(period.data.id)))) problems.push(`${period.data.id}: no page at ${periodUrl(period.data.id)}`);
	}
	return problems;
}

/** Every internal link, asset and #anchor on every page resolves within the site. */
export function linkProblems(siteDir: string): string[] {
	const problems: string[] = [];
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (path: string) => {
		if (!anchors.has(path)) {
			const $ = readPage(siteDir, path);
			anchors.set(path, new Set($('[id], a[name]').map((_, element) => element.attribs.id ?? element.attribs.name).get()));
		}
		return anchors.get(path)!;
	};
	for (const path of allPages(siteDir)) {
		const $ = readPage(siteDir, path);
		const base = new URL(path, 'https://site.invalid');
		const hrefs = $('a[href], link[href], script[src], img[src], form[action]')
			.toArray()
			.map((element) => element.attribs.href ?? element.attribs.src ?? element.attribs.action!)
			.filter((href) => !isExternalHref(href) && !/^(mailto|tel):/i.test(href));
		for (const href of hrefs) {
			const target = new URL(href, base);
			const targetPath = decodeURIComponent(target.pathname);
			if (target.origin !== base.origin || !linkResolves(siteDir, targetPath)) {
				problems.push(`${path} -> ${href}: no such file`);
				continue;
			}
			if (target.hash && target.hash !== '#' && !anchorsOf(targetPath).has(decodeURIComponent(target.hash.slice(1)))) {
				problems.push(`${path} -> ${href}: no such anchor`);
			}
		}
	}
	return problems;
}

/** The search index holds exactly the documents, in Danish, and only document pages are indexed. */
export function searchIndexProblems(siteDir: string, content: CheckedContent): string[] {
	const problems: string[] = [];
	const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	if (Object.keys(entry.languages).join() !== 'da') problems.push(`index languages: ${Object.keys(entry.languages).join()}`);
	if (entry.languages.da?.page_count !== content.documents.length) {
		problems.push(`index holds ${entry.languages.da?.page_count} pages, the content ${content.documents.length} documents`);
	}
	const documentPaths = new Set(content.documents.map((document) => documentUrl(document.period, document.slug)));
	for (const path of allPages(siteDir)) {
		const indexed = readPage(siteDir, path)('[data-pagefind-body]').length;
		if (indexed !== (documentPaths.has(path) ? 1 : 0)) problems.push(`${path}: ${indexed} parts marked for the index`);
	}
	return problems;
}

/** Parses XML strictly (well-formed, namespaces declared); returns the problem, if any. */
function xmlProblem(siteDir: string, path: string): string | undefined {
	const file = join(siteDir, path);
	if (!existsSync(file)) return `${path}: missing`;
	try {
		new SaxesParser({ xmlns: true, fileName: path }).write(readFileSync(file, 'utf8')).close();
		return undefined;
	} catch (error) {
		return `${path}: ${(error as Error).message}`;
	}
}

/** The feeds and the sitemap are well-formed XML, and the feeds list exactly the documents. */
export function feedProblems(siteDir: string, content: CheckedContent, siteUrl: string): string[] {
	const problems: string[] = [];
	const links = (path: string) => [...readFileSync(join(siteDir, path), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
	const expect = (path: string, documents: CheckedContent['documents']) => {
		const problem = xmlProblem(siteDir, path);
		if (problem) return problems.push(problem);
		const listed = links(path).filter((link) => link !== `${siteUrl}/` && !/\/\d{4}-\d{4}\/$/.test(link)).sort();
		const wanted = documents.map((document) => `${siteUrl}${documentUrl(document.period, document.slug)}`).sort();
		if (JSON.stringify(listed) !== JSON.stringify(wanted)) problems.push(`${path} lists ${JSON.stringify(listed)}, not ${JSON.stringify(wanted)}`);
	};
	expect('rss.xml', content.documents);
	for (const period of content.periods) {
		expect(`${period.data.id}/rss.xml`, content.documents.filter((document) => document.period === period.data.id));
	}
	for (const file of readdirSync(siteDir).filter((name) => /^sitemap.*\.xml$/.test(name))) {
		const problem = xmlProblem(siteDir, file);
		if (problem) problems.push(problem);
	}
	return problems;
}

/** The open data parses with the content's own schemas and holds exactly the content. */
export function openDataProblems(siteDir: string, content: CheckedContent): string[] {
	const problems: string[] = [];
	const read = (name: string): unknown => JSON.parse(readFileSync(join(siteDir, 'data', name), 'utf8'));
	const same = (label: string, a: string[], b: string[]) => {
		if (JSON.stringify([...a].sort()) !== JSON.stringify([...b].sort())) problems.push(`${label}: ${JSON.stringify(a)} is not ${JSON.stringify(b)}`);
	};
	const documents = DocumentsExportSchema.safeParse(read('documents.json'));
	const periods = PeriodsExportSchema.safeParse(read('periods.json'));
	const glossary = GlossaryExportSchema.safeParse(read('glossary.json'));
	if (!documents.success) problems.push(`documents.json: ${documents.error.message}`);
	else same('documents.json', documents.data.documents.map((record) => record.id), content.documents.map((document) => `${document.period}/${document.slug}`));
	if (!periods.success) problems.push(`periods.json: ${periods.error.message}`);
	else same('periods.json', periods.data.periods.map((record) => record.id), content.periods.map((period) => period.data.id));
	if (!glossary.success) problems.push(`glossary.json: ${glossary.error.message}`);
	else same('glossary.json', glossary.data.glossary.map((record) => record.id), content.glossary.map((entry) => entry.id));
	return problems;
}

/**
 * The glossary page's "Bruges i" under each term lists every document whose page marks the term (a
 * link to the term's entry), all of them while the list is not cut short, and counts the rest.
 */
export function glossaryUsageProblems(siteDir: string, content: CheckedContent): string[] {
	const problems: string[] = [];
	if (content.glossary.length === 0) return problems;
	const marking = new Map<string, string[]>();
	for (const document of content.documents) {
		const path = documentUrl(document.period, document.slug);
		const $ = readPage(siteDir, path);
		const ids = new Set($('.document__text a.glossary-term').map((_, link) => new URL(link.attribs.href!, 'https://site.invalid').hash.slice(1)).get());
		for (const id of ids) {
			if (!marking.has(id)) marking.set(id, []);
			marking.get(id)!.push(path);
		}
	}
	const $ = readPage(siteDir, '/ordliste/');
	for (const entry of content.glossary) {
		const usage = $(`dt[id="${entry.id}"] + dd .glossary__more`).filter((_, p) => $(p).text().startsWith('Bruges i:'));
		const listed = usage.find('a[href^="/"]:not([href^="/soeg/"])').map((_, link) => link.attribs.href).get();
		const more = Number(/og (\d+) andr/.exec(usage.text())?.[1] ?? 0);
		const marked = marking.get(entry.id) ?? [];
		const missing = more === 0 ? marked.filter((path) => !listed.includes(path)) : [];
		if (missing.length) problems.push(`/ordliste/#${entry.id}: does not list ${missing.join(', ')}, which mark the term`);
		if (listed.length + more < marked.length) problems.push(`/ordliste/#${entry.id}: counts ${listed.length + more} documents, ${marked.length} mark the term`);
	}
	return problems;
}

/** No page runs inline code or loads anything from another site (the privacy and CSP promises). */
export function privacyProblems(siteDir: string, siteUrl: string): string[] {
	const problems: string[] = [];
	const own = (address: string) => (address.startsWith('/') && !address.startsWith('//')) || address.startsWith(`${siteUrl}/`);
	for (const path of allPages(siteDir)) {
		const $ = readPage(siteDir, path);
		if ($('script:not([src])').length) problems.push(`${path}: inline script`);
		if ($('style').length || $('[style]').length) problems.push(`${path}: inline style`);
		const fetched = $('script[src], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], img[src], source[src], iframe, object, embed')
			.toArray()
			.map((element) => element.attribs.src ?? element.attribs.href ?? element.tagName);
		for (const address of fetched.filter((candidate) => !own(candidate))) problems.push(`${path}: loads ${address}`);
		if ($('meta[http-equiv="Content-Security-Policy"]').length !== 1) problems.push(`${path}: no Content-Security-Policy`);
	}
	return problems;
}

const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');

/** True when Java can run the Nu Html Checker; in CI its absence is an error, not a skip. */
export function javaAvailable(): boolean {
	if (spawnSync('java', ['-version']).status === 0) return true;
	if (process.env.CI === 'true') throw new Error('Java is missing: CI must run the Nu Html Checker (.ci/run installs default-jre-headless).');
	console.warn('\n\n*** HTML VALIDATION SKIPPED: no Java. Install it with "apt-get install -y default-jre-headless". ***\n\n');
	return false;
}

/** Errors the W3C Nu Html Checker finds on the site's pages, in one run of the checker. */
export async function htmlValidityProblems(siteDir: string): Promise<string[]> {
	const files = allPages(siteDir).map((path) => pageFile(siteDir, path));
	const output = await new Promise<string>((resolve, reject) => {
		execFile('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
			if (!stderr.trimStart().startsWith('{')) reject(error ?? new Error(`vnu gave no report: ${stderr}`));
			else resolve(stderr);
		});
	});
	return (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string }[] }).messages.map(
		(message) => `${decodeURIComponent(new URL(message.url).pathname).slice(siteDir.length)} line ${message.lastLine}: ${message.message}`,
	);
}

/**
 * axe-core's violations on every page, in the light and the dark colour scheme, in the run's Chromium.
 * Each page is loaded once and checked in both schemes, switched as a reader's system setting does;
 * pages are checked as many at a time as there are cores (Chromium renders each in a process of its
 * own), and the problems listed in the pages' order.
 */
export async function axeProblems(siteDir: string): Promise<string[]> {
	const server = await serveSite(siteDir);
	const browser = await connectBrowser();
	// One page per lane, loading its pages one after another (reusedPages wipes what each left and
	// sets the light scheme back): a context per page cost Chromium about a second of CPU a page more.
	const lanes = reusedPages(browser, { colorScheme: 'light' });
	try {
		const checked = runLimited(readerPages(siteDir), (path) =>
			lanes.use(async (page) => {
				await page.goto(`${server.url}${path}`);
				const problems: string[] = [];
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					for (const violation of await axeViolations(page)) problems.push(`${path} (${colorScheme}): ${violation}`);
				}
				return problems;
			}),
		);
		return (await Promise.all(checked.values())).flat();
	} finally {
		await lanes.close();
		await browser.close();
		await server.close();
	}
}
