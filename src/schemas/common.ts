import { z } from 'astro/zod';

/** A lowercase URL-safe identifier: letters a-z, digits and single hyphens. @example 'den-gode-alderdom' */
export const SlugSchema = z
	.string({ error: 'skal være en tekst' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'skal bestå af små bogstaver a-z, tal og bindestreger (fx "den-gode-alderdom")',
	});

/** A non-empty line of text. */
export const TextSchema = z
	.string({ error: 'skal være en tekst' })
	.trim()
	.min(1, { error: 'må ikke være tom' });

const PERIOD_ID = /^(\d{4})-(\d{4})$/;

/** Splits a period id into its first and last year, or returns undefined when it is not one. */
export function parsePeriodId(id: string): { firstYear: number; lastYear: number } | undefined {
	const match = PERIOD_ID.exec(id);
	if (!match) return undefined;
	const firstYear = Number(match[1]);
	const lastYear = Number(match[2]);
	return firstYear <= lastYear ? { firstYear, lastYear } : undefined;
}

/**
 * A period id: first year, hyphen, last year. It is also the period's folder name and URL.
 * Messages leave out the value: the problem report puts the field and value in front of them.
 * @example '2021-2022'
 */
export const PeriodIdSchema = z.string({ error: 'skal være en tekst' }).superRefine((value, ctx) => {
	if (/^\d{4}[–—]\d{4}$/.test(value)) {
		ctx.addIssue({
			code: 'custom',
			message: 'bruger en tankestreg; skriv årene med bindestreg (fx "2021-2022")',
		});
	} else if (!parsePeriodId(value)) {
		ctx.addIssue({
			code: 'custom',
			message: 'er ikke en periode (forventet første og sidste år, fx "2021-2022")',
		});
	}
});
