// Feed items say a document's date exactly as precisely as its source does.
import { describe, expect, test } from 'vitest';
import { feedItems, feedUrl } from '../../src/lib/feeds.ts';
import { DocumentFrontmatterSchema } from '../../src/schemas/index.ts';

const document = (slug: string, date: string) => ({
	period: '2021-2022',
	url: `/2021-2022/${slug}/`,
	data: DocumentFrontmatterSchema.parse({
		title: `Titel ${slug}`,
		kind: 'referat',
		date,
		issuer: 'ukendt',
		source: { title: 'Kilde', publisher: 'ukendt' },
		summary: 'Et resumé.',
	}),
});

describe('feedItems', () => {
	test('lists documents newest first with unknown dates last', () => {
		const items = feedItems([document('a', '2019-12-03'), document('b', 'ukendt'), document('c', '2020-11-24')]);
		expect(items.map((item) => item.link)).toEqual(['/2021-2022/c/', '/2021-2022/a/', '/2021-2022/b/']);
	});

	test('gives a document dated to the day its publication date', () => {
		const [item] = feedItems([document('a', '2020-11-24')]);
		expect(item!.pubDate?.toISOString()).toBe('2020-11-24T00:00:00.000Z');
		expect(item!.description).toBe('Et resumé.');
		expect(item!.categories).toEqual(['2021-2022', 'Referat']);
		expect(item!.title).toBe('Titel a');
	});

	test.each([
		{ date: '2020-02', words: 'Dateret februar 2020.' },
		{ date: '2020', words: 'Dateret 2020.' },
		{ date: 'ukendt', words: 'Datoen er ikke angivet i kilden.' },
	])('does not make $date more precise: no publication date, and the date in words', ({ date, words }) => {
		const [item] = feedItems([document('a', date)]);
		expect(item!.pubDate).toBeUndefined();
		expect(item!.description).toBe(`Et resumé. ${words}`);
	});
});

describe('feedUrl', () => {
	test('is /rss.xml for the site and /<period>/rss.xml for a period', () => {
		expect(feedUrl()).toBe('/rss.xml');
		expect(feedUrl('2021-2022')).toBe('/2021-2022/rss.xml');
	});
});
