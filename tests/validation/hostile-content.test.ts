// The bad-input corpus, hostile part: files a pull request from anyone could hold to make the
// check and the site disagree, run code, exhaust the build or write into CI logs. Each case is named
// for what it tries and must give exactly its Danish message, naming the file (and line where
// there is one). Built in-process from strings, since many of them (links, control bytes, invalid
// UTF-8, names with newlines) cannot stand as files in the repository.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/content-source/read-text.ts';
import { formatGithubAnnotation, formatProblem } from '../../src/validation/problems.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { check, makeSite, put, removeSites } from '../helpers/content-fixture.ts';

afterEach(removeSites);

/** A valid document of the fixture's 2021-2022 period, with `frontmatter` lines added and `body` as text. */
function documentText({ frontmatter = '', body = 'Mødet blev holdt.', title = 'Referat af et testmøde', date = "'2021-03-04'" } = {}): string {
	return `---\ntitle: ${title}\nkind: referat\ndate: ${date}\nissuer: Testrådet\nsource:\n  title: Testreferat\n  publisher: ukendt\nsummary: Et fiktivt referat til test.\n${frontmatter}---\n\n## Dagsorden\n\n${body}\n`;
}

const at = (file: string) => `content/2021-2022/${file}`;

describe('files that make two readers disagree', () => {
	test('an indented --- does not end the frontmatter, so the MDX after it is YAML, not a body', () => {
		const root = makeSite();
		put(root, '2021-2022/skjult.mdx', `---\ntitle: Skjult kode\n  ---\nimport fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd', 'utf8')}\n`);
		expect(check(root)).toEqual([
			`${at('skjult.mdx')}:3 linjen "---", der afslutter metadata, skal stå helt ude til venstre: slet mellemrummene foran den`,
		]);
	});

	test('a space before the opening --- is named, not read as every field missing', () => {
		const root = makeSite();
		put(root, '2021-2022/indrykket.md', ` ${documentText()}`);
		expect(check(root)).toEqual([`${at('indrykket.md')}:1 linjen "---" skal stå helt ude til venstre: slet mellemrummene foran den`]);
	});

	test('an upper-case .MD extension is refused on every machine alike', () => {
		const root = makeSite();
		put(root, '2021-2022/referat.MD', documentText());
		expect(check(root)).toEqual([`${at('referat.MD')}: filendelsen ".MD" skal skrives med små bogstaver: .md`]);
	});
});

describe('links in the content folder', () => {
	test('a symbolic link to a file outside the repository is refused, not published', () => {
		const root = makeSite();
		symlinkSync('/etc/passwd', join(root, 'content/2021-2022/passwd.md'));
		expect(check(root)).toEqual([`${at('passwd.md')}: symbolske links bruges ikke i indholdet: læg selve filen her i stedet for et link til den`]);
	});

	test('a symbolic link to a folder, named like a document, is refused instead of crashing', () => {
		const root = makeSite();
		mkdirSync(join(root, 'mappe'));
		symlinkSync(join(root, 'mappe'), join(root, 'content/2021-2022/x.md'));
		expect(check(root)).toEqual([`${at('x.md')}: symbolske links bruges ikke i indholdet: læg selve filen her i stedet for et link til den`]);
	});

	test('a symbolic link as a period folder is refused', () => {
		const root = makeSite();
		symlinkSync(join(root, 'content/2021-2022'), join(root, 'content/2025-2026'));
		expect(check(root)).toEqual(['content/2025-2026: symbolske links bruges ikke i indholdet: læg selve filen her i stedet for et link til den']);
	});
});

describe('ids that collide after slugging', () => {
	test.each([
		{ folder: 'ordliste', first: 'styregruppe.md', second: 'styregruppe_.md', id: 'styregruppe' },
		{ folder: 'ordliste', first: 'Styregruppe.md', second: 'styregruppe.md', id: 'styregruppe' },
		{ folder: 'temaer', first: 'alderdom.md', second: 'alderdom_.md', id: 'alderdom' },
	])('$folder/$second beside $folder/$first is refused, whichever the file system lists first', ({ folder, first, second, id }) => {
		const root = makeSite();
		const fixture = join('tests/fixtures/sites/themes-and-glossary', folder === 'ordliste' ? 'ordliste/styregruppe.md' : 'temaer/alderdom.md');
		const text = readFileSync(fixture, 'utf8');
		put(root, `${folder}/${first}`, text);
		put(root, `${folder}/${second}`, text);
		const [kept, refused] = [first, second].sort();
		expect(check(root).filter((line) => line.includes('samme id'))).toEqual([
			`content/${folder}/${refused}: giver samme id "${id}" som content/${folder}/${kept} (store og små bogstaver og tegn som _ tæller ikke med): giv en af filerne et andet filnavn`,
		]);
	});
});

