// Which kind of page a built file is: the bench holds every kind to the page-weight budget.
import { describe, expect, test } from 'vitest';
import { pageKind } from '../../scripts/bench/site-files.ts';

describe('pageKind', () => {
	test.each([
		{ path: 'index.html', kind: 'home' },
		{ path: '2021-2022/index.html', kind: 'period' },
		{ path: '2021-2022/tidslinje/index.html', kind: 'timeline' },
		{ path: '2021-2022/godkendelse/index.html', kind: 'document' },
		{ path: '2021-2022/godkendelse/kildetekst/index.html', kind: 'source-text' },
		{ path: 'soeg/index.html', kind: 'search' },
		{ path: 'sammenlign/2018-2020/2021-2022/index.html', kind: 'compare' },
		{ path: 'temaer/handicap/index.html', kind: 'theme' },
		{ path: 'ordliste/index.html', kind: 'glossary' },
		{ path: 'om-data/index.html', kind: 'other' },
	])("calls '$path' a $kind page", ({ path, kind }) => {
		expect(pageKind(path)).toBe(kind);
	});
});
