// `npm run build` as editors meet it: bad content stops it with a clear message and the last good
// site stays in place; a new period is a folder and nothing else.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, TEST_BUILD_DATE } from '../helpers/build-site.ts';
import { readPage } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/sites/three-periods');
const work = mkdtempSync(join(tmpdir(), 'socialaftale-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(content: string, out: string) {
	return spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
		cwd: ROOT,
		encoding: 'utf8',
		// No public address or repository configured, as in a developer's local build.
		env: { ...process.env, SITE_BUILD_DATE: TEST_BUILD_DATE, CI: '', SITE_URL: '', SITE_EDIT_URL: '' },
	});
}

function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (path: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const full = join(path, entry.name);
			if (entry.isDirectory()) walk(full);
			else files[full.slice(dir.length)] = readFileSync(full, 'latin1');
		}
	};
	walk(dir);
	return files;
}

describe('a build with a third period from fixtures', () => {
	const out = join(work, 'three-periods-site');
	const result = build(FIXTURE, out);

	test('succeeds', () => {
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	test('shows the new period in the switcher, the period list and the search filters', () => {
		const home = readPage(out, '/');
		expect(home('nav.period-switcher a').map((_, a) => home(a).text()).get()).toEqual(['2023-2024', '2021-2022', '2018-2020']);
		expect(home('.period-list a').first().attr('href')).toBe('/2023-2024/');
		const search = readPage(out, '/soeg/');
		expect(search('input[name="periode"]').map((_, input) => search(input).attr('value')).get()).toEqual([
			'2023-2024',
			'2021-2022',
			'2018-2020',
		]);
		expect(search('input[name="fokusomraade"]').map((_, input) => search(input).attr('value')).get()).toContain('Tæt samarbejde');
	});

	test('without SITE_URL uses the address npm start serves, and without SITE_EDIT_URL has no edit link', () => {
		const $ = readPage(out, '/2021-2022/godkendelse/');
		expect($('link[rel="canonical"]').attr('href')).toBe('http://localhost:4321/2021-2022/godkendelse/');
		expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('<link>http://localhost:4321/</link>');
		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>http://localhost:4321/2023-2024/</loc>');
		expect($('.page-provenance').length).toBe(1);
		expect($('.page-provenance a').length).toBe(0);
	});

	test('makes 2021-2022 an older period once a newer one exists', () => {
		const $ = readPage(out, '/2021-2022/godkendelse/');
		expect($('aside.older-notice a').attr('href')).toBe('/2023-2024/godkendelse/');
	});
});

describe('a build with a bad content file', () => {
	const content = join(work, 'bad-content');
	const out = join(work, 'bad-site');
	cpSync(FIXTURE, content, { recursive: true });
	const good = build(content, out);
	const before = snapshot(out);
	const file = join(content, '2021-2022', 'godkendelse.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace("date: '2020-11-24'", "date: '2020-13-45'"));
	const bad = build(content, out);

	test('starts from a good build', () => {
		expect(good.status).toBe(0);
		expect(Object.keys(before).length).toBeGreaterThan(5);
	});

	test('fails with a message naming the file, the line, the field and what is expected', () => {
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('2021-2022/godkendelse.md:4 date "2020-13-45" er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD');
	});

	test('leaves the last good site exactly as it was and no staging folder behind', () => {
		expect(snapshot(out)).toEqual(before);
		expect(existsSync(join(ROOT, '.build')) && readdirSync(join(ROOT, '.build')).some((name) => name.startsWith('staging-'))).toBe(false);
	});

	test('refuses a period folder without a period file, naming the known periods', () => {
		cpSync(FIXTURE, join(work, 'unknown-period'), { recursive: true });
		writeFileSync(join(work, 'unknown-period', '2021-2022', 'godkendelse.md'), readFileSync(join(FIXTURE, '2021-2022', 'godkendelse.md')));
		rmSync(join(work, 'unknown-period', '2023-2024', 'periode.yaml'));
		const result = build(join(work, 'unknown-period'), join(work, 'unknown-period-site'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/unknown-period\/2023-2024\/: ukendt periodemappe: den mangler periode\.yaml \(kendte perioder: 2018-2020, 2021-2022\)/);
		expect(existsSync(join(work, 'unknown-period-site'))).toBe(false);
	});
});
