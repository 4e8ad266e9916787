// Protects the content check: every mistake an editor can make is reported once, in Danish, on the right line.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { BAD_DOCUMENT_CASES, KINDS } from '../fixtures/bad-content/cases.ts';
import { BAD_CONTENT, THREE_PERIODS, check, emptyRoot, makeSite, put, removeSites } from '../helpers/content-fixture.ts';

const CHECK_CONTENT_MODULE = new URL('../../src/validation/check-content.ts', import.meta.url).href;
const PROBLEMS_MODULE = new URL('../../src/validation/problems.ts', import.meta.url).href;

const KNOWN_PERIODS = 'kendte perioder: 2018-2020, 2021-2022, 2023-2024';

afterEach(removeSites);

describe('checkContent', () => {
	test('finds no problem in the valid three-period site', () => {
		const root = makeSite();
		const result = checkContent({ contentDir: join(root, 'content'), rootDir: root });
		expect(result.problems).toEqual([]);
		expect(result.periods.map((period) => [period.file, period.data.id])).toEqual([
			['content/2018-2020/periode.yaml', '2018-2020'],
			['content/2021-2022/periode.yaml', '2021-2022'],
			['content/2023-2024/periode.yaml', '2023-2024'],
		]);
		expect(
			result.documents.map((document) => [document.file, document.period, document.slug]),
		).toEqual([
			['content/2018-2020/resultater.md', '2018-2020', 'resultater'],
			['content/2021-2022/godkendelse.md', '2021-2022', 'godkendelse'],
			['content/2023-2024/godkendelse.md', '2023-2024', 'godkendelse'],
		]);
	});

	test('gives a document its parsed metadata, its body and the line the body starts on', () => {
		const root = makeSite();
		const document = checkContent({
			contentDir: join(root, 'content'),
			rootDir: root,
		}).documents.find((entry) => entry.file === 'content/2021-2022/godkendelse.md');
		expect(document?.data).toMatchObject({
			title: 'Godkendelse af testaftalen',
			date: '2020-11-24',
			focusAreas: ['alderdom'],
			notes: [],
		});
		expect(document?.bodyFirstLine).toBe(12);
		expect(document?.body.split('\n')[1]).toBe('## Resumé');
	});


	test.each(BAD_DOCUMENT_CASES)('reports $fixture exactly as expected', ({ fixture, expected }) => {
		const root = makeSite();
		put(root, `2021-2022/${fixture}`, readFileSync(join(BAD_CONTENT, fixture)));
		expect(check(root)).toEqual(expected);
	});

	test('has a table row for every fixture in tests/fixtures/bad-content/', () => {
		const fixtures = readdirSync(BAD_CONTENT).filter(
			(name) => /\.mdx?$/.test(name) && name !== 'README.md',
		);
		expect(BAD_DOCUMENT_CASES.map((row) => row.fixture).sort()).toEqual(fixtures.sort());
	});

	test('still has a byte order mark and Windows line ends in the BOM and CRLF fixtures', () => {
		for (const fixture of ['bom-and-crlf-valid.md', 'bom-and-crlf-errors.md']) {
			const bytes = readFileSync(join(BAD_CONTENT, fixture));
			expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			expect(
				bytes
					.toString('utf8')
					.split('\n')
					.slice(0, -1)
					.every((line) => line.endsWith('\r')),
			).toBe(true);
		}
	});

	test('reads a file with a byte order mark and Windows line ends like any other', () => {
		const root = makeSite();
		put(
			root,
			'2021-2022/bom-and-crlf-valid.md',
			readFileSync(join(BAD_CONTENT, 'bom-and-crlf-valid.md')),
		);
		const result = checkContent({ contentDir: join(root, 'content'), rootDir: root });
		const document = result.documents.find((entry) => entry.slug === 'bom-and-crlf-valid');
		expect(document?.data.title).toBe('Referat gemt med BOM og Windows-linjeskift');
		expect(document?.data.focusAreas).toEqual(['alderdom']);
		expect(document?.body).not.toContain('\r');
		expect(document?.bodyFirstLine).toBe(12);
	});

	test('checks links to a clashing address against the file that keeps it, and reports only the clash', () => {
		const root = makeSite();
		put(root, '2021-2022/links-valid.md', readFileSync(join(BAD_CONTENT, 'links-valid.md')));
		put(root, '2021-2022/godkendelse_.md', readFileSync(join(BAD_CONTENT, 'godkendelse_.md')));
		expect(check(root)).toEqual([
			'content/2021-2022/godkendelse_.md: giver samme adresse /2021-2022/godkendelse/ som content/2021-2022/godkendelse.md: giv et af dokumenterne et andet filnavn',
		]);
	});

	test('reports a period folder without periode.yaml and lists the known periods', () => {
		const root = makeSite();
		put(root, '1999-2000/referat.md', readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md')));
		expect(check(root)).toEqual([
			`content/1999-2000/: ukendt periodemappe: den mangler periode.yaml (${KNOWN_PERIODS})`,
		]);
	});

	test.each([
		{ folder: 'arkiv', case: 'a word' },
		{ folder: '2021–2022', case: 'an en dash' },
		{ folder: '2022-2021', case: 'the years reversed' },
	])('reports a folder named with $case as not a period folder', ({ folder }) => {
		const root = makeSite();
		put(root, `${folder}/referat.md`, '---\ntitle: x\n---\n');
		expect(check(root)).toEqual([
			`content/${folder}/: "${folder}" er ikke navnet på en periodemappe (forventet første og sidste år, fx 2021-2022; ${KNOWN_PERIODS})`,
		]);
	});

	test("says 'ingen' when no folder is a period", () => {
		const root = emptyRoot();
		put(root, 'arkiv/referat.md', '');
		expect(check(root)).toEqual([
			'content/arkiv/: "arkiv" er ikke navnet på en periodemappe (forventet første og sidste år, fx 2021-2022; kendte perioder: ingen)',
		]);
	});

	test('reports a file lying directly in the content folder', () => {
		const root = makeSite();
		put(root, 'referat.md', readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md')));
		expect(check(root)).toEqual([
			'content/referat.md: filer skal ligge i en periodemappe, fx content/2021-2022/',
		]);
	});

	test.each(['bilag.pdf', 'referat.docx', 'periode.yml', 'referat.txt'])(
		'reports the unsupported file %s in a period folder',
		(name) => {
			const root = makeSite();
			put(root, `2021-2022/${name}`, 'x');
			expect(check(root)).toEqual([
				`content/2021-2022/${name}: ukendt filtype: dokumenter skal være Markdown (.md) eller MDX (.mdx)`,
			]);
		},
	);

	test('accepts .mdx documents', () => {
		const root = makeSite();
		put(root, '2021-2022/referat.mdx', readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md')));
		const result = checkContent({ contentDir: join(root, 'content'), rootDir: root });
		expect(result.problems).toEqual([]);
		expect(result.documents.filter((document) => document.period === '2021-2022').map((document) => document.slug)).toEqual(['godkendelse', 'referat']);
	});

	// `.MD` is a document on a case-insensitive file system and nothing on another: one reading
	// for every machine means one spelling.
	test.each(['dagsorden.MD', 'dagsorden.Md', 'dagsorden.MDX'])('refuses the upper-case extension of %s, saying how to write it', (name) => {
		const root = makeSite();
		put(root, `2021-2022/${name}`, readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md')));
		const extension = name.slice(name.indexOf('.'));
		expect(check(root)).toEqual([`content/2021-2022/${name}: filendelsen "${extension}" skal skrives med små bogstaver: ${extension.toLowerCase()}`]);
	});

	test('reports a subfolder in a period folder', () => {
		const root = makeSite();
		put(
			root,
			'2021-2022/bilag/referat.md',
			readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md')),
		);
		expect(check(root)).toEqual([
			'content/2021-2022/bilag/: undermapper bruges ikke: læg dokumentet direkte i periodemappen',
		]);
	});

	test('ignores hidden files such as .DS_Store', () => {
		const root = makeSite();
		put(root, '.DS_Store', 'x');
		put(root, '2021-2022/.DS_Store', 'x');
		put(root, '2021-2022/.udkast.md', 'x');
		expect(check(root)).toEqual([]);
	});

	test('reports a file name that gives no address', () => {
		const root = makeSite();
		put(root, '2021-2022/---.md', readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md')));
		expect(check(root)).toEqual([
			'content/2021-2022/---.md: filnavnet giver ingen adresse: brug bogstaver eller tal i filnavnet',
		]);
	});

	test('reports two files that give the same address, møde.md and moede.md', () => {
		const root = makeSite();
		const text = readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md'));
		put(root, '2021-2022/møde.md', text);
		put(root, '2021-2022/moede.md', text);
		const problems = check(root);
		expect(problems).toHaveLength(1);
		// Which of the two is named first is the subject of the locale test below.
		expect([
			'content/2021-2022/moede.md: giver samme adresse /2021-2022/moede/ som content/2021-2022/møde.md: giv et af dokumenterne et andet filnavn',
			'content/2021-2022/møde.md: giver samme adresse /2021-2022/moede/ som content/2021-2022/moede.md: giv et af dokumenterne et andet filnavn',
		]).toContain(problems[0]);
	});

	test('reports the same problems whatever the locale of the machine it runs on', () => {
		const root = makeSite();
		const text = readFileSync(join(BAD_CONTENT, 'unquoted-date-valid.md'));
		put(root, '2021-2022/møde.md', text);
		put(root, '2021-2022/moede.md', text);
		put(root, '2021-2022/årsrapport.md', readFileSync(join(BAD_CONTENT, 'unknown-kind.md')));
		put(root, '2021-2022/zebra.md', readFileSync(join(BAD_CONTENT, 'unknown-kind.md')));
		const script = `
			const { checkContent } = await import(${JSON.stringify(CHECK_CONTENT_MODULE)});
			const { formatProblem } = await import(${JSON.stringify(PROBLEMS_MODULE)});
			const root = process.env.CHECK_ROOT;
			const result = checkContent({ contentDir: root + '/content', rootDir: root });
			console.log(JSON.stringify(result.problems.map(formatProblem)));
		`;
		const runWithLocale = (locale: string) => {
			const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
				env: { ...process.env, CHECK_ROOT: root, LANG: locale, LC_ALL: locale },
				encoding: 'utf8',
			});
			expect(child.stderr).toBe('');
			return JSON.parse(child.stdout) as string[];
		};
		const english = runWithLocale('en_US.UTF-8');
		expect(english).toHaveLength(3);
		expect(runWithLocale('da_DK.UTF-8')).toEqual(english);
		// Two fresh processes, each loading the dictionaries: on a busy machine that is several seconds.
	}, 60_000);

	test('reports a period file whose id is not its folder name', () => {
		const root = makeSite();
		put(
			root,
			'2023-2024/periode.yaml',
			"id: '2025-2026'\ntitle: Forkert periode\nfirstYear: 2025\nlastYear: 2026\n",
		);
		expect(check(root)).toEqual([
			'content/2023-2024/periode.yaml:1 id "2025-2026" skal være det samme som mappens navn (2023-2024)',
		]);
	});

	test('reports a period id written with an en dash, naming the value once', () => {
		const root = makeSite();
		put(
			root,
			'2023-2024/periode.yaml',
			"title: Periode med tankestreg\nid: '2023–2024'\nfirstYear: 2023\nlastYear: 2024\n",
		);
		expect(check(root)).toEqual([
			'content/2023-2024/periode.yaml:2 id "2023–2024" bruger en tankestreg; skriv årene med bindestreg (fx "2021-2022")',
		]);
	});

	test('reports years that do not match the period id on the firstYear line, naming the field once', () => {
		const root = makeSite();
		put(
			root,
			'2023-2024/periode.yaml',
			"id: '2023-2024'\ntitle: Periode med forkerte år\nfirstYear: 2022\nlastYear: 2024\n",
		);
		const problems = check(root);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/2023-2024\/periode\.yaml:3 firstYear /);
		expect(problems[0]).toContain('(2022-2024) skal passe med id "2023-2024"');
		expect(problems[0]!.match(/firstYear/g)).toHaveLength(1);
	});

	test('reports a focus area id used twice in a period, naming the value once', () => {
		const root = makeSite();
		put(
			root,
			'2023-2024/periode.yaml',
			"id: '2023-2024'\ntitle: Periode\nfirstYear: 2023\nlastYear: 2024\nfocusAreas:\n  - id: samarbejde\n    title: Samarbejde\n  - id: samarbejde\n    title: Samarbejde igen\n",
		);
		expect(check(root)).toEqual([
			'content/2023-2024/periode.yaml:8 focusAreas[1].id "samarbejde" er brugt to gange',
		]);
	});

	test('reports a period file that is not valid YAML, with line and column', () => {
		const root = makeSite();
		put(
			root,
			'2023-2024/periode.yaml',
			"id: '2023-2024'\ntitle: Periode\n\tfirstYear: 2023\nlastYear: 2024\n",
		);
		expect(check(root)).toEqual([
			'content/2023-2024/periode.yaml:3:1 linjen er rykket ind med en tabulator: ryk ind med mellemrum (to for hvert niveau)',
		]);
	});

	test('reads a period file that starts with a byte order mark', () => {
		const root = makeSite();
		const text = readFileSync(join(THREE_PERIODS, '2023-2024/periode.yaml'), 'utf8');
		put(root, '2023-2024/periode.yaml', `\uFEFF${text.replace(/\n/g, '\r\n')}`);
		expect(check(root)).toEqual([]);
	});

	test('reports a period file that points to a document the archive does not have', () => {
		const root = makeSite();
		const text = readFileSync(join(THREE_PERIODS, '2021-2022/periode.yaml'), 'utf8');
		put(
			root,
			'2021-2022/periode.yaml',
			text.replace(
				"  source: '2021-2022/godkendelse'\nfocusAreas",
				"  source: '2021-2022/visionen'\nfocusAreas",
			),
		);
		expect(check(root)).toEqual([
			'content/2021-2022/periode.yaml:9 vision.source "2021-2022/visionen" peger ikke på et dokument i arkivet (forventet "periode/dokument", fx "2018-2020/resultater")',
		]);
	});

	test('does not also report a reference to a document whose own metadata is wrong', () => {
		const root = makeSite();
		const text = readFileSync(join(THREE_PERIODS, '2021-2022/godkendelse.md'), 'utf8');
		put(root, '2021-2022/godkendelse.md', text.replace('kind: godkendelse', 'kind: godkendt'));
		expect(check(root)).toEqual([
			`content/2021-2022/godkendelse.md:3 kind "godkendt" skal være en af: ${KINDS}`,
		]);
	});

	test('reports a missing content folder', () => {
		const root = emptyRoot();
		expect(check(root)).toEqual(['content: indholdsmappen findes ikke']);
	});

	test('holds glossary entries to the same text rules, with lines', () => {
		const root = makeSite();
		put(
			root,
			'ordliste/das.md',
			'---\nterm: DAS\ntype: forkortelse\nrelated:\n  - kkr\n---\n\nSamabejde på socialområdet. Se [aftalen](2021-2022/).\n',
		);
		expect(check(root)).toEqual([
			'content/ordliste/das.md:5 related[0] "kkr" er ikke et begreb i ordlisten (ordliste/kkr.md findes ikke)',
			'content/ordliste/das.md:8:1 ukendt ord »Samabejde«: ret stavningen, eller tilføj ordet til cspell/projektord.txt, hvis det er et navn eller et fagord',
			'content/ordliste/das.md:8:32 linket "2021-2022/" er relativt, men filen har ingen side at regne fra: skriv adressen fra roden, fx /2021-2022/',
		]);
	});

	describe('content/omdirigeringer.yaml', () => {
		const redirect = (from: string, to: string) => `- from: '${from}'\n  to: '${to}'\n  reason: Filen fik et bedre navn.\n`;

		test('reads the moved addresses, each leading to a page that exists', () => {
			const root = makeSite();
			put(root, 'omdirigeringer.yaml', `# Flyttede adresser\n${redirect('/2021-2022/godkendelse-af-aftalen/', '/2021-2022/godkendelse/')}`);
			const result = checkContent({ contentDir: join(root, 'content'), rootDir: root });
			expect(result.problems).toEqual([]);
			expect(result.redirects.map((entry) => entry.data)).toEqual([
				{ from: '/2021-2022/godkendelse-af-aftalen/', to: '/2021-2022/godkendelse/', reason: 'Filen fik et bedre navn.' },
			]);
		});

		test('accepts a file with comments only', () => {
			const root = makeSite();
			put(root, 'omdirigeringer.yaml', '# Ingen adresser er flyttet endnu.\n');
			expect(check(root)).toEqual([]);
		});

		test('refuses to redirect away from a page that still exists', () => {
			const root = makeSite();
			put(root, 'omdirigeringer.yaml', redirect('/2021-2022/godkendelse/', '/2023-2024/godkendelse/'));
			expect(check(root)).toEqual([
				'content/omdirigeringer.yaml:1 from "/2021-2022/godkendelse/" er stadig en side på sitet: en omdirigering må kun lede væk fra en adresse, der ikke findes længere',
			]);
		});

		test('refuses a redirect to a page that does not exist, and a chain of redirects', () => {
			const root = makeSite();
			put(
				root,
				'omdirigeringer.yaml',
				redirect('/2021-2022/gammel/', '/2021-2022/mellem/') + redirect('/2021-2022/mellem/', '/2021-2022/godkendelse/') + redirect('/2021-2022/tabt/', '/2021-2022/findes-ikke/'),
			);
			expect(check(root)).toEqual([
				'content/omdirigeringer.yaml:2 to "/2021-2022/mellem/" er selv omdirigeret til /2021-2022/godkendelse/: skriv /2021-2022/godkendelse/ her, så læseren kommer frem i ét skridt',
				'content/omdirigeringer.yaml:8 to "/2021-2022/findes-ikke/" er ikke en side på sitet (et dokuments adresse er /periode/filnavn/)',
			]);
		});

		test('tells an editor who links to a moved address to link to the new one', () => {
			const root = makeSite();
			put(root, 'omdirigeringer.yaml', redirect('/2021-2022/gammel/', '/2021-2022/godkendelse/'));
			const file = join(root, 'content/2021-2022/godkendelse.md');
			writeFileSync(file, `${readFileSync(file, 'utf8')}\nSe [den gamle side](/2021-2022/gammel/).\n`);
			expect(check(root)).toEqual([
				'content/2021-2022/godkendelse.md:21:4 adressen /2021-2022/gammel/ er flyttet til /2021-2022/godkendelse/: link direkte til /2021-2022/godkendelse/',
			]);
		});

		test('names the entry and field of an address written wrong, and an old address listed twice', () => {
			const root = makeSite();
			put(root, 'omdirigeringer.yaml', redirect('/2021-2022/gammel', '/2021-2022/godkendelse/') + redirect('/2021-2022/x/', '/2021-2022/godkendelse/') + redirect('/2021-2022/x/', '/2021-2022/godkendelse/'));
			expect(check(root)).toEqual([
				'content/omdirigeringer.yaml:1 [0].from "/2021-2022/gammel" skal være en adresse på sitet med / før og efter, fx "/2021-2022/godkendelse-regionsraadet/"',
				'content/omdirigeringer.yaml:7 [2].from "/2021-2022/x/" er nævnt to gange',
			]);
		});
	});
});
