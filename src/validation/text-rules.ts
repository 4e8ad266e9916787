// The rules that read what the content says, after every file has passed its schema: the bodies'
// headings, markup, images and links, and the spelling, OCR and web-page leftovers of all text
// readers see. One module per rule family lives in ./rules/.
import { THEMES_INDEX_URL, themeUrl } from '../lib/routes.ts';
import { documentUrl, periodUrl } from '../lib/routes.ts';
import type { CheckedDocument, CheckedGlossaryEntry, CheckedMarkdownFile, CheckedPeriod, CheckedTheme } from './checked-content.ts';
import type { Problem } from './problems.ts';
import { bodySegments, frontmatterSegments } from './published-text.ts';
import { checkRedirects, type CheckedRedirect } from './redirects.ts';
import { checkAnchors } from './rules/anchors.ts';
import { checkCruft } from './rules/cruft.ts';
import { checkHeadings, headingAnchors } from './rules/headings.ts';
import { checkImages } from './rules/images.ts';
import { checkLinkTargets, linkTargets, type LinkOrigin, type LinkTarget } from './rules/links.ts';
import { checkMarkup } from './rules/markup.ts';
import { checkOcrArtefacts } from './rules/ocr.ts';
import { checkSpelling, type Speller } from './rules/spelling.ts';
import { sitePages, type SitePages } from './site-pages.ts';

/** The checked content the text rules read. */
export interface TextContent {
	periods: readonly CheckedPeriod[];
	documents: readonly CheckedDocument[];
	/** The id of every theme file, valid or not, for the theme pages' addresses. */
	themeIds: ReadonlySet<string>;
	glossary: readonly CheckedGlossaryEntry[];
	themes: readonly CheckedTheme[];
	redirects: readonly CheckedRedirect[];
	/** '<period>/<slug>' of every document file, valid or not. */
	documentKeys: ReadonlySet<string>;
	/** The spelling dictionaries; by default the project's. */
	speller?: Speller;
	/** Each Markdown file's own text results (fileTexts), found with the same speller, from the check or its cache (./check-cache.ts). */
	fileTexts: (file: CheckedMarkdownFile<unknown>) => FileTexts;
}

/**
 * What the text rules find in one Markdown file on its own: everything but whether its links lead
 * somewhere, which depends on the other files. The content check keeps it with the file, so a
 * re-check reads only the files that changed.
 */
export interface FileTexts {
	/** Problems of the headings, anchors, markup and images, in that order. */
	body: Problem[];
	/** The link targets, judged against the site's addresses on every check. */
	links: LinkTarget[];
	/** The anchors the site gives the body's headings, in order. */
	anchors: string[];
	cruft: Problem[];
	ocr: Problem[];
	spelling: Problem[];
}

/** The texts of the `kildefejl` notes, which name the errors kept from a source. */
function sourceErrorNotes(notes: readonly { kind: string; text: string }[]): string[] {
	return notes.filter((note) => note.kind === 'kildefejl').map((note) => note.text);
}

/** The text rules' findings in one file that depend on nothing but the file and the speller. */
export function fileTexts(file: CheckedMarkdownFile<unknown>, speller?: Speller): FileTexts {
	// A document may keep an error of its source when a kildefejl note names it; other files have no notes.
	const notes = 'period' in file ? sourceErrorNotes((file as CheckedDocument).data.notes) : [];
	const segments = [...frontmatterSegments(file.file, file.data, file.yaml, file.yamlLineOffset, notes), ...bodySegments(file.file, file.markdown, notes)];
	return {
		body: [...checkHeadings(file.file, file.markdown), ...checkAnchors(file.file, file.markdown), ...checkMarkup(file.file, file.markdown), ...checkImages(file.file, file.markdown)],
		links: linkTargets(file.markdown),
		anchors: headingAnchors(file.markdown.tree),
		cruft: checkCruft(segments),
		ocr: checkOcrArtefacts(segments),
		spelling: checkSpelling(segments, speller),
	};
}

/**
 * The heading anchors of each document page. When two files give the same address, the first keeps
 * it (the clash is reported on the second), so links to that page are checked against its headings.
 */
function anchorsByAddress(documents: readonly CheckedDocument[], texts: (file: CheckedMarkdownFile<unknown>) => FileTexts): Map<string, readonly string[]> {
	const anchors = new Map<string, readonly string[]>();
	for (const document of documents) {
		const address = documentUrl(document.period, document.slug);
		if (!anchors.has(address)) anchors.set(address, texts(document).anchors);
	}
	return anchors;
}

/** Runs every text rule, adding its problems to `problems`; returns the site's addresses as the rules saw them. */
export function checkTexts(content: TextContent, problems: Problem[]): SitePages {
	const { periods, documents, glossary, themes, redirects, documentKeys, themeIds, speller, fileTexts: texts } = content;
	// A document made from a source text also publishes that text on a page of its own.
	const sourceFiles = new Map(documents.map((document) => [`${document.period}/${document.slug}`, document.data.source.file]));
	const site = sitePages(
		// Every document file has its address, even one whose metadata is wrong: that file's own problem is
		// reported once, not again by every link and redirect that leads to it.
		{
			periods: periods.map((period) => period.data.id),
			documents: [...documentKeys].map((key) => ({ period: key.split('/')[0]!, slug: key.split('/')[1]!, sourceFile: sourceFiles.get(key) })),
			themes: [...themeIds],
		},
		anchorsByAddress(documents, texts),
		new Map(redirects.map((redirect) => [redirect.data.from, redirect.data.to])),
	);
	problems.push(...checkRedirects(redirects, site));

	const cruft: Problem[] = [];
	const ocr: Problem[] = [];
	const spelling: Problem[] = [];
	const checkFile = (file: CheckedMarkdownFile<unknown>, origin: LinkOrigin) => {
		const found = texts(file);
		problems.push(...found.body, ...checkLinkTargets(file.file, found.links, origin, site));
		cruft.push(...found.cruft);
		ocr.push(...found.ocr);
		spelling.push(...found.spelling);
	};
	for (const document of documents) checkFile(document, { address: documentUrl(document.period, document.slug), folder: periodUrl(document.period) });
	// Glossary entries have no page of their own yet: their links must start at the site's root.
	for (const entry of glossary) checkFile(entry, { address: undefined, folder: '/' });
	// A theme's description is editors' text on its own page: held to the same rules as documents.
	for (const theme of themes) checkFile(theme, { address: themeUrl(theme.id), folder: THEMES_INDEX_URL });
	const periodSegments = periods.flatMap((period) => frontmatterSegments(period.file, period.data, period.yaml, 0, sourceErrorNotes(period.data.notes)));
	problems.push(...cruft, ...checkCruft(periodSegments), ...ocr, ...checkOcrArtefacts(periodSegments), ...spelling, ...checkSpelling(periodSegments, speller));
	return site;
}
