// The pages that read across periods: themes, comparisons, timelines and the glossary, checked in
// the built site against the content they are made from. They run on the fixture site
// (tests/fixtures/sites/behaviour), so what they name is fixture content made for them.
import { describe, expect, inject, test } from 'vitest';
import { oldestFirst, periodPairs, visionDiff } from '../../src/lib/compare.ts';
import { sortDanish } from '../../src/lib/danish-order.ts';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { sortPeriodsNewestFirst } from '../../src/lib/periods.ts';
import { compareUrl, glossaryEntryUrl, themeUrl, timelineUrl } from '../../src/lib/routes.ts';
import { stageDateText } from '../../src/lib/focus-area-tags.ts';
import { focusAreaStages, periodThemeIds } from '../../src/lib/themes.ts';
import { assembleTimeline } from '../../src/lib/timeline.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { fixtureContent, linkResolves, readPage } from '../helpers/site.ts';

const siteDir = inject('fixtureSiteDir');
const { documents, periods, themes, glossary } = fixtureContent();
const periodData = sortPeriodsNewestFirst(periods.map((period) => period.data));
const oldestToNewest = [...periodData].reverse();
const ref = (document: (typeof documents)[number]) => `${document.period}/${document.slug}`;
const text = ($: ReturnType<typeof readPage>, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();
/** Text as a reader sees it: without the words that are there for screen readers only. */
function visibleText($: ReturnType<typeof readPage>, selector: string): string {
	const copy = $(selector).clone();
	copy.find('.visually-hidden').remove();
	return copy.text();
}

describe('themes', () => {
	test('the theme index lists every theme, by title in Danish order', () => {
		const $ = readPage(siteDir, '/temaer/');
		const listed = $('.theme-list > li > a').map((_, link) => $(link).attr('href')).get();
		expect(listed).toEqual(sortDanish(themes, (theme) => theme.data.title).map((theme) => themeUrl(theme.id)));
	});

	test.each(themes.map((theme) => [theme.id, theme] as const))('%s has a page that follows it period by period', (id, theme) => {
		const $ = readPage(siteDir, themeUrl(id));
		expect($('h1').text()).toBe(theme.data.title);
		expect($('meta[name="description"]').attr('content')).toBe(theme.data.summary);
		// Every period, oldest first, with its own section.
		expect($('.theme-period h2 a').map((_, link) => $(link).attr('href')).get()).toEqual(oldestToNewest.map((period) => periodUrl(period.id)));
		for (const period of oldestToNewest) {
			const section = $(`#periode-${period.id}`).closest('section');
			const own = documents.filter((document) => document.period === period.id && document.data.themes.includes(id));
			const links = section.find('a').map((_, link) => $(link).attr('href')).get();
			for (const document of own) expect(links).toContain(documentUrl(document.period, document.slug));
			if (period.vision?.themes.includes(id)) expect(section.find('blockquote').text()).toContain(period.vision.text);
			for (const area of period.focusAreas.filter((candidate) => candidate.themes.includes(id))) {
				expect(section.text()).toContain(`Fokusområde ${area.number}: ${area.title}`);
			}
			const related = periodThemeIds(period, documents.map((document) => ({ period: document.period, themes: document.data.themes })));
			if (!related.includes(id)) expect(section.text()).toContain('Arkivet knytter ikke temaet til denne aftaleperiode.');
		}
		for (const entryId of theme.data.glossary) expect($(`main a[href="${glossaryEntryUrl(entryId)}"]`).length).toBeGreaterThan(0);
	});

	test('a focus-area theme shows how the focus area evolved: proposed, discussed, approved, each with its document', () => {
		const $ = readPage(siteDir, themeUrl('den-trygge-alderdom'));
		const steps = $('#periode-2025-2026').closest('section').find('.theme-stages > li');
		const stages = focusAreaStages(periodData.find((period) => period.id === '2025-2026')!);
		expect(steps.length).toBe(stages.length);
		expect(stages.length).toBe(3);
		steps.each((index, step) => {
			const stage = stages[index]!;
			expect($(step).find('time').attr('datetime')).toBe(stage.date);
			expect($(step).find('time').text()).toBe(stageDateText(stage));
			const source = documents.find((document) => ref(document) === stage.source)!;
			expect($(step).find(`a[href="${documentUrl(source.period, source.slug)}"]`).length).toBe(1);
		});
		expect(steps.first().text()).toContain('»Den trygge alderdom for borgere med handicap«');
		expect(steps.eq(1).text()).toContain('2. september 2024');
		expect(steps.last().text()).toContain('Fokusområde 1: »Den trygge alderdom«');
	});

	test('every document page links the themes it concerns', () => {
		for (const document of documents) {
			const $ = readPage(siteDir, documentUrl(document.period, document.slug));
			const links = $('.document-meta__themes a').map((_, link) => $(link).attr('href')).get();
			expect(links, document.file).toEqual(document.data.themes.map(themeUrl));
		}
	});
});

describe('period pages', () => {
	test.each(periodData.map((period) => [period.id, period] as const))('%s links its timeline, a comparison with every other period and its themes', (id, period) => {
		const $ = readPage(siteDir, periodUrl(id));
		const links = $('nav.period-links a').map((_, link) => $(link).attr('href')).get();
		expect(links).toContain(timelineUrl(id));
		for (const other of periodData.filter((candidate) => candidate.id !== id)) {
			expect(links).toContain(compareUrl(id, other.id));
			expect(text($, 'nav.period-links')).toContain(`Sammenlign med ${other.id}`);
		}
		const expected = periodThemeIds(period, documents.map((document) => ({ period: document.period, themes: document.data.themes }))).map(themeUrl);
		expect(links.filter((link) => link.startsWith('/temaer/'))).toEqual(expected);
	});
});

describe('comparisons', () => {
	const pairs = periodPairs(periodData);

	test('the index lists each pair of periods once, with both orders one click away', () => {
		const $ = readPage(siteDir, '/sammenlign/');
		const items = $('main .compare-pairs > li');
		expect(items.length).toBe((periodData.length * (periodData.length - 1)) / 2);
		const links = $('main a').map((_, link) => $(link).attr('href')).get();
		expect(pairs.length).toBe(periodData.length * (periodData.length - 1));
		// Every ordered pair is linked exactly once: a pair's item links both its orders.
		for (const [a, b] of pairs) expect(links.filter((href) => href === compareUrl(a.id, b.id)), `${a.id} ${b.id}`).toHaveLength(1);
		items.each((_, item) => {
			const hrefs = $(item).find('a').map((__, link) => $(link).attr('href')).get();
			const names = $(item).find('a').map((__, link) => $(link).text().replace(/\s+/g, ' ').trim()).get();
			expect(hrefs).toHaveLength(2);
			expect(new Set(names).size, 'two links, two names').toBe(2);
		});
	});

	test.each(pairs.map(([a, b]) => [a.id, b.id, a, b] as const))('/sammenlign/%s/%s/ shows both periods side by side', (aId, bId, a, b) => {
		const $ = readPage(siteDir, compareUrl(aId, bId));
		expect($('h1').text()).toBe(`Sammenlign ${aId} med ${bId}`);
		// Columns in the order of the address.
		expect($('#vision').closest('section').find('.compare-column h3').map((_, heading) => $(heading).text()).get()).toEqual([a.title, b.title]);
		for (const period of [a, b]) {
			if (period.vision) expect(text($, `#vision-${period.id} ~ figure blockquote, #vision-${period.id} + p + figure blockquote`)).toContain(period.vision.text);
			const column = $(`#fokus-${period.id}`).closest('section');
			for (const area of period.focusAreas) expect(column.text()).toContain(area.title);
			if (period.focusAreas.length === 0 && period.focusAreasNote) expect(column.text()).toContain(period.focusAreasNote);
		}
		expect($(`a[href="${compareUrl(bId, aId)}"]`).length).toBe(1);
	});

	// A period without a vision has no text to compare word by word.
	const withVisions = pairs.filter(([a, b]) => a.vision && b.vision);
	test('some pairs of periods both have a vision, so the word changes are checked', () => {
		expect(withVisions.length).toBeGreaterThan(0);
	});

	test.each(withVisions.map(([a, b]) => [a.id, b.id, a, b] as const))('/sammenlign/%s/%s/ diffs the visions only when both are the visions’ own wordings', (aId, bId, a, b) => {
		const [older, newer] = oldestFirst(a, b);
		const $ = readPage(siteDir, compareUrl(aId, bId));
		if (!visionDiff(older, newer)) {
			expect($('.word-diff').length).toBe(0);
			expect($('#ordforskelle').length).toBe(0);
			for (const period of [a, b].filter((candidate) => candidate.vision && candidate.vision.textKind !== 'vision')) {
				expect(text($, '#vision ~ p, #vision + div + p')).toContain(period.id);
			}
			return;
		}
		expect(text($, '#ordforskelle')).toBe(`Ordforskelle i visionsteksten fra ${older.id} til ${newer.id}`);
		const diff = $('.word-diff');
		expect(diff.find('del').length).toBeGreaterThan(0);
		expect(diff.find('ins').length).toBeGreaterThan(0);
		// Each mark says what it is in words, not only by its look.
		diff.find('del').each((_, mark) => expect($(mark).find('.visually-hidden').first().text()).toBe('[fjernet: '));
		diff.find('ins').each((_, mark) => expect($(mark).find('.visually-hidden').first().text()).toBe('[tilføjet: '));
		// Reading the shared and removed words gives the older text; shared and added, the newer.
		const before = diff.clone();
		before.find('ins, .visually-hidden').remove();
		const after = diff.clone();
		after.find('del, .visually-hidden').remove();
		expect(before.text().replace(/\s+/g, ' ').trim()).toBe(older.vision!.text);
		expect(after.text().replace(/\s+/g, ' ').trim()).toBe(newer.vision!.text);
	});
});

describe('timelines', () => {
	test.each(periodData.map((period) => [period.id, period] as const))('%s has a timeline of its milestones, approval and dated documents', (id, period) => {
		const $ = readPage(siteDir, timelineUrl(id));
		const own = documents.filter((document) => document.period === id);
		const timeline = assembleTimeline(
			period,
			own.map((document) => ({ ref: ref(document), title: document.data.title, kind: document.data.kind, date: document.data.date })),
		);
		const items = $('ol.timeline > li');
		expect(items.length).toBe(timeline.entries.length);
		items.each((index, item) => {
			const entry = timeline.entries[index]!;
			expect($(item).find('time').attr('datetime')).toBe(entry.date);
			expect($(item).find('time').text()).toBe(entry.dateText ?? formatDanishDate(entry.date));
			if (entry.source) {
				const document = own.find((candidate) => ref(candidate) === entry.source) ?? documents.find((candidate) => ref(candidate) === entry.source)!;
				expect($(item).find(`a[href="${documentUrl(document.period, document.slug)}"]`).length, entry.label).toBe(1);
			}
		});
		// Undated documents are listed apart, each linked.
		for (const document of own.filter((candidate) => candidate.data.date === 'ukendt')) {
			expect($('#udaterede').closest('section').find(`a[href="${documentUrl(document.period, document.slug)}"]`).length).toBe(1);
		}
		if (timeline.entries.length === 0) expect(text($, 'main')).toContain('Arkivets kilder daterer ingen frister, møder eller beslutninger');
	});

	test('the 2025-2026 timeline runs from the first meeting to the approval, with the autumn kept as the source words it', () => {
		const $ = readPage(siteDir, timelineUrl('2025-2026'));
		const dates = $('ol.timeline time').map((_, time) => $(time).text()).get();
		expect(dates).toEqual(['11. juni 2024', '2. september 2024', 'efteråret 2024', '26. november 2024', 'december 2024']);
		expect($('ol.timeline time').eq(2).attr('datetime')).toBe('2024');
		expect(text($, 'ol.timeline > li:nth-child(4)')).toContain('Aftalen godkendes af Det fiktive regionsråd');
	});

	test('the timeline shows how the focus areas evolved, as a table whose cells name each stage’s focus areas', () => {
		const $ = readPage(siteDir, timelineUrl('2025-2026'));
		const table = $('table.focus-stages');
		expect(table.find('thead th').length).toBe(1 + 3);
		const stages = focusAreaStages(periodData.find((period) => period.id === '2025-2026')!);
		expect(table.find('thead time').map((_, time) => $(time).attr('datetime')).get()).toEqual(['2024', '2024-09-02', '2024-11-26']);
		expect(table.find('thead time').map((_, time) => $(time).text()).get()).toEqual(stages.map((stage) => stageDateText(stage)));
		expect(text($, 'table.focus-stages')).toContain('Hvordan bliver tilbuddene bedre og billigere?');
		expect(table.closest('[role="region"]').attr('tabindex')).toBe('0');
	});

	test('the period switcher on a timeline leads to the other period’s timeline', () => {
		for (const period of periodData) {
			const $ = readPage(siteDir, timelineUrl(period.id));
			const links = $('nav.period-switcher a').map((_, link) => $(link).attr('href')).get();
			expect(links).toEqual(periodData.map((candidate) => timelineUrl(candidate.id)));
			const isOlder = period.id !== periodData[0]!.id;
			expect($('aside.older-notice').length).toBe(isOlder ? 1 : 0);
		}
	});
});

describe('glossary', () => {
	const $ = readPage(siteDir, '/ordliste/');

	test('lists every term A to Å in Danish order, each under its letter and with its own anchor', () => {
		const listed = $('dl.glossary > dt').map((_, term) => $(term).attr('id')).get();
		expect(listed).toEqual(sortDanish(glossary, (entry) => entry.data.term).map((entry) => entry.id));
		const letters = $('main section > h2').map((_, heading) => $(heading).text()).get();
		expect(letters).toEqual(sortDanish(letters, (letter) => letter));
		for (const letter of letters) {
			const terms = $('main section').filter((_, section) => $(section).children('h2').text() === letter).find('dt');
			terms.each((_, term) => expect($(term).text().trim().toLocaleUpperCase('da').startsWith(letter)).toBe(true));
		}
	});

	test('the letter index links to the letters that have terms', () => {
		$('nav.letter-index a').each((_, link) => {
			expect($(`[id="${$(link).attr('href')!.slice(1)}"]`).length).toBe(1);
		});
		expect($('nav.letter-index li').length).toBe(29);
	});

	test.each(glossary.map((entry) => [entry.id, entry] as const))('%s shows its expansion, explanation and related terms', (id, entry) => {
		const term = $(`dt[id="${id}"]`);
		const definition = term.next('dd');
		expect(term.text()).toContain(entry.data.term);
		if (entry.data.expansion) {
			expect(definition.find('.glossary__expansion').text()).toBe(entry.data.expansion);
			expect(term.find('abbr').attr('title')).toBe(entry.data.expansion);
		} else {
			expect(definition.find('.glossary__expansion').length).toBe(0);
		}
		expect(definition.text().length).toBeGreaterThan(40);
		for (const related of entry.data.related) expect(definition.find(`a[href="#${related}"]`).length).toBe(1);
	});

	test('the first occurrence of a term on a document page links to its entry, with the expansion on abbreviations', () => {
		const byId = new Map(glossary.map((entry) => [entry.id, entry]));
		let abbreviations = 0;
		for (const document of documents) {
			const page = readPage(siteDir, documentUrl(document.period, document.slug));
			const marks = page('.document__text a.glossary-term');
			const targets = marks.map((_, mark) => page(mark).attr('href')).get();
			expect(new Set(targets).size, `${document.file}: one mark per term`).toBe(targets.length);
			marks.each((_, mark) => {
				const id = page(mark).attr('href')!.replace('/ordliste/#', '');
				expect($(`dt[id="${id}"]`).length, id).toBe(1);
				const abbr = page(mark).find('abbr');
				if (abbr.length) {
					abbreviations++;
					expect(abbr.attr('title')).toBe(byId.get(id)!.data.expansion);
				}
			});
		}
		expect(abbreviations).toBeGreaterThan(1);
		const visionDay = readPage(siteDir, '/2025-2026/output-fra-visionsdagen/');
		expect(visionDay('.document__text a.glossary-term abbr').map((_, abbr) => visionDay(abbr).text()).get()).toEqual(['KKR']);
	});

	test('the pages that read across periods are linked from every page’s header and footer', () => {
		for (const path of ['/', periodUrl(periodData[0]!.id), '/ordliste/']) {
			const page = readPage(siteDir, path);
			for (const href of ['/temaer/', '/sammenlign/', '/ordliste/']) {
				expect(page(`nav.site-nav a[href="${href}"]`).length, `${path} header ${href}`).toBe(1);
				expect(page(`.site-footer a[href="${href}"]`).length, `${path} footer ${href}`).toBe(1);
				expect(linkResolves(siteDir, href)).toBe(true);
			}
		}
		expect(visibleText(readPage(siteDir, '/temaer/'), 'nav.site-nav a[aria-current="page"]')).toBe('Temaer');
	});
});
