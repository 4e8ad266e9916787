// What screen readers rely on, in the built HTML of every page, and the accessibility statement.
import { describe, expect, inject, test } from 'vitest';
import { AUTOMATED_CHECKS, NOT_TESTED_MANUALLY } from '../../src/lib/accessibility-checks.ts';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { isAdminUrl } from '../../src/lib/routes.ts';
import { allPages, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
// The CMS's page (/admin/) has none of the site's landmarks, navigation or footer: the CMS draws its
// own interface over the whole page, and its accessibility is the CMS's (CONTRIBUTING.md says which).
const pages = allPages(siteDir).filter((path) => !isAdminUrl(path));
const STATEMENT = '/tilgaengelighed/';

describe('structure for screen readers on every page', () => {
	test.each(pages)('%s has the landmarks, a labelled period navigation and a labelled search', (path) => {
		const $ = readPage(siteDir, path);
		expect($('body > header')).toHaveLength(1); // banner
		expect($('main')).toHaveLength(1);
		expect($('body > footer')).toHaveLength(1); // contentinfo
		expect($('nav.period-switcher').attr('aria-label')).toBe('Aftaleperioder');
		// Every form control has a label a screen reader announces.
		$('input:not([type="hidden"]), select, textarea').each((_, control) => {
			const id = control.attribs.id;
			expect(id && $(`label[for="${id}"]`).length === 1, `${path}: ${$.html(control)}`).toBe(true);
		});
		// Landmarks of the same kind can be told apart.
		const searches = $('[role="search"]');
		if (searches.length > 1) {
			const names = searches.map((_, form) => form.attribs['aria-label'] ?? '').get();
			expect(new Set(names).size, path).toBe(names.length);
		}
	});

	test.each(pages)('%s links the accessibility statement from its footer', (path) => {
		const $ = readPage(siteDir, path);
		expect($('footer a[href="/tilgaengelighed/"]').text()).toBe('Tilgængelighedserklæring');
	});
});

describe('the accessibility statement', () => {
	const $ = readPage(siteDir, STATEMENT);
	const text = $('main').text().replace(/\s+/g, ' ');

	test('has the sections of Digitaliseringsstyrelsen’s template, in its order', () => {
		expect($('h1').text()).toBe('Tilgængelighedserklæring');
		expect($('main h2').map((_, heading) => $(heading).text()).get()).toEqual([
			'Overholdelsesstatus',
			'Ikke-tilgængeligt indhold',
			'Udarbejdelse af erklæringen',
			'Feedback og kontaktoplysninger',
			'Håndhævelsesprocedure',
		]);
	});

	test('names every automated check and what it covers, and what was not tested manually', () => {
		for (const check of AUTOMATED_CHECKS) {
			expect(text).toContain(check.name);
			expect(text).toContain(check.covers);
		}
		for (const item of NOT_TESTED_MANUALLY) expect(text).toContain(item);
	});

	test('gives the build date, labelled as such, and no other date', () => {
		expect(text).toContain(`${formatDanishDate(TEST_BUILD_DATE)} (byggedato)`);
	});

	test('without configured contact details, says so instead of making any up', () => {
		expect(text).toContain('Kontaktoplysninger til feedback om tilgængelighed er endnu ikke sat op');
		expect(text).toContain('er endnu ikke angivet i webstedets opsætning');
		expect($('main a[href^="mailto:"], main a[href^="tel:"]')).toHaveLength(0);
	});

	test('points to Digitaliseringsstyrelsen for complaints', () => {
		expect($('#haandhaevelse').parent().find('a[href^="https://digst.dk/"]')).toHaveLength(1);
	});
});
