import { z } from 'astro/zod';

/**
 * A problem the content check found, as the dev server's preview stores it for the pages
 * (the `contentProblems` collection, which has problems only in `astro dev`). Mirrors `Problem` in
 * src/validation/problems.ts, with the line `npm run check` prints and the page the file makes.
 */
export const ContentProblemSchema = z.object({
	/** Path relative to the project root. @example 'content/2021-2022/x.md' */
	file: z.string(),
	/** 1-based line, when the problem sits on one. */
	line: z.number().int().optional(),
	/** 1-based column, when known. */
	column: z.number().int().optional(),
	/** What is wrong and what to write, in Danish. */
	message: z.string(),
	/** The problem exactly as `npm run check` prints it: `file:line:column message`. */
	text: z.string(),
	/** The site path of the page the file makes, if it makes one. @example '/2021-2022/x/' */
	page: z.string().optional(),
});

export type ContentProblem = z.output<typeof ContentProblemSchema>;

/**
 * The one entry of the `contentProblems` collection: the latest check's problems, in the order
 * `npm run check` prints them. One entry rather than one per problem, so the collection is never
 * empty (Astro warns on every page that reads an empty collection).
 */
export const ContentProblemsSchema = z.object({
	/**
	 * True only when the dev server stored the entry (its loader has a file watcher). The pages ask
	 * this rather than `import.meta.env.DEV` alone, which is also true in a build run with NODE_ENV
	 * set to anything but production (as under vitest): such a build must still be the strict site.
	 */
	preview: z.boolean(),
	problems: z.array(ContentProblemSchema),
});

/** The id of that one entry. */
export const CURRENT_PROBLEMS_ID = 'current';
