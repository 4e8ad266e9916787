/**
 * The cross-period data (themes, focus-area stages, milestones, glossary) must be as true as the
 * published text: every date and focus-area name is checked against the document it cites, whose
 * text tests/content/sources.test.ts holds to its raw source in content/kilder/, so a date cannot
 * be invented. The checks name no period, document or term: they hold for any valid content.
 */
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { createTermMatcher, glossaryTerms } from '../../src/lib/glossary.ts';
import { focusAreaStages } from '../../src/lib/themes.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const content = checkContent({ contentDir: join(ROOT, 'content'), rootDir: ROOT });
const documents = new Map(content.documents.map((document) => [`${document.period}/${document.slug}`, document]));
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** A document's text and date facts, where a date it states may stand. */
function statedIn(ref: string): string {
	const document = documents.get(ref);
	if (!document) throw new Error(`${ref} is not a published document`);
	return collapse([document.body, document.data.date, document.data.dateNote ?? ''].join('\n'));
}

/** The ways a document may write a day: '20. januar 2020', 'den 20. januar 2020', '23-10-2020', or its own date field. */
function dayForms(date: string): string[] {
	const [year, month, day] = date.split('-');
	return [formatDanishDate(date)!, `${day}-${month}-${year}`, date];
}

describe('milestones', () => {
	test('the content they are read from passes the content check', () => {
		expect(content.problems).toEqual([]);
	});

	test.each(content.periods.flatMap((candidate) => candidate.data.milestones.map((milestone) => [candidate.data.id, milestone.label, milestone] as const)))(
		'%s: "%s" has the date its source document states',
		(_, __, milestone) => {
			expect(milestone.source, 'every milestone cites its document').toBeDefined();
			const text = statedIn(milestone.source!);
			if (milestone.dateText) {
				expect(text).toContain(milestone.dateText);
				expect(milestone.dateText).toContain(milestone.date.slice(0, 4));
			} else {
				expect(dayForms(milestone.date).some((form) => text.includes(form)), `${milestone.date} in ${milestone.source}`).toBe(true);
			}
		},
	);
});

// Every stage of every period that cites the document it comes from.
const stages = content.periods.flatMap(({ data }) =>
	focusAreaStages(data)
		.filter((stage) => stage.source)
		.map((stage) => [data.id, stage.label ?? 'godkendt', stage] as const),
);

// A suite with no test fails in vitest, so each suite of cases drawn from the content is skipped when
// the content has none: valid content may have no stages, glossary or themes.
describe.skipIf(stages.length === 0)('how the focus areas came about', () => {
	test.each(stages)('%s: "%s" names its focus areas as its source does', (_, __, stage) => {
		const text = statedIn(stage.source!);
		for (const area of stage.focusAreas) expect(text).toContain(area.title);
	});

	test.each(stages)('%s: "%s" is dated no more precisely than its source', (_, __, stage) => {
		// The stage's date is its document's date, or a day its document states (a "by" date, such as
		// the day the agenda page carrying a proposal was updated), then worded as such in dateText
		// and explained in a note.
		if (documents.get(stage.source!)!.data.date.startsWith(stage.date)) return;
		expect(dayForms(stage.date).some((form) => statedIn(stage.source!).includes(form)), `${stage.date} in ${stage.source}`).toBe(true);
		expect(stage.dateText, "a date that is not the document's own is worded").toContain(formatDanishDate(stage.date)!);
		expect(stage.note, 'and the note says how it is derived').toBeDefined();
	});
});

describe.skipIf(content.glossary.length === 0)('glossary', () => {
	const terms = glossaryTerms(content.glossary);
	const find = createTermMatcher(terms);
	const used = new Set(content.documents.flatMap((document) => find(document.body).map((match) => match.id)));

	test.each(content.glossary.map((entry) => [entry.id] as const))('%s is a term the documents use', (id) => {
		expect(used).toContain(id);
	});

	test.each(content.glossary.map((entry) => [entry.id, entry.data.term] as const))('%s is named after its term »%s«', (id, term) => {
		expect(id).toBe(slugify(term));
	});
});

describe.skipIf(content.themes.length === 0)('themes', () => {
	test.each(content.themes.map((theme) => [theme.id] as const))('%s is used by a period or a document', (id) => {
		const byPeriod = content.periods.some(({ data }) =>
			[data.vision?.themes ?? [], ...focusAreaStages(data).flatMap((stage) => stage.focusAreas.map((area) => area.themes))].some((ids) => ids.includes(id)),
		);
		const byDocument = content.documents.some((document) => document.data.themes.includes(id));
		expect(byPeriod || byDocument).toBe(true);
	});
});
