// Which Decap CMS the site serves, and where its prebuilt bundle is after `npm install`.
//
// The bundle (`dist/` of the npm package `decap-cms`) is complete in itself: it is what a CDN serves
// to a <script> tag. As a dependency in package.json, the package also brought the 650 packages its
// sources are built from (React, the widgets, webpack loaders), none of which the bundle loads: half
// of every install's packages and of its time (a fresh `npm ci` here: 1,350 packages in 50 s, without
// them 693 in 28 s). So the package is pinned here instead, by version and by the checksum of its
// archive as the npm registry publishes it, and `npm install` unpacks only its `dist/` (the
// postinstall script, scripts/install-decap.ts).
//
// To update Decap CMS: set the version, and the integrity that `npm view decap-cms@<version>
// dist.integrity` prints, then run `npm install`. Dependabot does not see this pin.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DecapPin {
	version: string;
	/** The archive's Subresource Integrity checksum, as the registry's `dist.integrity` gives it. */
	integrity: string;
}

export const DECAP_PIN: DecapPin = {
	version: '3.16.3',
	integrity: 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==',
};

/**
 * Where the installer puts the bundle: inside node_modules/, which `npm ci` empties and refills. A
 * function, not a constant: the admin page's module graph imports this file too, and is bundled by
 * Astro to another folder, where a path taken from this file's own place would be wrong.
 */
export function decapBundleHome(): string {
	return resolve(import.meta.dirname, '../../node_modules/.decap-cms');
}

/** The bundle's entry script; it loads its other parts from the same folder. */
export const DECAP_SCRIPT = 'decap-cms.js';

/** The file in the bundle's folder that says which archive it was unpacked from. */
export const DECAP_INSTALLED_FROM = '.installed-from';

/** What the installed-from file holds for a pin. */
export function pinRecord(pin: DecapPin): string {
	return `decap-cms@${pin.version} ${pin.integrity}\n`;
}

/** Whether `dir` holds the bundle of exactly this pin, completely unpacked. */
export function holdsPin(dir: string, pin: DecapPin): boolean {
	const record = join(dir, DECAP_INSTALLED_FROM);
	return existsSync(record) && readFileSync(record, 'utf8') === pinRecord(pin);
}

/**
 * The folder of the pinned bundle, for the build and the dev server; refuses, saying what to run, when
 * the install did not unpack it (`npm install --ignore-scripts`) or unpacked another version.
 */
export function decapBundleDir(dir = decapBundleHome(), pin = DECAP_PIN): string {
	if (holdsPin(dir, pin)) return dir;
	throw new Error(
		`Redigeringsværktøjet (Decap CMS ${pin.version}) er ikke installeret i ${dir}. ` +
			'Kør npm install (uden --ignore-scripts): den pakker det ud fra npm-pakken decap-cms.',
	);
}
