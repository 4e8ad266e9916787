import type { z } from 'astro/zod';

/**
 * The export as a JSON response, checked against its schema first: a file that would not parse
 * with the published schema stops the build with the reason, instead of being published.
 */
export function jsonResponse(schema: z.ZodType, payload: unknown, name: string): Response {
	const result = schema.safeParse(payload);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(rod)'}: ${issue.message}`);
		throw new Error(`/data/${name} does not match its schema:\n${problems.join('\n')}`);
	}
	return new Response(`${JSON.stringify(payload, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
