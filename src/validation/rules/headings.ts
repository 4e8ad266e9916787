// Headings give a page its outline: screen-reader users jump between them, and the table of
// contents and every heading anchor are made from them. So the title is the page's one h1, and the
// body's headings never skip a level.
import Slugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { filePosition, type ParsedBody } from '../markdown.ts';
import type { Problem } from '../problems.ts';

/** The message for a level-1 heading in a document's text. */
export const H1_IN_BODY = 'overskrift på niveau 1 (#) i teksten: titlen er sidens eneste h1, så teksten begynder med ## ';

const hashes = (depth: number) => '#'.repeat(depth);

/**
 * A level-1 heading (ATX `#` or setext `===`), and a heading that skips a level: the title is
 * level 1, so the text starts at `##`, and each heading is at most one level below the one before.
 */
export function checkHeadings(file: string, body: ParsedBody): Problem[] {
	const problems: Problem[] = [];
	// The page title, outside the body, is the h1 the first body heading follows.
	let previous = 1;
	visit(body.tree, 'heading', (heading: Heading) => {
		const { line } = filePosition(body, heading.position?.start);
		if (heading.depth === 1) {
			problems.push({ file, line, message: H1_IN_BODY });
		} else if (heading.depth > previous + 1) {
			problems.push({
				file,
				line,
				message: `overskriften springer et niveau over: efter ${hashes(previous)} kommer ${hashes(heading.depth)}; brug ${hashes(previous + 1)} her`,
			});
		}
		previous = heading.depth;
	});
	return problems;
}

/**
 * The anchors (`id`s) the site gives the body's headings, in order. Astro's rehypeHeadingIds
 * (@astrojs/markdown-remark) slugs each heading's text with one github-slugger per page: the text of
 * its text and code descendants, not image alt text or raw HTML tags; a repeated heading gets -1, -2.
 */
export function headingAnchors(tree: Root): string[] {
	const slugger = new Slugger();
	const anchors: string[] = [];
	visit(tree, 'heading', (heading: Heading) => {
		anchors.push(slugger.slug(headingText(heading)));
	});
	return anchors;
}

/** The text a heading's anchor is made from. */
function headingText(heading: Heading): string {
	return toString(heading, { includeImageAlt: false, includeHtml: false });
}

/** The anchor one heading gets on a page where no other heading has the same text. */
export function headingAnchor(heading: Heading): string {
	return new Slugger().slug(headingText(heading));
}
