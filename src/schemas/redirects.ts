import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** The file at the top of the content folder that lists the addresses that have moved. */
export const REDIRECTS_FILE = 'omdirigeringer.yaml';

/** An address on the site, as readers see it: lowercase segments, each ending in a slash. @example '/2021-2022/godkendelse-regionsraadet/' */
export const SitePathSchema = z.string({ error: 'skal være en tekst' }).regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/, {
	error: 'skal være en adresse på sitet med / før og efter, fx "/2021-2022/godkendelse-regionsraadet/"',
});

/**
 * One published address that moved. A published address never changes; when it must, the old one
 * keeps working by sending readers on to the new one (Astro's `redirects`, read in astro.config.mjs).
 */
export const RedirectSchema = z.strictObject({
	/** The old address, exactly as it was published. @example '/2021-2022/referat/' */
	from: SitePathSchema,
	/** The page's address now. @example '/2021-2022/referat-handicapraadet-broenderslev/' */
	to: SitePathSchema,
	/** Why the address changed, for the record. */
	reason: TextSchema,
});

/** The content of `content/omdirigeringer.yaml`: a list of moved addresses, each old address once. */
export const RedirectsSchema = z.array(RedirectSchema).superRefine((redirects, ctx) => {
	const seen = new Set<string>();
	redirects.forEach((redirect, index) => {
		if (seen.has(redirect.from)) ctx.addIssue({ code: 'custom', path: [index, 'from'], message: 'er nævnt to gange' });
		seen.add(redirect.from);
	});
});

export type Redirect = z.output<typeof RedirectSchema>;
