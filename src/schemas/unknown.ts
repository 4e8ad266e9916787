// Kept apart from the zod schemas so browser code (the search page formats dates) can use it without
// bundling zod: importing dates.ts would pull in its schemas, about 50 KiB of JavaScript.

/** The word editors write where a source does not state a fact (a date, an issuer, a publisher). */
export const UNKNOWN = 'ukendt';
