import { isAbsolute, resolve } from 'node:path';

/**
 * Where the content lives. `SITE_CONTENT_DIR` points the site at another folder, which the tests
 * (a third period from fixtures) and the benchmark (a generated corpus) use; the default is content/.
 */
export function contentDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
	const configured = env.SITE_CONTENT_DIR ?? 'content';
	return isAbsolute(configured) ? configured : resolve(root, configured);
}

/** The name of the site as it appears in titles and the header. */
export const SITE_NAME = 'Nordjysk Socialaftale';
