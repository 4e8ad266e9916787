// The CMS's configuration, generated at build time from the schemas (src/cms/cms-config.ts) and what
// content/ holds, served beside the admin page that loads it.
import type { APIRoute } from 'astro';
import { cmsConfig, cmsSettings, type CmsContent } from '../../cms/cms-config.ts';
import { getDocuments, getGlossary, getPeriods, getThemes } from '../../content.ts';
import { listSourceFiles } from '../../lib/source-texts.ts';
import { contentDir, siteUrl } from '../../site-config.ts';

export const GET: APIRoute = async () => {
	const content: CmsContent = {
		periods: (await getPeriods()).map((period) => ({
			id: period.id,
			title: period.title,
			focusAreas: period.focusAreas.map((area) => ({ id: area.id, title: area.title })),
			stages: period.focusAreaHistory.map((stage) => ({ id: stage.id, label: stage.label, focusAreas: stage.focusAreas.map((area) => ({ id: area.id, title: area.title })) })),
		})),
		themes: (await getThemes()).map((theme) => ({ id: theme.id, title: theme.data.title })),
		glossary: (await getGlossary()).map((entry) => ({ id: entry.id, term: entry.data.term })),
		documents: (await getDocuments()).map((document) => ({ ref: `${document.period}/${document.slug}`, title: document.title })),
		sources: listSourceFiles(contentDir()),
	};
	return new Response(JSON.stringify(cmsConfig(content, cmsSettings(process.env, siteUrl())), null, '\t'), { headers: { 'content-type': 'application/json' } });
};
