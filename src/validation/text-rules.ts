// The rules that read what the content says, after every file has passed its schema: the bodies'
// headings, markup, images and links, and the spelling, OCR and web-page leftovers of all text
// readers see. One module per rule family lives in ./rules/.
import { THEMES_INDEX_URL, themeUrl } from '../lib/routes.ts';
import { documentUrl, periodUrl } from '../lib/routes.ts';
import type { CheckedDocument, CheckedGlossaryEntry, CheckedPeriod, CheckedTheme } from './checked-content.ts';
import type { ParsedBody } from './markdown.ts';
import type { Problem } from './problems.ts';
import { bodySegments, frontmatterSegments, type TextSegment } from './published-text.ts';
import { checkRedirects, type CheckedRedirect } from './redirects.ts';
import { checkAnchors } from './rules/anchors.ts';
import { checkCruft } from './rules/cruft.ts';
import { checkHeadings, headingAnchors } from './rules/headings.ts';
import { checkImages } from './rules/images.ts';
import { checkLinks, type LinkOrigin } from './rules/links.ts';
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
}

/** The texts of the `kildefejl` notes, which name the errors kept from a source. */
function sourceErrorNotes(notes: readonly { kind: string; text: string }[]): string[] {
	return notes.filter((note) => note.kind === 'kildefejl').map((note) => note.text);
}

/** Runs every text rule, adding its problems to `problems`; returns the site's addresses as the rules saw them. */
/**
 * The heading anchors of each document page. When two files give the same address, the first keeps
 * it (the clash is reported on the second), so links to that page are checked against its headings.
 */
function anchorsByAddress(documents: readonly CheckedDocument[]): Map<string, readonly string[]> {
	const anchors = new Map<string, readonly string[]>();
	for (const document of documents) {
		const address = documentUrl(document.period, document.slug);
		if (!anchors.has(address)) anchors.set(address, headingAnchors(document.markdown.tree));
	}
	return anchors;
}

export function checkTexts(content: TextContent, problems: Problem[]): SitePages {
	const { periods, documents, glossary, themes, redirects, documentKeys, themeIds, speller } = content;
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
		anchorsByAddress(documents),
		new Map(redirects.map((redirect) => [redirect.data.from, redirect.data.to])),
	);
	problems.push(...checkRedirects(redirects, site));

	const segments: TextSegment[] = [];
	const checkBody = (file: string, markdown: ParsedBody, origin: LinkOrigin) => {
		problems.push(...checkHeadings(file, markdown), ...checkAnchors(file, markdown), ...checkMarkup(file, markdown), ...checkImages(file, markdown), ...checkLinks(file, markdown, origin, site));
	};
	for (const document of documents) {
		checkBody(document.file, document.markdown, { address: documentUrl(document.period, document.slug), folder: periodUrl(document.period) });
		const notes = sourceErrorNotes(document.data.notes);
		segments.push(
			...frontmatterSegments(document.file, document.data, document.yaml, document.yamlLineOffset, notes),
			...bodySegments(document.file, document.markdown, notes),
		);
	}
	for (const entry of glossary) {
		// Glossary entries have no page of their own yet: their links must start at the site's root.
		checkBody(entry.file, entry.markdown, { address: undefined, folder: '/' });
		segments.push(...frontmatterSegments(entry.file, entry.data, entry.yaml, entry.yamlLineOffset, []), ...bodySegments(entry.file, entry.markdown, []));
	}
	// A theme's description is editors' text on its own page: held to the same rules as documents.
	for (const theme of themes) {
		checkBody(theme.file, theme.markdown, { address: themeUrl(theme.id), folder: THEMES_INDEX_URL });
		segments.push(...frontmatterSegments(theme.file, theme.data, theme.yaml, theme.yamlLineOffset, []), ...bodySegments(theme.file, theme.markdown, []));
	}
	for (const period of periods) {
		segments.push(...frontmatterSegments(period.file, period.data, period.yaml, 0, sourceErrorNotes(period.data.notes)));
	}
	problems.push(...checkCruft(segments), ...checkOcrArtefacts(segments), ...checkSpelling(segments, speller));
	return site;
}
