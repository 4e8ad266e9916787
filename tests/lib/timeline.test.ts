import { describe, expect, test } from 'vitest';
import { assembleTimeline, type TimelineDocument } from '../../src/lib/timeline.ts';
import type { Milestone } from '../../src/schemas/index.ts';

const milestone = (date: string, label: string, extra: Partial<Milestone> = {}): Milestone => ({ date, kind: 'moede', label, ...extra });
const document = (ref: string, date: string): TimelineDocument => ({ ref, title: `Titel ${ref}`, kind: 'referat', date });
const labels = (entries: { label: string; date: string }[]) => entries.map((entry) => `${entry.date} ${entry.label}`);

describe('assembleTimeline', () => {
	test('keeps the milestones in the order written, so a season after a day in the same year stays after it', () => {
		const { entries } = assembleTimeline(
			{ milestones: [milestone('2020-02-03', 'visionsdag'), milestone('2020', 'behandling', { dateText: 'sommeren 2020', kind: 'plan' }), milestone('2020-10-23', 'udvalg')] },
			[],
		);
		expect(labels(entries)).toEqual(['2020-02-03 visionsdag', '2020 behandling', '2020-10-23 udvalg']);
		expect(entries[1]).toMatchObject({ dateText: 'sommeren 2020', kind: 'plan' });
	});

	test('adds the approval from the period, placed after everything that comes before it', () => {
		const { entries } = assembleTimeline(
			{
				milestones: [milestone('2020-10-23', 'udvalg'), milestone('2020-11-16', 'forretningsudvalg')],
				approval: { date: '2020-11-24', body: 'Regionsrådet', source: '2021-2022/godkendelse' },
			},
			[],
		);
		expect(entries.at(-1)).toEqual({ date: '2020-11-24', kind: 'godkendelse', label: 'Regionsrådet', source: '2021-2022/godkendelse' });
	});

	test('a dated document gets its own entry where its date puts it for certain', () => {
		const { entries } = assembleTimeline(
			{ milestones: [milestone('2019-12-03', 'møde'), milestone('2020-02-03', 'visionsdag')] },
			[document('p/sen', '2020-05-01'), document('p/mellem', '2020-01'), document('p/tidlig', '2019-11-27')],
		);
		expect(labels(entries)).toEqual([
			'2019-11-27 Titel p/tidlig',
			'2019-12-03 møde',
			'2020-01 Titel p/mellem',
			'2020-02-03 visionsdag',
			'2020-05-01 Titel p/sen',
		]);
		expect(entries[0]).toMatchObject({ kind: 'dokument', documentKind: 'referat', source: 'p/tidlig' });
	});

	test('a document that a milestone on its date cites is that milestone, not a second entry', () => {
		const { entries } = assembleTimeline(
			{
				milestones: [milestone('2019-12-03', 'møde', { source: 'p/referat' }), milestone('2020-01-20', 'frist', { source: 'p/referat' })],
				approval: { date: '2020-11-24', body: 'Rådet', source: 'p/godkendelse' },
			},
			[document('p/referat', '2019-12-03'), document('p/godkendelse', '2020-11-24')],
		);
		expect(labels(entries)).toEqual(['2019-12-03 møde', '2020-01-20 frist', '2020-11-24 Rådet']);
	});

	test('a document cited by a milestone on another date still appears on its own date', () => {
		const { entries } = assembleTimeline({ milestones: [milestone('2020-01-20', 'frist', { source: 'p/referat' })] }, [document('p/referat', '2019-12-03')]);
		expect(labels(entries)).toEqual(['2019-12-03 Titel p/referat', '2020-01-20 frist']);
	});

	test('undated documents are listed apart and never placed on the line', () => {
		const undated = document('p/udateret', 'ukendt');
		const timeline = assembleTimeline({ milestones: [milestone('2020-02-03', 'visionsdag')] }, [undated, document('p/dateret', '2020-03-01')]);
		expect(timeline.undated).toEqual([undated]);
		expect(timeline.entries.map((entry) => entry.source)).not.toContain('p/udateret');
	});

	test('an empty period has an empty timeline', () => {
		expect(assembleTimeline({ milestones: [] }, [])).toEqual({ entries: [], undated: [] });
	});
});
