// Open data: the editors' synonyms for the search (content/synonymer.yaml), as JSON; an empty list
// while there are none. Documented on /om-data/.
import type { APIRoute } from 'astro';
import { getSynonyms } from '../../content.ts';
import { buildDate } from '../../lib/dates.ts';
import { SynonymsExportSchema } from '../../schemas/index.ts';
import { jsonResponse } from './_json.ts';

export const GET: APIRoute = async () => jsonResponse(SynonymsExportSchema, { generated: buildDate(), synonyms: await getSynonyms() }, 'synonyms.json');
