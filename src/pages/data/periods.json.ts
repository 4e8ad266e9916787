// Open data: every period's metadata, as JSON. Documented on /om-data/.
import type { APIRoute } from 'astro';
import { getDocuments, getPeriods } from '../../content.ts';
import { buildDate } from '../../lib/dates.ts';
import { periodRecord } from '../../lib/open-data.ts';
import { PeriodsExportSchema } from '../../schemas/index.ts';
import { jsonResponse } from './_json.ts';

export const GET: APIRoute = async ({ site }) => {
	const documents = await getDocuments();
	const periods = (await getPeriods()).map(({ url, status, isNewest: _isNewest, ...period }) =>
		periodRecord(
			period,
			url,
			status,
			documents.filter((document) => document.period === period.id).map((document) => `${document.period}/${document.slug}`),
			site!.href,
		),
	);
	return jsonResponse(PeriodsExportSchema, { generated: buildDate(), periods }, 'periods.json');
};
