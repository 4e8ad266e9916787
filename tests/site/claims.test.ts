// Every statement around the published texts has its origin: the source's own, derived with its
// derivation shown, or the editors', marked as theirs. These are invariants any valid content
// meets, so they hold the real content without naming its documents, dates or counts.
import { describe, expect, inject, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { documentFocusAreaTags, documentStage, stageDateText } from '../../src/lib/focus-area-tags.ts';
import { documentUrl, periodUrl } from '../../src/lib/versions.ts';
import { dateBounds, isUnknown, UNKNOWN } from '../../src/schemas/index.ts';
import { allPages, publishedContent, readPage } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const { documents, periods, glossary } = publishedContent();
const periodOf = (id: string) => periods.find((period) => period.data.id === id)!.data;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('focus-area tags', () => {
	test.each(documents.map((document) => [document.file, document] as const))(
		'%s is tagged only with names of a stage not dated after the document',
		(_, document) => {
			const period = periodOf(document.period);
			const stage = documentStage(period, document.data);
			const tags = documentFocusAreaTags(period, document.data);
			expect(tags).toHaveLength(document.data.focusAreas.length);
			if (tags.length === 0) return;
			expect(stage).toBeDefined();
			if (document.data.date !== UNKNOWN && stage!.date !== UNKNOWN) {
				expect(dateBounds(stage!.date).first <= dateBounds(document.data.date).last, `${stage!.date} ≤ ${document.data.date}`).toBe(true);
			}
			// A name shown is one the document's own stage used, never a later stage's.
			const names = stage!.focusAreas.map((area) => area.title);
			for (const tag of tags) expect(names).toContain(tag.title);
		},
	);

	test.each(documents.map((document) => [document.file, document] as const))('%s shows and filters by the names its stage used', (_, document) => {
		const $ = readPage(siteDir, documentUrl(document.period, document.slug));
		const tags = documentFocusAreaTags(periodOf(document.period), document.data);
		const filters = $('[data-pagefind-filter="fokusomraade"]').map((__, element) => $(element).text()).get();
		expect(filters).toEqual(tags.map((tag) => tag.title));
		for (const tag of tags) {
			if (tag.stage.approved) continue;
			// What it became is linked and marked as the editors' link; or the page says it is not known.
			const item = $('[data-pagefind-filter="fokusomraade"]').filter((__, element) => $(element).text() === tag.title).parent();
			if (tag.became) {
				expect(item.find(`a[href="${periodUrl(document.period)}#fokusomraade-${tag.became.id}"]`).text()).toBe(tag.became.title);
				expect(item.text()).toContain('redaktionens sammenkædning');
			} else {
				expect(item.text()).toContain('kilderne viser ikke');
			}
		}
	});

	test('the search page offers exactly the names the documents are tagged with', () => {
		const $ = readPage(siteDir, '/soeg/');
		const offered = $('input[name="fokusomraade"]').map((_, input) => $(input).attr('value')).get();
		const used = new Set(documents.flatMap((document) => documentFocusAreaTags(periodOf(document.period), document.data).map((tag) => tag.title)));
		expect(new Set(offered)).toEqual(used);
	});
});

describe('issuers', () => {
	const issuers = [...new Set(documents.flatMap((document) => [document.data.issuer, document.data.source.publisher]).filter((value) => !isUnknown(value)))];

	test.each(documents.map((document) => [document.file, document] as const))('%s names its issuer only where the source states one', (_, document) => {
		const $ = readPage(siteDir, documentUrl(document.period, document.slug));
		const what = $('.document__what').text();
		if (isUnknown(document.data.issuer)) {
			expect(what).toContain('Udsteder ikke angivet i kilden');
			for (const issuer of issuers) expect(what).not.toContain(issuer);
		} else {
			expect(what).toContain(`Udstedt af ${document.data.issuer}`);
		}
	});

	test('no page’s footer names an issuer or publisher: they differ from document to document', () => {
		expect(issuers.length).toBeGreaterThan(0);
		for (const path of allPages(siteDir)) {
			const footer = squash(readPage(siteDir, path)('footer').text());
			for (const issuer of issuers) expect(footer, path).not.toContain(issuer);
			expect(footer, path).not.toMatch(/kommuner og Region Nordjylland/);
		}
	});
});

describe('dates', () => {
	// The words a date may be shown in: its own precision, or the content's words for it.
	const dateTexts = new Set(
		periods.flatMap((period) => [...period.data.milestones.map((milestone) => milestone.dateText), ...period.data.focusAreaHistory.map((stage) => stage.dateText)]).filter(Boolean),
	);

	test('every date on every page is shown as precisely as its source gives it, or in the content’s own words for it', () => {
		let seen = 0;
		for (const path of allPages(siteDir)) {
			const $ = readPage(siteDir, path);
			// The file history's "Sidst opdateret" is a timestamp of the site's own, tested with the page tools.
			$('main time[datetime]').not('.page-provenance time').each((_, element) => {
				const datetime = $(element).attr('datetime')!;
				const shown = squash($(element).text());
				seen++;
				expect(shown === formatDanishDate(datetime) || dateTexts.has(shown), `${path}: ${datetime} shown as "${shown}"`).toBe(true);
			});
		}
		expect(seen).toBeGreaterThan(0);
	});

	test('a stage dated by a derived bound says how it is derived', () => {
		for (const period of periods) {
			for (const stage of period.data.focusAreaHistory.filter((candidate) => candidate.dateText)) {
				expect(stage.note, stage.label).toBeDefined();
				expect(stageDateText(stage)).toBe(stage.dateText);
			}
		}
	});

	test('a period’s end is said to come from its name, on every page that states it', () => {
		for (const path of allPages(siteDir)) {
			const $ = readPage(siteDir, path);
			$('.status').each((_, element) => {
				const status = squash($(element).text());
				expect(status, path).not.toMatch(/31\. december|1\. januar/);
				if (/\d{4}/.test(status)) expect(status, path).toMatch(/ifølge periodens navn/);
			});
		}
	});
});

describe('visions', () => {
	test.each(periods.filter((period) => period.data.vision).map((period) => [period.data.id, period.data] as const))('%s says what its vision text is', (id, period) => {
		const $ = readPage(siteDir, periodUrl(id));
		const caption = squash($('#vision').parent().find('figcaption').text());
		expect(caption).toContain(period.vision!.textKind === 'vision' ? 'Visionens ordlyd.' : 'Kildens omtale af visionen.');
	});
});

describe('the home page', () => {
	const $ = readPage(siteDir, '/');
	const today = squash($('#i-dag').parent().text());
	const newestVision = [...periods].map((period) => period.data).sort((a, b) => b.lastYear - a.lastYear || b.firstYear - a.firstYear).find((period) => period.vision);

	test('says whether an agreement in the archive is in force, by its name’s years', () => {
		expect(today).toMatch(/I dag gælder .+ ifølge periodens navn\.|Ingen af arkivets aftaler gælder i dag\./);
	});

	test('quotes the newest vision in the archive, says what the text is, and gives its approval or says it is unknown', () => {
		if (!newestVision) return expect(today).toContain('Kilderne i arkivet oplyser ikke visionen for nogen periode.');
		expect(squash($('#i-dag').parent().find('blockquote').text())).toBe(newestVision.vision!.text);
		expect(today).toContain(newestVision.vision!.textKind === 'vision' ? 'Visionens ordlyd.' : 'Kildens omtale af visionen.');
		if (newestVision.approval) {
			expect(today).toContain(`${newestVision.title} blev godkendt af ${newestVision.approval.body} den ${formatDanishDate(newestVision.approval.date)}.`);
		} else {
			expect(today).toContain(`Kilderne i arkivet oplyser ikke, hvornår og af hvem ${newestVision.title} blev godkendt.`);
		}
	});
});

describe('glossary', () => {
	const $ = readPage(siteDir, '/ordliste/');

	test.each(glossary.map((entry) => [entry.id, entry] as const))('%s keeps the editors’ explanation apart from the sources’ words', (id, entry) => {
		const dd = $(`dt[id="${id}"]`).next('dd');
		const editors = dd.find('.glossary__editors');
		if (entry.data.editorsExplanation) {
			expect(squash(editors.text())).toContain(`Redaktionens forklaring: ${entry.data.editorsExplanation}`);
			if (entry.data.reference) expect(squash(editors.find('.glossary__reference').text())).toContain(entry.data.reference.title);
			const sources = dd.find('.glossary__sources').clone();
			expect(squash(sources.text())).not.toContain(entry.data.editorsExplanation);
		} else {
			expect(editors.length).toBe(0);
		}
		// What the sources say is said with a link to the document that says it.
		if (entry.body.trim()) expect(dd.find('.glossary__sources a[href^="/20"]').length, id).toBeGreaterThan(0);
	});
});

describe('the accessibility statement', () => {
	test('claims links to originals only if a document has a known original', () => {
		const text = squash(readPage(siteDir, '/tilgaengelighed/')('main').text());
		if (!documents.some((document) => document.data.source.url)) expect(text).not.toMatch(/originaler/);
	});
});
