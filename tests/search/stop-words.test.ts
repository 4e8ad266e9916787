import { describe, expect, test } from 'vitest';
import { isStopWord } from '../../src/search/stop-words.ts';

describe('isStopWord', () => {
	test.each(['og', 'af', 'til', 'den', 'er', 'hvad', 'hvem', 'hvornår', 'hvilke', 'hvor', 'hvordan', 'hvorfor', 'Hvilke', 'HVORNÅR'])('"%s" is optional', (word) => {
		expect(isStopWord(word)).toBe(true);
	});

	test.each(['trivsel', 'aftale', 'demens', 'godkendt', 'hvidbog'])('"%s" is not', (word) => {
		expect(isStopWord(word)).toBe(false);
	});

	test('reads NFD input as NFC', () => {
		expect(isStopWord('hvorna\u030ar')).toBe(true);
	});
});
