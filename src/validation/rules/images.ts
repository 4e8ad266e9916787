// A picture without a text alternative says nothing to a screen-reader user; the Danish web
// accessibility law (WCAG 1.1.1) requires one for every image that carries content.
import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { filePosition, type ParsedBody } from '../markdown.ts';
import type { Problem } from '../problems.ts';

/** Every Markdown image (`![alt](src)` or `![alt][ref]`) needs alt text. */
export function checkImages(file: string, body: ParsedBody): Problem[] {
	const problems: Problem[] = [];
	visit(body.tree, (node) => {
		if (node.type !== 'image' && node.type !== 'imageReference') return;
		const image = node as Image | ImageReference;
		if (!image.alt?.trim()) {
			problems.push({
				file,
				...filePosition(body, image.position?.start),
				message: 'billedet mangler en alternativ tekst: beskriv billedet mellem klammerne i ![beskrivelse](adresse), så det kan læses op for dem, der ikke kan se det',
			});
		}
	});
	return problems;
}
