import { describe, expect, test } from 'vitest';
import { accessibilityContact } from '../../src/lib/accessibility-contact.ts';

describe('accessibilityContact', () => {
	test('is empty when nothing is configured: nothing is made up', () => {
		expect(accessibilityContact({})).toEqual({ organisation: undefined, email: undefined, phone: undefined, wasUrl: undefined });
	});

	test('treats blank values as not set', () => {
		expect(accessibilityContact({ SITE_OWNER: '  ', SITE_ACCESSIBILITY_EMAIL: '' }).organisation).toBeUndefined();
	});

	test('reads the configured contact, trimmed', () => {
		expect(
			accessibilityContact({
				SITE_OWNER: ' Region Nordjylland ',
				SITE_ACCESSIBILITY_EMAIL: 'web@example.dk',
				SITE_ACCESSIBILITY_PHONE: '12 34 56 78',
				SITE_WAS_URL: 'https://www.was.digst.dk/example-dk',
			}),
		).toEqual({ organisation: 'Region Nordjylland', email: 'web@example.dk', phone: '12 34 56 78', wasUrl: 'https://www.was.digst.dk/example-dk' });
	});

	test.each([
		[{ SITE_ACCESSIBILITY_EMAIL: 'web.example.dk' }, /SITE_ACCESSIBILITY_EMAIL "web.example.dk" is not an e-mail address/],
		[{ SITE_ACCESSIBILITY_PHONE: 'ring til os' }, /SITE_ACCESSIBILITY_PHONE "ring til os" is not a telephone number/],
		[{ SITE_WAS_URL: 'http://was.digst.dk/x' }, /SITE_WAS_URL "http:\/\/was.digst.dk\/x" must be an https:\/\/ address/],
	])('refuses a malformed value: %o', (env, message) => {
		expect(() => accessibilityContact(env)).toThrow(message);
	});
});
