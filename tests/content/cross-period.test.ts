/**
 * The cross-period data (themes, focus-area stages, milestones, glossary) must be as true as the
 * published text: every date and focus-area name is checked against the document it cites and
 * against the source register (../shared/sources/README.md), so a date cannot be invented.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDanishDate } from '../../src/lib/dates.ts';
import { createTermMatcher, glossaryTerms } from '../../src/lib/glossary.ts';
import { focusAreaStages } from '../../src/lib/themes.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REGISTER = resolve(ROOT, '../shared/sources/README.md');
const content = checkContent({ contentDir: join(ROOT, 'content'), rootDir: ROOT });
const documents = new Map(content.documents.map((document) => [`${document.period}/${document.slug}`, document]));
const period = (id: string) => content.periods.find((candidate) => candidate.data.id === id)!.data;
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

const MONTHS = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' } as const;

/** The source register's facts paragraph that starts with `start`. */
function registerLine(start: string): string {
	if (!existsSync(REGISTER)) throw new Error(`The source register was not found at ${REGISTER}.`);
	const line = readFileSync(REGISTER, 'utf8').split('\n').find((candidate) => candidate.startsWith(`- ${start}`));
	if (!line) throw new Error(`The source register has no line starting "- ${start}"`);
	return line;
}

/** "1 Den gode alderdom; 2 Socialpsykiatri" -> the titles in order. */
const numberedTitles = (text: string) => [...text.matchAll(/\d ([^;]+?)(?:;|\.\s*(?:The|$)|$)/g)].map((match) => match[1]!.trim());

describe('milestones', () => {
	test('the content has milestones to check', () => {
		expect(content.problems).toEqual([]);
		expect(content.periods.flatMap((candidate) => candidate.data.milestones).length).toBeGreaterThan(5);
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

	test('the process for 2021-2022 in the source register is on the timeline, date for date', () => {
		const line = registerLine('The process for 2021-2022');
		const registerDates = [...line.matchAll(/(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/g)].map(
			([, day, month, year]) => `${year}-${MONTHS[month as keyof typeof MONTHS]}-${day!.padStart(2, '0')}`,
		);
		const data = period('2021-2022');
		const onTimeline = [...data.milestones.map((milestone) => milestone.date), data.approval!.date];
		expect(registerDates.length).toBeGreaterThanOrEqual(7);
		expect(onTimeline.filter((date) => date.length === 10)).toEqual(registerDates);
		// The register's "summer 2020" stays a year with the source's words, never a made-up month.
		expect(line).toContain('summer 2020');
		expect(data.milestones.find((milestone) => milestone.dateText)).toMatchObject({ date: '2020', dateText: 'sommeren 2020' });
	});
});

describe('how the 2021-2022 focus areas came about', () => {
	const stages = focusAreaStages(period('2021-2022'));

	test.each(stages.map((stage) => [stage.label ?? 'godkendt', stage] as const))('%s names its focus areas as its source does', (_, stage) => {
		const text = statedIn(stage.source!);
		for (const area of stage.focusAreas) expect(text).toContain(area.title);
	});

	test.each(stages.map((stage) => [stage.label ?? 'godkendt', stage] as const))('%s is dated no more precisely than its source', (_, stage) => {
		// The stage's date is its document's date, or a day its document states (a "by" date such as
		// the day the agenda page carrying a proposal was updated), worded as such in dateText.
		const document = documents.get(stage.source!)!;
		if (document.data.date.startsWith(stage.date)) return;
		expect(dayForms(stage.date).some((form) => statedIn(stage.source!).includes(form)), `${stage.date} in ${stage.source}`).toBe(true);
		expect(stage.dateText, 'a date that is not the document\'s own is worded').toContain(formatDanishDate(stage.date)!);
		expect(stage.note, 'and the note says how it is derived').toBeDefined();
	});

	test('the proposal is dated as the register dates it: by the day its agenda page was updated', () => {
		const line = registerLine('Focus areas proposed for 2021-2022');
		expect(line).toContain('updated 27 November 2019');
		expect(line).toContain("the proposal's own date is not stated");
		expect(stages[0]).toMatchObject({ date: '2019-11-27', dateText: 'senest 27. november 2019' });
	});

	test.each([
		['Focus areas proposed for 2021-2022', 0, '2019-11-27'],
		['Focus areas discussed at the vision day', 1, '2020-02-03'],
		['Focus areas approved for 2021-2022', 2, '2020-11-24'],
	])('"%s" in the register is stage %i, dated %s', (start, index, date) => {
		const stage = stages[index]!;
		expect(stage.date).toBe(date);
		const titles = numberedTitles(registerLine(start).split(':').slice(1).join(':'));
		const ours = stage.focusAreas.map((area) => area.title);
		if (/\d /.test(registerLine(start).split(':').slice(1).join(':'))) {
			expect(ours).toEqual(titles);
		} else {
			// The vision-day line lists its three names without numbers.
			for (const title of ours) expect(registerLine(start)).toContain(title);
		}
	});
});

describe('glossary', () => {
	const terms = glossaryTerms(content.glossary);
	const find = createTermMatcher(terms);
	const used = new Set(content.documents.flatMap((document) => find(document.body).map((match) => match.id)));

	test.each(content.glossary.map((entry) => [entry.id] as const))('%s is a term the documents use', (id) => {
		expect(used).toContain(id);
	});

	test('an expansion the documents do not state is one of the reviewed official names', () => {
		const allText = collapse(content.documents.map((document) => document.body).join('\n'));
		const notInDocuments = content.glossary
			.filter((entry) => entry.data.expansion && !allText.includes(entry.data.expansion))
			.map((entry) => `${entry.data.term}: ${entry.data.expansion}`);
		// Reviewed: well-established official names, from general public knowledge, not from the archive.
		expect(notInDocuments.sort()).toEqual([
			'IPS: Individual Placement and Support',
			'KKR: Kommunekontaktråd',
			'UCN: University College Nordjylland',
			'VISO: Den nationale videns- og specialrådgivningsorganisation',
		]);
	});

	test('the glossary files are named after their terms', () => {
		for (const id of ['das', 'kkr', 'viso', 'ucn', 'ips', 'central-udmelding', 'styringsaftale', 'objektiv-finansiering', 'noedspor', 'egenmestring']) {
			expect(content.glossary.map((entry) => entry.id)).toContain(id);
		}
	});
});

describe('themes', () => {
	test.each(content.themes.map((theme) => [theme.id] as const))('%s is used by a period or a document', (id) => {
		const byPeriod = content.periods.some(({ data }) =>
			[data.vision?.themes ?? [], ...focusAreaStages(data).flatMap((stage) => stage.focusAreas.map((area) => area.themes))].some((ids) => ids.includes(id)),
		);
		const byDocument = content.documents.some((document) => document.data.themes.includes(id));
		expect(byPeriod || byDocument).toBe(true);
	});

	test('the themes the issue names are there', () => {
		expect(content.themes.map((theme) => theme.id)).toEqual(
			expect.arrayContaining(['egenmestring', 'den-gode-alderdom', 'socialpsykiatri', 'effektive-loesninger', 'beskaeftigelse', 'samarbejde-med-behandlingspsykiatrien']),
		);
	});
});
