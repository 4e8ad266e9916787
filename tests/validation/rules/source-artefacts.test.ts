// Web-page cruft and OCR misreadings stay out of the published text; the editors' notes may quote them.
import { describe, expect, test } from 'vitest';
import type { TextSegment } from '../../../src/validation/published-text.ts';
import { checkCruft } from '../../../src/validation/rules/cruft.ts';
import { checkOcrArtefacts } from '../../../src/validation/rules/ocr.ts';

function segment(text: string, editorial = false): TextSegment {
	return { file: 'x.md', text, source: text, positionAt: (offset) => ({ line: 3, column: offset + 1 }), editorial, sourceErrorNotes: [] };
}
const messages = (problems: { line?: number; column?: number; message: string }[]) => problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe('checkOcrArtefacts', () => {
	test('names the misreading and the word it stands for, whatever its case', () => {
		expect(messages(checkOcrArtefacts([segment('Pa mødet blev 2ldre og @get nævnt.')]))).toEqual([
			'3:1 »Pa« er en tegnfejl fra tekstgenkendelsen af en scannet kilde: skriv »på«',
			'3:15 »2ldre« er en tegnfejl fra tekstgenkendelsen af en scannet kilde: skriv »ældre«',
			'3:24 »@get« er en tegnfejl fra tekstgenkendelsen af en scannet kilde: skriv »øget«',
		]);
	});

	test('finds a misreading only as a word of its own', () => {
		expect(checkOcrArtefacts([segment('papir, abnement, Pagefind')])).toEqual([]);
	});

	test('lets an editorial note quote a misreading', () => {
		expect(checkOcrArtefacts([segment('»zeldre« er rettet til »ældre«.', true)])).toEqual([]);
		expect(checkOcrArtefacts([segment('zeldre er rettet.', true)])).toHaveLength(1);
	});
});

describe('checkCruft', () => {
	test.each([
		['Vi bruger cookies til statistik.', 'cookie-besked'],
		['Se vores "cookiepolitik".', 'cookie-besked'],
		['Til toppen', '»Til toppen« er et link'],
		['tilbage til oversigt', '»tilbage til oversigt« er et link'],
		['Udskriv', '»Udskriv« er et link'],
		['Ansvarlig redaktør: Bente', 'linjen »Ansvarlig redaktør«'],
		['Indholdsfortegnelse1. Input', 'indholdsfortegnelse'],
		['godkendelse.Sagsfremstilling', '»godkendelse.Sagsfremstilling« er ord skrevet sammen'],
	])('reports %j', (text, message) => {
		expect(checkCruft([segment(text)]).map((problem) => problem.message).join('\n')).toContain(message);
	});

	test.each(['Udskrivning af borgere', 'Se f.eks. bilaget.', 'Mødet sluttede kl. 14. Næste møde', 'www.rn.dk og Region Nordjylland'])(
		'leaves ordinary text alone: %j',
		(text) => {
			expect(checkCruft([segment(text)])).toEqual([]);
		},
	);

	test('lets an editorial note quote the cruft it removed', () => {
		expect(checkCruft([segment('Websidens links »Tilbage til oversigt« og »Udskriv« er fjernet.', true)])).toEqual([]);
	});

	test('finds words run together where the pattern of two small letters, a stop and a capitalised word does, and nowhere else', () => {
		const pattern = /\p{Ll}{2,}\.\p{Lu}\p{Ll}+/gu;
		const text = 'Sagen er godkendelse.Sagsfremstilling her, abc.Def.Ghi, a.Bc, øst.Øst, ny.Æble og x.YZ; slut.Ende';
		const runTogether = checkCruft([segment(text)]).filter((problem) => problem.message.includes('ord skrevet sammen'));
		expect(runTogether.map((problem) => [problem.column, problem.message.match(/»(.+?)«/)![1]])).toEqual(
			[...text.matchAll(pattern)].map((match) => [match.index + 1, match[0]]),
		);
		expect(runTogether).toHaveLength(5);
	});
});
