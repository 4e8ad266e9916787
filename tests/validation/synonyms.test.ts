// content/synonymer.yaml, the editors' synonyms for the search: what the check accepts, and every
// way a file can be wrong or hostile, each refused in Danish on its line.
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { check, makeSite, put, removeSites } from '../helpers/content-fixture.ts';

afterEach(removeSites);

const FILE = 'content/synonymer.yaml';
const glossaryEntry = `---\nterm: DAS\ntype: forkortelse\nexpansion: Den Administrative Styregruppe\n---\n\nDAS godkender aftalen.\n`;

describe('content/synonymer.yaml', () => {
	test('reads the groups with their synonyms, related terms and notes', () => {
		const root = makeSite();
		put(root, 'synonymer.yaml', `# Redaktionens egne synonymer\n- ord: [ældre, alderdom]\n  relaterede: [plejehjem]\n  note: Læsere skriver "ældre".\n- ord: [fyrtårn, flagskib]\n`);
		const result = checkContent({ contentDir: join(root, 'content'), rootDir: root });
		expect(result.problems).toEqual([]);
		expect(result.synonyms.map((group) => group.data)).toEqual([
			{ ord: ['ældre', 'alderdom'], relaterede: ['plejehjem'], note: 'Læsere skriver "ældre".' },
			{ ord: ['fyrtårn', 'flagskib'], relaterede: [] },
		]);
		expect(result.synonyms.map((group) => group.wordLines)).toEqual([
			{ ord: [2, 2], relaterede: [3] },
			{ ord: [5, 5], relaterede: [] },
		]);
	});

	test('accepts a file with comments only', () => {
		const root = makeSite();
		put(root, 'synonymer.yaml', '# Ingen synonymer endnu.\n');
		expect(check(root)).toEqual([]);
	});

	test('accepts a glossary name in a group that adds an everyday word to it', () => {
		const root = makeSite();
		put(root, 'ordliste/das.md', glossaryEntry);
		put(root, 'synonymer.yaml', '- ord: [DAS, styregruppen]\n');
		expect(check(root)).toEqual([]);
	});

	test.each([
		['a group with one word and nothing related', '- ord: [alderdom]\n', `${FILE}:1 gruppen med »alderdom« har kun ét ord: skriv dets synonymer under "ord:" eller beslægtede ord under "relaterede:", eller slet gruppen`],
		['a group with no words', '- ord: []\n  relaterede: [alderdom]\n', `${FILE}:1 [0].ord skal have mindst ét ord`],
		['a word given twice in one group', '- ord: [alderdom, Alderdom]\n', `${FILE}:1 »Alderdom« står også på linje 1: et ord må kun stå én gang i listen; saml grupperne, eller slet det ene`],
		[
			'a word in two groups',
			'- ord: [alderdom, ældre]\n- ord: [fyrtårn]\n  relaterede:\n    - ældre\n',
			`${FILE}:4 »ældre« står også på linje 1: et ord må kun stå én gang i listen; saml grupperne, eller slet det ene`,
		],
		[
			'a group none of whose words the content uses',
			'- ord: [rumfart, raketter]\n',
			`${FILE}:1 ingen af gruppens ord (»rumfart«, »raketter«) står i indholdet: en gruppe skal føre til noget, dokumenterne, ordlisten, temaerne eller perioderne skriver`,
		],
		['a field the list does not have', '- ord: [alderdom, ældre]\n  synonymer: [gamle]\n', `${FILE}:2 [0].synonymer er ikke et kendt felt (stavefejl? se feltlisten i CONTRIBUTING.md)`],
		['a group written as a bare list', '- [alderdom, ældre]\n', `${FILE}:1 [0] skal være en gruppe med "ord:" og eventuelt "relaterede:" og "note:", fx "- ord: [ældre, alderdom]"`],
		['a top level that is not a list', 'ord: [alderdom, ældre]\n', `${FILE}:1 metadata skal være en liste af grupper, hver med "ord:" og eventuelt "relaterede:" og "note:"`],
	])('refuses %s', (_case, text, message) => {
		const root = makeSite();
		put(root, 'synonymer.yaml', text);
		expect(check(root)).toEqual([message]);
	});

	test('refuses a group that only repeats a glossary entry’s names, naming the entry', () => {
		const root = makeSite();
		put(root, 'ordliste/das.md', glossaryEntry);
		put(root, 'synonymer.yaml', '- ord: [das, Den Administrative Styregruppe]\n');
		expect(check(root)).toEqual([
			`${FILE}:1 gruppen gentager kun navne fra ordlisten (content/ordliste/das.md), som søgningen allerede bruger: slet gruppen, eller tilføj de hverdagsord, læserne bruger`,
		]);
	});

	test('refuses synonyms that join two glossary concepts', () => {
		const root = makeSite();
		put(root, 'ordliste/das.md', glossaryEntry);
		put(root, 'ordliste/alderdom.md', `---\nterm: den gode alderdom\ntype: begreb\n---\n\nEt fokusområde.\n`);
		put(root, 'synonymer.yaml', '- ord: [DAS, den gode alderdom]\n');
		expect(check(root)).toEqual([
			`${FILE}:1 ordene under "ord:" hører til to begreber i ordlisten (content/ordliste/das.md og content/ordliste/alderdom.md): synonymer betyder det samme; flyt det ene begrebs navn til "relaterede:"`,
		]);
	});
});

describe('hostile synonym files', () => {
	test.each([
		['markup in a word', '- ord: [alderdom, "<script>alert(1)</script>"]\n', 1],
		['a newline that would write a CI annotation', '- ord: [alderdom, "ældre\\n::error::x"]\n', 1],
		['a query operator', '- ord: [alderdom, "-ældre"]\n', 1],
		['a word as long as a sentence', `- ord: [alderdom, ${'ældre'.repeat(13)}]\n`, 1],
	])('refuses %s in Danish on its line', (_case, text, line) => {
		const root = makeSite();
		put(root, 'synonymer.yaml', text);
		const [problem, ...rest] = check(root);
		expect(rest).toEqual([]);
		expect(problem).toMatch(new RegExp(`^${FILE}:${line} \\[0\\]\\.ord\\[1\\] `));
		expect(problem).toMatch(/må kun indeholde bogstaver|er for lang/);
	});

	test('refuses YAML aliases, which could expand to gigabytes', () => {
		const root = makeSite();
		put(root, 'synonymer.yaml', '- ord: &a [alderdom, ældre]\n- ord: *a\n');
		expect(check(root)).toEqual([
			`${FILE}:1:11 YAML-ankre (&a) bruges ikke: slet "&a"`,
			`${FILE}:2:8 YAML-aliaser (*a) bruges ikke: skriv værdien ud hvert sted, den skal stå`,
		]);
	});

	test('refuses broken YAML with a Danish message on its line', () => {
		const root = makeSite();
		put(root, 'synonymer.yaml', '- ord: [alderdom, ældre\n- ord: [x]\n');
		const problems = check(root);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/synonymer\.yaml:\d+(:\d+)? /);
		expect(problems[0]).not.toMatch(/[Ee]xpected|[Uu]nexpected/);
	});
});
