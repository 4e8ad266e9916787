// Open data: the glossary (ordliste), as JSON; an empty list while it has no entries. Documented on /om-data/.
import type { APIRoute } from 'astro';
import { getGlossary } from '../../content.ts';
import { buildDate } from '../../lib/dates.ts';
import { glossaryRecord } from '../../lib/open-data.ts';
import { GlossaryExportSchema } from '../../schemas/index.ts';
import { jsonResponse } from './_json.ts';

export const GET: APIRoute = async () => {
	const glossary = (await getGlossary()).map((item) => glossaryRecord(item.id, item.data, item.entry.body ?? ''));
	return jsonResponse(GlossaryExportSchema, { generated: buildDate(), glossary }, 'glossary.json');
};
