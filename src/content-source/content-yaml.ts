// How the project writes YAML: `npm run new` and the CMS at /admin/ both write content files through
// this one function, so a file made either way looks the same and the content check reads it alike.
import { stringify } from 'yaml';

/**
 * YAML in the house style: every text in single quotes (so a colon, a `#` or a date-like text is
 * never read as something else), plain keys, and no line wrapping (a source's sentence stays on
 * one line, as editors compare it with the source).
 */
export function contentYaml(data: unknown): string {
	return stringify(data, CONTENT_YAML_OPTIONS);
}

/** The house style's options, for a parsed document written back with its comments (src/cms/content-format.ts). */
export const CONTENT_YAML_OPTIONS = { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;
