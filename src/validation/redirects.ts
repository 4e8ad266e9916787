// content/omdirigeringer.yaml: the published addresses that moved, and where each now leads.
import { readFileSync } from 'node:fs';
import { RedirectsSchema, type Redirect } from '../schemas/redirects.ts';
import type { Problem } from './problems.ts';
import type { SitePages } from './site-pages.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { problemsFromZod } from './zod-problems.ts';

/** One valid redirect, with where it stands in its file. */
export interface CheckedRedirect {
	file: string;
	data: Redirect;
	/** Line of the entry's `from` and `to`. */
	lines: { from: number; to: number };
}

/** Reads and validates the redirects file; problems go to `problems`, the valid list is returned. */
export function readRedirects(path: string, file: string, problems: Problem[]): CheckedRedirect[] {
	const yaml: YamlSource = parseYamlSource(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((error) => ({ file, line: error.line, column: error.column, message: `ugyldig YAML: ${error.message}` })));
		return [];
	}
	// A file with only comments holds no redirects yet.
	const result = RedirectsSchema.safeParse(yaml.data ?? []);
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, file, yaml, 0));
		return [];
	}
	return result.data.map((data, index) => ({ file, data, lines: { from: yaml.lineOf([index, 'from']), to: yaml.lineOf([index, 'to']) } }));
}

/**
 * A redirect must leave an address that no longer exists (otherwise it would hide a page) for one
 * that does, in one step, so readers never pass through a chain of redirects or end on a missing page.
 */
export function checkRedirects(redirects: readonly CheckedRedirect[], site: SitePages): Problem[] {
	return redirects.flatMap(({ file, data, lines }): Problem[] => {
		if (site.pages.has(data.from)) {
			return [{ file, line: lines.from, message: `from "${data.from}" er stadig en side på sitet: en omdirigering må kun lede væk fra en adresse, der ikke findes længere` }];
		}
		const next = site.redirects.get(data.to);
		if (next) {
			return [{ file, line: lines.to, message: `to "${data.to}" er selv omdirigeret til ${next}: skriv ${next} her, så læseren kommer frem i ét skridt` }];
		}
		if (!site.pages.has(data.to)) {
			return [{ file, line: lines.to, message: `to "${data.to}" er ikke en side på sitet (et dokuments adresse er /periode/filnavn/)` }];
		}
		return [];
	});
}
