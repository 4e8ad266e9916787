// Periods: each has its page listing its documents; status and versioning wording stay true. Run on
// the real site and on the fixture site, whose periods are ended, in force and planned on the build day.
import { describe, expect, inject, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { periodStatus, sortPeriodsNewestFirst } from '../../src/lib/periods.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { isAdminUrl } from '../../src/lib/routes.ts';
import { allPages, fixtureContent, linkResolves, publishedContent, readPage } from '../helpers/site.ts';

describe.each([
	['real content', inject('siteDir'), publishedContent()],
	['fixture', inject('fixtureSiteDir'), fixtureContent()],
] as const)('%s', (site, siteDir, { documents, periods }) => {
	const newestFirst = sortPeriodsNewestFirst(periods.map((period) => period.data));
	const newest = newestFirst[0]!;

	describe('period pages', () => {
		test.each(periods.map((period) => [period.data.id, period.data] as const))('%s links every one of its documents', (id, period) => {
			const $ = readPage(siteDir, periodUrl(id));
			expect($('h1').text()).toBe(period.title);
			const links = new Set($('main a').map((_, link) => $(link).attr('href')).get());
			const own = documents.filter((document) => document.period === id);
			for (const document of own) expect(links).toContain(documentUrl(id, document.slug));
			for (const area of period.focusAreas) expect($('.focus-areas').text()).toContain(area.title);
			if (period.vision) expect($('#vision').parent().text()).toContain(period.vision.text);
			if (period.approval) expect($('#godkendelse').parent().text()).toContain(formatDanishDate(period.approval.date)!);
		});

		test('the home page lists every period, newest first', () => {
			const $ = readPage(siteDir, '/');
			const listed = $('.period-list a').map((_, link) => $(link).attr('href')).get();
			expect(listed).toEqual(newestFirst.map((period) => periodUrl(period.id)));
		});
	});

	describe('status on the build date', () => {
		test('an agreement whose years have passed is shown as ended, never as running', () => {
			for (const period of periods) {
				const status = periodStatus(period.data, TEST_BUILD_DATE);
				const $ = readPage(siteDir, periodUrl(period.data.id));
				const label = $('main .status').first().text();
				if (status === 'afsluttet') {
					expect(label).toContain(`Afsluttet aftaleperiode (til og med ${period.data.lastYear} ifølge periodens navn)`);
				}
				expect(label).not.toMatch(status === 'afsluttet' ? /Løbende|gældende/i : /Afsluttet/);
			}
		});

		test('the home page does not call the newest period in the archive the one in force once it has ended', () => {
			const text = readPage(siteDir, '/').text();
			expect(text).toContain(`Nyeste periode i arkivet: ${newest.title}`);
			expect(text).not.toMatch(/gældende aftale/i);
			if (periodStatus(newest, TEST_BUILD_DATE) === 'afsluttet') {
				expect(text).toContain('Ingen af arkivets aftaler gælder i dag.');
			}
		});
	});

	describe('versioning', () => {
		const older = periods.filter((period) => period.data.id !== newest.id).map((period) => period.data.id);

		test('every page of an older period says a newer agreement exists and links to it', () => {
			// Content may hold a single period; the fixture has older ones, so there the check checks something.
		if (site === 'fixture') expect(older.length).toBeGreaterThan(0);
			for (const path of allPages(siteDir)) {
				const $ = readPage(siteDir, path);
				const notice = $('aside.older-notice');
				const isOlder = older.some((id) => path.startsWith(`/${id}/`));
				expect(notice.length, path).toBe(isOlder ? 1 : 0);
				if (isOlder) {
					expect(notice.attr('role')).toBe('note');
					expect(notice.find('a').attr('href')!.startsWith(`/${newest.id}/`)).toBe(true);
				}
			}
		});

		test('the period switcher on every page lists every period and never leads to a missing page', () => {
			// The CMS's page (/admin/) has no site chrome: the CMS draws its own interface.
			for (const path of allPages(siteDir).filter((page) => !isAdminUrl(page))) {
				const $ = readPage(siteDir, path);
				const links = $('nav.period-switcher a');
				expect(links.length, path).toBe(periods.length);
				links.each((_, link) => {
					expect(linkResolves(siteDir, $(link).attr('href')!), `${path} -> ${$(link).attr('href')}`).toBe(true);
				});
			}
		});

		test('on a document page the switcher marks the current period', () => {
			const document = documents[0]!;
			const $ = readPage(siteDir, documentUrl(document.period, document.slug));
			expect($('nav.period-switcher a[aria-current="true"]').text()).toBe(document.period);
		});
	});
});
