// `npm run new` as an editor uses it: flags or questions in, a valid file in the right place out.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runNew, type ScaffoldIo } from '../../scripts/lib/scaffold.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/sites/three-periods');
const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the three-period fixture site as `<root>/content`. */
function site(): { root: string; content: string } {
	const root = mkdtempSync(join(tmpdir(), 'new-'));
	roots.push(root);
	cpSync(FIXTURE, join(root, 'content'), { recursive: true });
	return { root, content: join(root, 'content') };
}

/** An io that answers questions from a script and records what is printed. */
function io(answers: string[] = []): ScaffoldIo & { out: string[]; err: string[]; asked: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const asked: string[] = [];
	return {
		interactive: answers.length > 0,
		ask: async (question) => {
			asked.push(question);
			return answers.shift() ?? '';
		},
		print: (line) => out.push(line),
		error: (line) => err.push(line),
		out,
		err,
		asked,
	};
}

const DOCUMENT_FLAGS = [
	'document',
	'--period', '2021-2022',
	'--title', 'Referat fra mødet i Testrådet',
	'--kind', 'referat',
	'--date', '2021-05-06',
	'--issuer', 'Testrådet',
	'--publisher', 'ukendt',
	'--summary', 'Testrådets referat af mødet om den gode alderdom.',
	'--focus-areas', 'alderdom',
];

