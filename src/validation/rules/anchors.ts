// Every anchor the body makes must be one a link can reach: a heading needs letters or digits for
// its id (an id="" is no anchor, and breaks the page's outline links), and a footnote's label
// becomes part of two ids, so it keeps to the characters an id and a URL share.
import type { FootnoteDefinition, FootnoteReference, Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { filePosition, type ParsedBody } from '../markdown.ts';
import type { Problem } from '../problems.ts';
import { headingAnchor } from './headings.ts';

const FOOTNOTE_LABEL = /^[A-Za-z0-9_-]+$/;

export function checkAnchors(file: string, body: ParsedBody): Problem[] {
	const problems: Problem[] = [];
	visit(body.tree, (node) => {
		if (node.type === 'heading' && headingAnchor(node as Heading) === '') {
			problems.push({ file, ...filePosition(body, node.position?.start), message: 'overskriften har hverken bogstaver eller tal, så den kan ikke få et anker: skriv overskriftens ord' });
		} else if ((node.type === 'footnoteReference' || node.type === 'footnoteDefinition') && !FOOTNOTE_LABEL.test((node as FootnoteReference | FootnoteDefinition).label ?? '')) {
			const label = (node as FootnoteReference | FootnoteDefinition).label ?? '';
			problems.push({ file, ...filePosition(body, node.position?.start), message: `fodnotens navn [^${label}] må kun bestå af a-z, 0-9, _ og bindestreg (ikke æ, ø, å eller mellemrum): skriv fx [^1]` });
		}
	});
	return problems;
}
