// The tools around every document page: heading anchors, breadcrumbs, previous/next, last change,
// edit link and print button, as built.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { ROOT, TEST_EDIT_URL } from '../helpers/build-site.ts';
import { allPages, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const { documents, periods } = publishedContent();
const pageOf = (document: (typeof documents)[number]) => readPage(siteDir, documentUrl(document.period, document.slug));

const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/**
 * What "Sidst opdateret" must say, asked of git file by file with the plain command: the last
 * commit's date, unless the file has uncommitted changes or that commit is where a shallow clone
 * cuts the history off (then the date would not be the file's).
 */
function expectedLastUpdated(file: string): string | undefined {
	if (git(['status', '--porcelain', '--', file]) !== '') return undefined;
	const [hash, date] = git(['log', '-1', '--format=%H %cI', '--', file]).split(' ');
	if (!hash) return undefined;
	const shallowFile = git(['rev-parse', '--path-format=absolute', '--git-path', 'shallow']);
	if (existsSync(shallowFile) && readFileSync(shallowFile, 'utf8').split('\n').includes(hash)) return undefined;
	return date;
}

describe.each(documents.map((document) => [document.file, document] as const))('%s', (file, document) => {
	const $ = pageOf(document);
	const period = periods.find((candidate) => candidate.data.id === document.period)!.data;

	test('has a Danish-named link to itself beside every heading of its text', () => {
		// A document may have no headings at all; the fixture's documents all have some.
		const headings = $('.document__text').find('h2, h3, h4, h5, h6');
		headings.each((_, heading) => {
			const id = $(heading).attr('id')!;
			const anchor = $(heading).parent('.heading-wrapper').children('a.heading-anchor');
			expect(anchor.attr('href'), id).toBe(`#${id}`);
			expect(anchor.text()).toBe(`#Link til afsnittet »${$(heading).text()}«`);
			// The link is not inside the heading, so the heading keeps its own accessible name.
			expect($(heading).find('a').length).toBe(0);
		});
	});

	test('has breadcrumbs from the home page through its period to itself', () => {
		const nav = $('nav.breadcrumbs[aria-label="Brødkrummesti"]');
		expect(nav.length).toBe(1);
		const links = nav.find('ol > li > a');
		expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(['/', periodUrl(document.period), documentUrl(document.period, document.slug)]);
		// The period is named by its id, so it never shares a name with a document titled like the period.
		expect(links.map((_, a) => $(a).text().trim()).get()).toEqual(['Forside', `Aftaleperioden ${period.id}`, document.data.title]);
		expect(nav.find('[aria-current]').length).toBe(1);
		expect(links.last().attr('aria-current')).toBe('page');
	});

	test('says when its file was last changed, or that it is not recorded, never a guess', () => {
		const provenance = $('.page-provenance');
		const expected = expectedLastUpdated(file);
		if (expected) {
			expect(provenance.find('time').attr('datetime')).toBe(expected);
			expect(provenance.text()).toContain(`Sidst opdateret: ${formatDanishDate(expected.slice(0, 10))}`);
		} else {
			expect(provenance.find('time').length).toBe(0);
			expect(provenance.text()).toContain('Sidst opdateret: ikke registreret');
		}
	});

	test('links its source file in the repository, at the configured address', () => {
		const edit = $('.page-provenance__edit a');
		expect(edit.attr('href')).toBe(`${TEST_EDIT_URL}${file}`);
		// The repository is another site, so the link is marked as leading away from this one.
		expect(edit.text()).toBe('Ret dokumentets kildefil (ekstern side)');
		expect(edit.attr('rel')).toBe('noopener noreferrer');
	});

	test('has a print button, wired by a bundled module script', () => {
		const button = $('button[data-print-button]');
		expect(button.length).toBe(1);
		expect(button.attr('type')).toBe('button');
		expect(button.text()).toBe('Udskriv');
		expect($('script[type="module"][src^="/_astro/"]').length).toBeGreaterThan(0);
	});
});

describe.each(periods.map((period) => [period.data.id] as const))('previous and next in %s', (id) => {
	// The order a reader meets on the period page's list of documents.
	const periodPage = readPage(siteDir, periodUrl(id));
	const listed = periodPage('.document-list a').map((_, a) => periodPage(a).attr('href')).get();

	test('lead through every document of the period in the order of its page, and back', () => {
		expect(listed.length).toBe(documents.filter((document) => document.period === id).length);
		listed.forEach((path, index) => {
			const $ = readPage(siteDir, path);
			const nav = $('nav.pagination[aria-label="Andre dokumenter i perioden"]');
			expect(nav.find('a[rel="prev"]').attr('href'), path).toBe(listed[index - 1]);
			expect(nav.find('a[rel="next"]').attr('href'), path).toBe(listed[index + 1]);
			if (index > 0) expect(nav.find('a[rel="prev"]').text()).toContain('Forrige dokument');
			if (index < listed.length - 1) expect(nav.find('a[rel="next"]').text()).toContain('Næste dokument');
		});
	});
});

describe('every page', () => {
	test.each(allPages(siteDir))('%s has no inline script or style, so a strict Content-Security-Policy can hold', (path) => {
		const $ = readPage(siteDir, path);
		$('script').each((_, script) => expect($(script).attr('src'), $.html(script).slice(0, 80)).toBeTruthy());
		expect($('style').length).toBe(0);
		expect($('[style]').length).toBe(0);
		expect($('[onclick], [onload]').length).toBe(0);
	});
});