describe('input that would exhaust the build', () => {
	test('a YAML alias bomb is refused before anything expands it', () => {
		const root = makeSite();
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
		for (let level = 1; level < 10; level++) bomb.push(`l${level}: &l${level} [${Array(9).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
		put(root, '2021-2022/bombe.md', documentText({ frontmatter: `${bomb.join('\n')}\n` }));
		const problems = check(root);
		expect(problems[0]).toBe(`${at('bombe.md')}:10:7 YAML-ankre (&a) bruges ikke: slet "&a"`);
		expect(problems.every((line) => line.includes('YAML-'))).toBe(true);
	});

	test('a file larger than the limit is refused with its size', () => {
		const root = makeSite();
		put(root, '2021-2022/stor.md', documentText({ body: 'Mødet blev holdt. '.repeat(Math.ceil(MAX_FILE_BYTES / 18) + 10) }));
		expect(check(root)).toEqual([expect.stringMatching(new RegExp(`^${at('stor.md')}: filen fylder \\d+ KB; en indholdsfil må højst fylde 256 KB: del teksten op i flere dokumenter$`))]);
	});

	test('block quotes 10,000 deep are refused on their line, not parsed', () => {
		const root = makeSite();
		put(root, '2021-2022/citat.md', documentText({ body: `${'>'.repeat(10_000)} dybt` }));
		expect(check(root)).toEqual([`${at('citat.md')}:14 citater (>) er lagt mere end 10 niveauer inden i hinanden: brug højst 10`]);
	});

	test('lists nested far too deep are refused on their line', () => {
		const root = makeSite();
		const list = Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- punkt`).join('\n');
		put(root, '2021-2022/liste.md', documentText({ body: list }));
		expect(check(root)).toEqual([`${at('liste.md')}:35 linjen er rykket mere end 40 tegn ind (lister i lister i mange niveauer): ryk den mindre ind`]);
	});
});

describe('characters no editor types on purpose', () => {
	test.each([
		{ case: 'a NUL byte in the title', title: 'Referat\u0000', message: ':2:15 usynligt styretegn (U+0000) i teksten: slet det (det kommer ofte med, når tekst kopieres fra en PDF)' },
		{ case: 'an escape character in the title', title: 'Referat \u001b[31m', message: ':2:16 usynligt styretegn (U+001B) i teksten: slet det (det kommer ofte med, når tekst kopieres fra en PDF)' },
		{ case: 'a right-to-left override in the title', title: 'Referat \u202Etxt.exe', message: ':2:16 usynligt tegn for skriftretning (U+202E) i teksten: slet det; det kan få teksten til at se anderledes ud, end den er' },
	])('$case is refused on its line', ({ title, message }) => {
		const root = makeSite();
		put(root, '2021-2022/tegn.md', documentText({ title }));
		expect(check(root)).toEqual([`${at('tegn.md')}${message}`]);
	});

	test('a custom YAML tag is refused in Danish', () => {
		const root = makeSite();
		put(root, '2021-2022/maerke.md', documentText({ frontmatter: 'issuer2: !js/function x\n' }).replace('issuer2', 'summary2'));
		expect(check(root)).toEqual([`${at('maerke.md')}:10:24 YAML-mærker (!js/function) bruges ikke: slet "!js/function", og skriv værdien i anførselstegn, hvis den er en tekst`]);
	});

	test("the search index's own marker ^~ is refused in the text", () => {
		const root = makeSite();
		put(root, '2021-2022/markoer.md', documentText({ body: 'Social^~aftale' }));
		expect(check(root)).toEqual([`${at('markoer.md')}:14:7 tegnene "^~" bruges af søgeindekset og må ikke stå i teksten: slet dem`]);
	});

	test('a file that is not UTF-8 is refused with how to save it', () => {
		const root = makeSite();
		put(root, '2021-2022/latin1.md', Buffer.from(documentText({ body: 'M\u00f8det blev holdt.' }), 'latin1'));
		expect(check(root)).toEqual([`${at('latin1.md')}: filen er ikke gemt som UTF-8: gem den igen med tegnsættet UTF-8 (i de fleste editorer under "Gem som")`]);
	});
});