describe('npm run new -- document', () => {
	test('writes a complete document that passes the content check, named from its title', async () => {
		const { root, content } = site();
		const terminal = io();
		expect(await runNew({ args: DOCUMENT_FLAGS, contentDir: content, rootDir: root, io: terminal })).toBe(0);
		const file = join(content, '2021-2022/referat-fra-moedet-i-testraadet.md');
		expect(terminal.out[0]).toBe('Oprettet: content/2021-2022/referat-fra-moedet-i-testraadet.md');
		expect(readFileSync(file, 'utf8')).toMatchInlineSnapshot(`
			"---
			# Felterne er forklaret i CONTRIBUTING.md. Skriv kildens tekst under overskrifterne, og slet
			# noten om den manglende tekst (her og i teksten), når teksten er indsat.
			title: 'Referat fra mødet i Testrådet'
			kind: 'referat'
			date: '2021-05-06'
			issuer: 'Testrådet'
			source:
			  title: 'Referat fra mødet i Testrådet'
			  publisher: 'ukendt'
			focusAreas:
			  - 'alderdom'
			summary: 'Testrådets referat af mødet om den gode alderdom.'
			notes:
			  - kind: 'mangler'
			    text: 'Dokumentets tekst er endnu ikke indsat fra kilden.'
			---

			## Dokumentets tekst

			> **Redaktionel note:** Dokumentets tekst er endnu ikke indsat fra kilden.
			"
		`);
		const result = checkContent({ contentDir: content, rootDir: root });
		expect(result.problems).toEqual([]);
		expect(result.documents.find((document) => document.slug === 'referat-fra-moedet-i-testraadet')?.data.kind).toBe('referat');
	});

	test('never overwrites an existing file', async () => {
		const { root, content } = site();
		const before = readFileSync(join(content, '2021-2022/godkendelse.md'), 'utf8');
		const terminal = io();
		expect(await runNew({ args: [...DOCUMENT_FLAGS, '--file', 'godkendelse'], contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err).toEqual(['content/2021-2022/godkendelse.md findes allerede og bliver ikke overskrevet: vælg et andet filnavn med --file']);
		expect(readFileSync(join(content, '2021-2022/godkendelse.md'), 'utf8')).toBe(before);
	});

	test('without a terminal, names every missing flag and writes nothing', async () => {
		const { root, content } = site();
		const terminal = io();
		expect(await runNew({ args: ['document', '--period', '2021-2022', '--title', 'Et referat'], contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err).toEqual([
			'mangler --kind: Dokumenttype (aftaletekst, godkendelse, resultater, visionsdag, referat, skriftligt-input)',
			'mangler --date: Dato så præcist som kilden siger den (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller ukendt)',
			'mangler --issuer: Udsteder: hvem udsendte dokumentet (eller ukendt)',
			'mangler --publisher: Hvem offentliggjorde kilden (eller ukendt)',
			'mangler --summary: Resumé: en eller to sætninger om, hvad dokumentet er',
			'Kommandoen spørger kun, når den køres i en terminal; giv ellers alle felter som flag.',
		]);
		expect(existsSync(join(content, '2021-2022/et-referat.md'))).toBe(false);
	});

	test('refuses a value its field does not allow, with the field’s own message', async () => {
		const { root, content } = site();
		const terminal = io();
		const args = DOCUMENT_FLAGS.map((value) => (value === '2021-05-06' ? '2021-13-01' : value));
		expect(await runNew({ args, contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err[0]).toBe('--date "2021-13-01" er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "ukendt")');
	});

	test('refuses a period that does not exist, naming the known ones', async () => {
		const { root, content } = site();
		const terminal = io();
		const args = DOCUMENT_FLAGS.map((value) => (value === '2021-2022' ? '2025-2026' : value));
		expect(await runNew({ args, contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err).toEqual([
			'perioden 2025-2026 findes ikke (kendte perioder: 2018-2020, 2021-2022, 2023-2024); opret den først med npm run new -- period',
		]);
	});

	test('reports what the content check finds in the new file, and keeps the file to fix', async () => {
		const { root, content } = site();
		const terminal = io();
		const args = DOCUMENT_FLAGS.map((value) => (value === 'alderdom' ? 'fyrtaarne' : value));
		expect(await runNew({ args, contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err).toEqual([
			'content/2021-2022/referat-fra-moedet-i-testraadet.md er oprettet, men indholdskontrollen fandt fejl i den:',
			'content/2021-2022/referat-fra-moedet-i-testraadet.md:12 focusAreas[0] "fyrtaarne" er ikke et fokusområde i perioden 2021-2022 (kendte: alderdom)',
		]);
	});

	test('asks for what is missing in a terminal, asks again after a wrong answer, and offers defaults', async () => {
		const { root, content } = site();
		const terminal = io(['2021-2022', 'Referat af mødet', 'referat', '2021-02-30', '2021-02-03', 'Testrådet', '', 'ukendt', '', '', 'Testrådets referat af mødet.', '']);
		expect(await runNew({ args: ['document'], contentDir: content, rootDir: root, io: terminal })).toBe(0);
		expect(terminal.asked).toContain('Kildens titel [Referat af mødet]: ');
		expect(terminal.asked).toContain('Filnavn (bliver dokumentets adresse) [referat-af-moedet]: ');
		expect(terminal.err).toEqual(['  er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "ukendt")']);
		const text = readFileSync(join(content, '2021-2022/referat-af-moedet.md'), 'utf8');
		expect(text).toContain("date: '2021-02-03'");
		expect(text).toContain("source:\n  title: 'Referat af mødet'\n  publisher: 'ukendt'\nfocusAreas: []\n");
	});
});

describe('npm run new -- period', () => {
	test('creates the period folder and file, titled after the period unless told otherwise', async () => {
		const { root, content } = site();
		const terminal = io();
		expect(await runNew({ args: ['period', '--id', '2025-2026'], contentDir: content, rootDir: root, io: terminal })).toBe(0);
		expect(readFileSync(join(content, '2025-2026/periode.yaml'), 'utf8')).toBe(
			[
				'# Aftaleperioden. Felterne er forklaret i CONTRIBUTING.md: tilføj vision, fokusområder og',
				'# godkendelse, når kilderne oplyser dem. YAML rykker ind med mellemrum, ikke tabulatorer.',
				"id: '2025-2026'",
				"title: 'Nordjysk Socialaftale 2025-2026'",
				'firstYear: 2025',
				'lastYear: 2026',
				'',
			].join('\n'),
		);
		expect(checkContent({ contentDir: content, rootDir: root }).periods.map((period) => period.data.id)).toContain('2025-2026');
	});

	test('refuses an id that is not a period and an existing period', async () => {
		const { root, content } = site();
		const terminal = io();
		expect(await runNew({ args: ['period', '--id', '2025–2026'], contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err).toEqual(['--id "2025–2026" bruger en tankestreg; skriv årene med bindestreg (fx "2021-2022")']);
		expect(await runNew({ args: ['period', '--id', '2023-2024'], contentDir: content, rootDir: root, io: terminal })).toBe(1);
		expect(terminal.err.at(-1)).toBe('content/2023-2024/periode.yaml findes allerede og bliver ikke overskrevet');
	});
});

describe('the command line', () => {
	test('runs without a terminal, from SITE_CONTENT_DIR, and explains its use when called wrongly', () => {
		const { content } = site();
		const run = (args: string[]) =>
			spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_CONTENT_DIR: content } });
		const made = run(['period', '--id', '2025-2026', '--title', 'Nordjysk Socialaftale 2025-2026']);
		expect(made.stderr).toBe('');
		expect(made.status).toBe(0);
		expect(existsSync(join(content, '2025-2026/periode.yaml'))).toBe(true);
		const wrong = run(['side']);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('Brug: npm run new -- document');
		// Two fresh processes, each loading the dictionaries: seconds on a busy machine.
	}, 60_000);
});
