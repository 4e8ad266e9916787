import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import type { YamlSource } from '../content-source/yaml-source.ts';

/**
 * Fields editors are likely to add because other systems have them, each with why the site has no
 * such field and what to do instead.
 */
const FIELD_HINTS: Readonly<Record<string, string>> = {
	period: 'er ikke et felt: perioden er den mappe, filen ligger i (flyt filen til content/<periode>/ for at skifte periode)',
	slug: 'er ikke et felt: adressen er filnavnet (en udgivet adresse ændres ikke; se CONTRIBUTING.md)',
};

/** `source.journalNumber`, `focusAreas[1].id`: how a field's path reads in a message. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`))
		.join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

function showValue(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
	return '';
}

/**
 * Turns zod issues into problems that name the file, the line of the offending field, the field, the
 * value found and what is expected, e.g. `date "2020-13-45" er ikke en rigtig dato (forventet ÅÅÅÅ-MM-DD)`.
 */
export function problemsFromZod(
	error: z.ZodError,
	file: string,
	yaml: YamlSource,
	lineOffset: number,
): Problem[] {
	return error.issues.flatMap((issue) => {
		const path = issue.path as PropertyKey[];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				line: yaml.lineOf([...path, key]) + lineOffset,
				message: `${fieldName([...path, key])} ${(path.length === 0 && FIELD_HINTS[key]) || 'er ikke et kendt felt (stavefejl? se feltlisten i CONTRIBUTING.md)'}`,
			}));
		}
		const data = yaml.data;
		const value = valueAt(data, path);
		const line = yaml.lineOf(path) + lineOffset;
		const name = fieldName(path) || 'metadata';
		if (value === undefined && path.length > 0) {
			return [{ file, line, message: `${name} mangler (${issue.message})` }];
		}
		const shown = showValue(value);
		return [{ file, line, message: `${name}${shown ? ` ${shown}` : ''} ${issue.message}` }];
	});
}