describe('what reaches a CI log', () => {
	const NAME = 'x\n::error file=README.md::Alt er i orden.md';

	test('a file name with a newline is refused, printed on one line, and writes no annotation of its own', () => {
		const root = makeSite();
		writeFileSync(join(root, 'content/2021-2022', NAME), documentText());
		const problems = checkContent({ contentDir: join(root, 'content'), rootDir: root }).problems;
		expect(problems.map(formatProblem)).toEqual([
			'content/2021-2022/x\\u{a}::error file=README.md::Alt er i orden.md: filnavnet må kun indeholde bogstaver, tal, mellemrum, punktum, bindestreg og understreg',
		]);
		for (const line of [...problems.map(formatProblem), ...problems.map(formatGithubAnnotation)]) expect(line).not.toContain('\n');
		expect(problems.map(formatGithubAnnotation).join('')).toMatch(/^::error file=[^:]*%3A%3Aerror/);
	});

	test('a multi-line YAML value quoted in a message cannot start a line of its own', () => {
		expect(formatProblem({ file: 'content/x.md', line: 2, message: 'title "a\n::error::b" må ikke være tom' })).toBe('content/x.md:2 title "a\\u{a}::error::b" må ikke være tom');
	});
});

describe('values that are valid YAML but wrong for the site', () => {
	test('a date far outside the period is refused with the accepted range and why', () => {
		const root = makeSite();
		put(root, '2021-2022/fremtid.md', documentText({ date: "'9999-12-31'" }));
		expect(check(root)).toEqual([
			`${at('fremtid.md')}:4 date "9999-12-31" kan ikke høre til perioden 2021-2022: et dokument i perioden dateres fra 2018 til 2024 (forarbejdet begynder op til 3 år før perioden, opfølgningen slutter op til 2 år efter); ret årstallet`,
		]);
	});

	test.each(['/404/', '/data/gammel/', '/pagefind/gammel/', '/soeg/gammel/', '/sammenlign/x/', '/temaer/gammel/'])('a redirect from %s, which the site itself uses, is refused', (from) => {
		const root = makeSite();
		put(root, 'omdirigeringer.yaml', `- from: '${from}'\n  to: '/2021-2022/godkendelse/'\n  reason: Flyttet.\n`);
		const first = `/${from.split('/')[1]}`;
		expect(check(root).filter((line) => line.startsWith('content/omdirigeringer.yaml'))).toEqual([
			`content/omdirigeringer.yaml:1 from "${from}" ligger under ${first}/, som sitet selv bruger (sider, søgning, data eller filer): en omdirigering må ikke erstatte noget af sitets eget`,
		]);
	});

	test('a heading without letters or digits, which would get id="", is refused', () => {
		const root = makeSite();
		put(root, '2021-2022/overskrift.md', documentText({ body: '## §§\n\nTekst.' }));
		expect(check(root)).toEqual([`${at('overskrift.md')}:14:1 overskriften har hverken bogstaver eller tal, så den kan ikke få et anker: skriv overskriftens ord`]);
	});

	test('a footnote label with æ, which breaks its anchors, is refused with the fix', () => {
		const root = makeSite();
		put(root, '2021-2022/fodnote.md', documentText({ body: 'Tekst[^æble] her.\n\n[^æble]: Noten.' }));
		expect(check(root)).toEqual([
			`${at('fodnote.md')}:14:6 fodnotens navn [^æble] må kun bestå af a-z, 0-9, _ og bindestreg (ikke æ, ø, å eller mellemrum): skriv fx [^1]`,
			`${at('fodnote.md')}:16:1 fodnotens navn [^æble] må kun bestå af a-z, 0-9, _ og bindestreg (ikke æ, ø, å eller mellemrum): skriv fx [^1]`,
		]);
	});
});
