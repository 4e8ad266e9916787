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

/**
 * The comment a new period file starts with, for the editor who opens it later on GitHub or in an
 * editor: `npm run new` and the CMS both write it (newPeriodFileText).
 */
const NEW_PERIOD_FILE_COMMENT = [
	'# Aftaleperioden. Felterne er forklaret i CONTRIBUTING.md: tilføj vision, fokusområder og',
	'# godkendelse, når kilderne oplyser dem. YAML rykker ind med mellemrum, ikke tabulatorer.',
];

/** A new period file: its comment, then its values in the house style. */
export function newPeriodFileText(values: unknown): string {
	return [...NEW_PERIOD_FILE_COMMENT, contentYaml(values).trimEnd(), ''].join('\n');
}
