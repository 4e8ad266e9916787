import { z } from 'astro/zod';

/** A reference to a document: its period and its slug. @example '2021-2022/godkendelse-regionsraadet' */
export const DocumentRefSchema = z
	.string({ error: 'skal være en tekst' })
	.regex(/^\d{4}-\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'skal pege på et dokument som "periode/dokument" (fx "2021-2022/godkendelse-regionsraadet")',
	});
