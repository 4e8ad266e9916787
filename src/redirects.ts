import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REDIRECTS_FILE, RedirectsSchema } from './schemas/redirects.ts';

/**
 * Astro's `redirects` configuration from `content/omdirigeringer.yaml`: old address -> new address.
 * On a static site Astro writes a page at each old address that sends the reader on. The content check
 * validates the file first, with file:line messages; this throws only if it is run without the check.
 */
export function redirectsConfig(contentDir: string): Record<string, string> {
	const path = join(contentDir, REDIRECTS_FILE);
	if (!existsSync(path)) return {};
	const redirects = RedirectsSchema.parse(parse(readFileSync(path, 'utf8')) ?? []);
	return Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to]));
}
