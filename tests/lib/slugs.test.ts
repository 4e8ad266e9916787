// Protects public URLs: slugs spell æ/ø/å the Danish way and do not depend on how the text was normalised.
import { describe, expect, test } from 'vitest';
import { slugFromPath, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
	test.each([
		{ input: 'Brønderslev', output: 'broenderslev' },
		{ input: 'Ærø', output: 'aeroe' },
		{ input: 'Åbenrå', output: 'aabenraa' },
		{ input: 'æøå ÆØÅ', output: 'aeoeaa-aeoeaa' },
		{ input: 'Effektive løsninger', output: 'effektive-loesninger' },
		{
			input: 'Skriftligt input: Vision & fokusområder',
			output: 'skriftligt-input-vision-fokusomraader',
		},
	])("spells Danish letters in '$input' as '$output'", ({ input, output }) => {
		expect(slugify(input)).toBe(output);
	});

	test.each([
		{ name: 'decomposed å (a + ring)', input: 'fyrta\u030arn', output: 'fyrtaarn' },
		{ name: 'decomposed Å (A + ring)', input: 'A\u030abenra\u030a', output: 'aabenraa' },
		{ name: 'the Ångström sign', input: '\u212Bbning', output: 'aabning' },
	])('treats a $name like the composed letter', ({ input, output }) => {
		expect(slugify(input)).toBe(output);
	});

	test.each(['Fyrtårn og den gode alderdom', 'Åbenrå Kommune', 'Ærø, Brønderslev og Læsø'])(
		"gives '%s' the same slug whether it arrives as NFC or NFD",
		(text) => {
			expect(slugify(text.normalize('NFD'))).toBe(slugify(text.normalize('NFC')));
		},
	);

	test.each([
		{ input: 'Café über naïve', output: 'cafe-uber-naive' },
		{ input: 'Cafe\u0301', output: 'cafe' },
		{ input: 'Señor Müller', output: 'senor-muller' },
	])("strips other accents: '$input' -> '$output'", ({ input, output }) => {
		expect(slugify(input)).toBe(output);
	});

	test.each([
		{ input: '2018-2020', output: '2018-2020' },
		{ input: '2018–2020', output: '2018-2020' },
		{ input: '2018—2020', output: '2018-2020' },
		{ input: '  --Hej, verden!--  ', output: 'hej-verden' },
		{ input: '§ 108-tilbud', output: '108-tilbud' },
		{ input: 'a   b', output: 'a-b' },
		{ input: '', output: '' },
		{ input: '---', output: '' },
		{ input: 'æ', output: 'ae' },
	])(
		"turns '$input' into '$output' with single hyphens and none at the ends",
		({ input, output }) => {
			expect(slugify(input)).toBe(output);
		},
	);

	test('returns only lowercase a-z, digits and single hyphens', () => {
		const slug = slugify('Nordjysk Socialaftale 2021–2022: Øvrige bemærkninger (udkast) — «ÅÅ»');
		expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(slug).toBe('nordjysk-socialaftale-2021-2022-oevrige-bemaerkninger-udkast-aaaa');
	});
});

describe('slugFromPath', () => {
	test.each([
		{ path: 'content/2021-2022/godkendelse-regionsraadet.md', slug: 'godkendelse-regionsraadet' },
		{ path: 'content/2021-2022/Møde-referat.md', slug: 'moede-referat' },
		{ path: 'content/2021-2022/fyrta\u030arne.mdx', slug: 'fyrtaarne' },
		{ path: 'C:\\projekt\\content\\2021-2022\\Årsrapport.MDX', slug: 'aarsrapport' },
		{ path: 'referat.MD', slug: 'referat' },
		{ path: 'content/2021-2022/referat.md.md', slug: 'referat-md' },
		{ path: 'content/2021-2022/bilag.pdf', slug: 'bilag-pdf' },
		{ path: 'content/2021-2022/---.md', slug: '' },
		{ path: '', slug: '' },
	])("takes '$slug' from '$path'", ({ path, slug }) => {
		expect(slugFromPath(path)).toBe(slug);
	});

	test('gives møde.md and moede.md the same slug, so the content check must catch the clash', () => {
		expect(slugFromPath('content/2021-2022/møde.md')).toBe(
			slugFromPath('content/2021-2022/moede.md'),
		);
	});
});
