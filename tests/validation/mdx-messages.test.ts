// An MDX syntax error reaches the editor in Danish, saying what is wrong and how to write the
// characters as text; the parser's English follows only after "teknisk:".
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/validation/markdown.ts';

/** The message parsing `text` as MDX gives, up to the parser's own words. */
function messageOf(text: string): string {
	const parsed = parseBody(text, 1, true);
	if ('tree' in parsed) throw new Error(`${JSON.stringify(text)} parsed as MDX`);
	return parsed.message.split(' (teknisk: ')[0]!;
}

describe('MDX syntax errors', () => {
	test.each([
		{ text: 'Mødet blev holdt {i rådssalen.', says: 'en krøllet parentes { er ikke lukket med }' },
		{ text: 'Et udtryk {1 +} her', says: 'teksten i { } er ikke et gyldigt udtryk' },
		{ text: 'Et <b tag uden ende', says: 'et tag, der begynder med <, er ikke afsluttet med >' },
		{ text: 'Se <!-- en note -->', says: 'en kommentar skrives {/* tekst */} i MDX' },
		{ text: 'Skriv til <jens@kommune.example>', says: 'et link skrives [tekst](adresse)' },
		{ text: 'Se <https://kommune.example>', says: 'et link skrives [tekst](adresse)' },
		{ text: '<b>fed</i>', says: 'et tag er ikke lukket, eller lukket i en anden rækkefølge' },
		{ text: '</b> tekst', says: 'et sluttag </...> står, hvor intet tag er åbnet' },
		{ text: '<a {x}>tekst</a>', says: 'i et tag må { } kun stå som {...egenskaber}' },
		{ text: 'import x fra "y"', says: 'en linje, der begynder med import eller export, er ikke gyldig import/export' },
	])('$text: $says', ({ text, says }) => {
		const message = messageOf(text);
		expect(message).toMatch(/^ugyldig MDX: /);
		expect(message).toContain(says);
		// Every message says how to write the characters as text instead.
		expect(message).toContain('skriv \\{ eller \\< for tegnet selv');
	});

	test("keeps the parser's own words for developers, after the Danish", () => {
		const parsed = parseBody('Mødet {i salen.', 1, true);
		expect('message' in parsed && parsed.message).toMatch(/\(teknisk: Unexpected end of file in expression/);
	});

	test('places the error where the parser stopped', () => {
		expect(parseBody('Første linje\n\nAnden {linje', 1, true)).toMatchObject({ line: 3, column: 13 });
	});
});
