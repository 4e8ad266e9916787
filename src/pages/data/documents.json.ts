// Open data: every document's metadata, as JSON. Documented on /om-data/.
import type { APIRoute } from 'astro';
import { getDocuments } from '../../content.ts';
import { fileProvenance } from '../../content-history.ts';
import { buildDate } from '../../lib/dates.ts';
import { documentRecord } from '../../lib/open-data.ts';
import { DocumentsExportSchema } from '../../schemas/index.ts';
import { jsonResponse } from './_json.ts';

export const GET: APIRoute = async ({ site }) => {
	const documents = (await getDocuments()).map((document) =>
		documentRecord(document, site!.href, fileProvenance(document.entry.filePath!).lastUpdated),
	);
	return jsonResponse(DocumentsExportSchema, { generated: buildDate(), documents }, 'documents.json');
};
