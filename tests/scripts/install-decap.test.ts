// The install step that gives the site its CMS: `npm install` unpacks the pinned Decap CMS bundle, a
// real `npm pack` from the registry (or npm's cache) into a folder of the test's own, and refuses an
// archive that is not the pinned one without touching what is installed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { installDecapBundle } from '../../scripts/lib/install-decap.ts';
import { DECAP_INSTALLED_FROM, DECAP_PIN, DECAP_SCRIPT, decapBundleDir, pinRecord } from '../../src/cms/decap-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'install-decap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const target = join(work, 'node_modules', '.decap-cms');

describe('the Decap CMS bundle', () => {
	test('npm install has unpacked the pinned bundle where the build and the dev server read it', () => {
		const dir = decapBundleDir();
		expect(readFileSync(join(dir, DECAP_INSTALLED_FROM), 'utf8')).toBe(pinRecord(DECAP_PIN));
		expect(existsSync(join(dir, DECAP_SCRIPT))).toBe(true);
		expect(existsSync(join(dir, `${DECAP_SCRIPT}.LICENSE.txt`))).toBe(true);
	});

	test('is unpacked from the pinned archive into an empty folder, and left there by the next install', async () => {
		expect(await installDecapBundle(target)).toBe('installed');
		// Exactly what the install of the repository itself unpacked: the archive's dist/.
		expect(readdirSync(target).sort()).toEqual(readdirSync(decapBundleDir()).sort());
		expect(decapBundleDir(target)).toBe(target);
		expect(await installDecapBundle(target)).toBe('present');
	});

	test('is refused when the archive does not have the pinned checksum, and what was installed stays', async () => {
		const wrong = { ...DECAP_PIN, integrity: `sha512-${'A'.repeat(86)}==` };
		await expect(installDecapBundle(target, wrong)).rejects.toThrow(
			new RegExp(`kontrolsum[\\s\\S]*angivet: +${wrong.integrity.replace(/[+/]/g, '\\$&')}[\\s\\S]*hentet: +${DECAP_PIN.integrity.replace(/[+/]/g, '\\$&')}[\\s\\S]*Intet er pakket ud`),
		);
		expect(readFileSync(join(target, DECAP_INSTALLED_FROM), 'utf8')).toBe(pinRecord(DECAP_PIN));
		// The folder it unpacked into is gone with it.
		expect(readdirSync(join(work, 'node_modules'))).toEqual(['.decap-cms']);
	});

	test('a version npm cannot fetch fails the install with what npm said', async () => {
		const missing = join(work, 'missing');
		await expect(installDecapBundle(missing, { ...DECAP_PIN, version: '0.0.0-findes-ikke' })).rejects.toThrow(/Decap CMS 0\.0\.0-findes-ikke kunne ikke hentes med npm pack[\s\S]*(E404|ETARGET|No matching version)/);
		expect(existsSync(missing)).toBe(false);
	});

	test('the build refuses a folder of another version, saying what to run', () => {
		expect(() => decapBundleDir(target, { ...DECAP_PIN, version: '3.0.0' })).toThrow(/Decap CMS 3\.0\.0\) er ikke installeret i .*Kør npm install/);
		expect(() => decapBundleDir(join(work, 'nothing'))).toThrow(/ikke installeret/);
	});
});
