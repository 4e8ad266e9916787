// A few of the hostile classes (tests/validation/hostile-content.test.ts has them all, in-process)
// through the real build command: each stops the build with its Danish message naming the file,
// no code from content runs, and the last good site is left exactly as it was.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runBuild, snapshotFolder } from '../helpers/build-command.ts';
import { testBuild } from '../helpers/test-builds.ts';

// The three-period fixture as the global setup built it with npm run build (tests/helpers/test-builds.ts):
// the hostile files go into a copy of its content, and the copy of its site is the last good site.
const good = await testBuild('three-periods');
const work = mkdtempSync(join(tmpdir(), 'socialaftale-hostile-'));
const content = join(work, 'content');
const out = join(work, 'site');
// Where the hostile file's code would write if it ran.
const planted = join(work, 'koden-koerte');
cpSync(good.content, content, { recursive: true });
cpSync(good.out, out, { recursive: true });
const before = snapshotFolder(out);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HIDDEN_MDX = [
	'---',
	'title: Skjult kode',
	'kind: referat',
	"date: '2021-03-04'",
	'  ---',
	"import fs from 'node:fs'",
	'---',
	'',
	`{fs.writeFileSync(${JSON.stringify(planted)}, 'x')}`,
	'',
].join('\n');

const CASES = [
	{
		name: 'MDX hidden behind an indented fence',
		file: '2021-2022/skjult.mdx',
		write: (path: string) => writeFileSync(path, HIDDEN_MDX),
		message: /skjult\.mdx:5:\d+ ugyldig YAML|skjult\.mdx:\d+(:\d+)? /,
	},
	{
		name: 'a symbolic link to a file outside the repository',
		file: '2021-2022/passwd.md',
		write: (path: string) => symlinkSync('/etc/passwd', path),
		message: /passwd\.md: symbolske links bruges ikke i indholdet/,
	},
	{
		name: 'a YAML alias bomb',
		file: '2021-2022/bombe.md',
		write: (path: string) => writeFileSync(path, `---\ntitle: &a x\nsummary: *a\n---\n\nTekst.\n`),
		message: /bombe\.md:2:\d+ YAML-ankre \(&a\) bruges ikke/,
	},
];

describe('hostile files in the real build', () => {
	test('the fixture site builds first', () => {
		expect(good.stderr).toBe('');
		expect(Object.keys(before).length).toBeGreaterThan(5);
	});

	test.each(CASES)('$name stops the build in Danish, naming the file, and leaves the site untouched', ({ file, write, message }) => {
		const path = join(content, file);
		write(path);
		try {
			const result = runBuild(content, out);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(message);
			expect(result.stderr).toContain('Bygningen er stoppet; det tidligere byggede site er urørt.');
			expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
			expect(snapshotFolder(out)).toEqual(before);
			expect(existsSync(planted)).toBe(false);
		} finally {
			rmSync(path, { force: true });
		}
	});
});
