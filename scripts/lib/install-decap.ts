// Unpacks the pinned Decap CMS bundle (src/cms/decap-bundle.ts). The archive comes from npm itself
// (`npm pack`, so from the registry, proxy and cache that npm is set to use, as every other package
// does), its checksum must be the pinned one, and only its dist/ folder is written: into
// a folder beside the target, which then replaces the target whole. A failed or refused install
// leaves the target as it was, and a half-unpacked bundle is never in its place.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unpackTar } from 'modern-tar';
import { DECAP_INSTALLED_FROM, DECAP_PIN, DECAP_SCRIPT, type DecapPin, decapBundleHome, holdsPin, pinRecord } from '../../src/cms/decap-bundle.ts';

/** The archive's files that are unpacked: the bundle's, flat in dist/, with its licence notices. */
const UNPACKED = /^package\/dist\/[\w.-]+$/;

/** Runs npm as the install that started this script does, or as found on PATH when run by hand. */
function npm(args: string[], cwd: string) {
	const cli = process.env.npm_execpath;
	return cli
		? spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' })
		: spawnSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
}

/** The package's archive, fetched by `npm pack` into `dir`. */
function packArchive(pin: DecapPin, dir: string): Buffer {
	const packed = npm(['pack', `decap-cms@${pin.version}`, '--json', '--pack-destination', dir, '--loglevel', 'error'], dir);
	if (packed.status !== 0) {
		throw new Error(`Decap CMS ${pin.version} kunne ikke hentes med npm pack (exit ${packed.status}):\n${packed.stderr || packed.error?.message}`);
	}
	const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
	return readFileSync(join(dir, basename(filename)));
}

/**
 * Installs the bundle of `pin` in `target`, unless it is there already. Throws, in Danish, when npm
 * cannot fetch the archive or its checksum is not the pinned one.
 */
export async function installDecapBundle(target = decapBundleHome(), pin = DECAP_PIN): Promise<'installed' | 'present'> {
	if (holdsPin(target, pin)) return 'present';
	mkdirSync(dirname(target), { recursive: true });
	const work = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
	try {
		const archive = packArchive(pin, work);
		const integrity = `sha512-${createHash('sha512').update(archive).digest('base64')}`;
		if (integrity !== pin.integrity) {
			throw new Error(
				`Arkivet for decap-cms@${pin.version} har ikke den kontrolsum, src/cms/decap-bundle.ts angiver:\n` +
					`  angivet:  ${pin.integrity}\n  hentet:   ${integrity}\n` +
					'Intet er pakket ud. Står der en ny version i filen, så skriv den kontrolsum, som npm view decap-cms@<version> dist.integrity viser.',
			);
		}
		const entries = await unpackTar(gunzipSync(archive), { filter: (header) => header.type === 'file' && UNPACKED.test(header.name) });
		const unpacked = join(work, 'bundle');
		mkdirSync(unpacked);
		for (const { header, data } of entries) writeFileSync(join(unpacked, basename(header.name)), data ?? new Uint8Array());
		if (!entries.some(({ header }) => basename(header.name) === DECAP_SCRIPT)) {
			throw new Error(`Arkivet for decap-cms@${pin.version} har ingen dist/${DECAP_SCRIPT}; intet er pakket ud.`);
		}
		// Written last: a folder with this record is a complete bundle of exactly this archive.
		writeFileSync(join(unpacked, DECAP_INSTALLED_FROM), pinRecord(pin));
		rmSync(target, { recursive: true, force: true });
		renameSync(unpacked, target);
		return 'installed';
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
