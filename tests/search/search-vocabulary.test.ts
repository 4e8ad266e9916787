import { describe, expect, test } from 'vitest';
import { buildVocabulary } from '../../src/search/search-vocabulary.ts';

describe('buildVocabulary', () => {
	test('counts words, most used first, ties in Danish alphabetical order', () => {
		expect(buildVocabulary(['aftale', 'ørn', 'borger', 'aftale', 'aalborg', 'borger', 'zebra']).words).toEqual([
			['aftale', 2],
			['borger', 2],
			['zebra', 1],
			['ørn', 1],
			['aalborg', 1],
		]);
	});

	test('leaves out short words and numbers', () => {
		expect(buildVocabulary(['og', 'i', '2021', 'kkr']).words).toEqual([['kkr', 1]]);
	});
});
