// A link inside the site that leads nowhere is a dead end for a reader and, once published, hard to
// notice. Links are checked against the addresses the build will publish (./site-pages.ts) and the
// anchors Astro gives the headings, before anything is built.
import type { Definition, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { slugFromPath } from '../../lib/slugs.ts';
import { filePosition, type ParsedBody } from '../markdown.ts';
import type { Problem } from '../problems.ts';
import type { SitePages } from '../site-pages.ts';
import { urlScheme } from './markup.ts';

const SITE = 'https://site.invalid';
const MAX_LISTED = 8;

const listAnchors = (anchors: readonly string[]) =>
	anchors.length === 0
		? 'siden har ingen overskrifter med anker'
		: `overskrifterne der: ${anchors.slice(0, MAX_LISTED).map((anchor) => `#${anchor}`).join(', ')}${anchors.length > MAX_LISTED ? ', ...' : ''}`;

/** Where a content file's page lives, for relative links: '/2021-2022/godkendelse/'. */
export interface LinkOrigin {
	/** The page's own address, or undefined when the file has no page of its own. */
	address: string | undefined;
	/** The address of the folder the file lies in ('/2021-2022/'), for links to .md files. */
	folder: string;
}

/** What is wrong with one link target, or undefined when it leads to a page (and anchor) that exists. */
export function linkProblem(url: string, origin: LinkOrigin, site: SitePages): string | undefined {
	const target = url.trim();
	// Links to other sites and mailto: are not checked here; ./markup.ts refuses unsafe schemes.
	if (target === '' || target.startsWith('//') || urlScheme(target) !== undefined) return undefined;
	if (!target.startsWith('/') && origin.address === undefined && !target.startsWith('#')) {
		return `linket "${target}" er relativt, men filen har ingen side at regne fra: skriv adressen fra roden, fx /2021-2022/`;
	}
	const resolved = new URL(target, `${SITE}${origin.address ?? '/'}`);
	let path: string;
	let anchor: string;
	try {
		path = decodeURI(resolved.pathname);
		anchor = decodeURIComponent(resolved.hash.slice(1));
	} catch {
		return `linket "${target}" er ikke en gyldig adresse (forkert %-kodning)`;
	}

	if (/\.mdx?$/i.test(path)) {
		const fromFolder = decodeURI(new URL(target.replace(/[?#].*$/, ''), `${SITE}${origin.folder}`).pathname);
		const folder = fromFolder.slice(0, fromFolder.lastIndexOf('/') + 1);
		return `linket "${target}" peger på en fil, ikke en side: brug sidens adresse ${folder}${slugFromPath(fromFolder)}/`;
	}
	if (site.files.has(path)) return undefined;
	if (!site.pages.has(path)) {
		if (site.pages.has(`${path}/`)) return `linket "${target}" mangler / til sidst: skriv ${path}/`;
		const moved = site.redirects.get(path);
		if (moved) return `adressen ${path} er flyttet til ${moved}: link direkte til ${moved}`;
		return `linket "${target}" peger ikke på en side på sitet (et dokuments adresse er /periode/filnavn/, fx /2021-2022/godkendelse-regionsraadet/)`;
	}
	if (anchor === '') return undefined;
	const anchors = site.anchors.get(path);
	// Anchors on pages made by the site's own templates (the home page, a period page) are checked in the
	// built site; only the anchors that content headings make are known before the build.
	if (anchors === undefined || anchors.includes(anchor)) return undefined;
	return `ankeret #${anchor} findes ikke på ${path} (${listAnchors(anchors)})`;
}

/** A link, image or link definition's target, with where it stands in its file. */
export interface LinkTarget {
	url: string;
	line: number;
	column?: number;
}

/**
 * Every link, image and link definition target in a body. Depends on the body alone, so the check
 * can keep it per file and judge it against each new set of site addresses.
 */
export function linkTargets(body: ParsedBody): LinkTarget[] {
	const targets: LinkTarget[] = [];
	visit(body.tree, (node) => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
		const { url, position } = node as Link | Image | Definition;
		targets.push({ url, ...filePosition(body, position?.start) });
	});
	return targets;
}

/** Every one of a file's link targets that is on the site but does not exist. */
export function checkLinkTargets(file: string, targets: readonly LinkTarget[], origin: LinkOrigin, site: SitePages): Problem[] {
	const problems: Problem[] = [];
	for (const { url, line, column } of targets) {
		const problem = linkProblem(url, origin, site);
		if (problem) problems.push({ file, line, ...(column === undefined ? {} : { column }), message: problem });
	}
	return problems;
}

