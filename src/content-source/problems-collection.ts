// The `contentProblems` collection: in `astro dev`, the content check's problems, stored where the
// pages can read them, so the preview shows them in the browser (BaseLayout's banner) with the same
// Danish file:line text as `npm run check`. The loader refreshes it with every check, so a saved
// file changes the banner as it changes the pages. In a build its entry says it is no preview, and
// has no problems: a build with problems stops before any page is rendered.
import type { LoaderContext } from 'astro/loaders';
import { documentUrl, glossaryEntryUrl, periodUrl, themeUrl } from '../lib/routes.ts';
import { CURRENT_PROBLEMS_ID, type ContentProblem } from '../schemas/content-problem.ts';
import type { ContentCheck } from '../validation/checked-content.ts';
import { formatProblem, sortProblems } from '../validation/problems.ts';
import { listContentFiles } from './content-files.ts';

/** The site path of the page each content file makes, by its project-relative path. */
function pagesOfFiles(contentDir: string, rootDir: string): Map<string, string> {
	const pages = new Map<string, string>();
	for (const file of listContentFiles(contentDir, rootDir).files) {
		if (file.kind === 'document') pages.set(file.file, documentUrl(file.period!, file.id.slice(file.period!.length + 1)));
		else if (file.kind === 'period') pages.set(file.file, periodUrl(file.id));
		else if (file.kind === 'theme') pages.set(file.file, themeUrl(file.id));
		else if (file.kind === 'glossary') pages.set(file.file, glossaryEntryUrl(file.id).replace(/#.*$/, ''));
	}
	return pages;
}

/** Replaces the stored problems with those of `check`, in the order `npm run check` prints them. */
export async function storeProblems(context: LoaderContext, check: ContentCheck, { contentDir, rootDir, preview }: { contentDir: string; rootDir: string; preview: boolean }): Promise<void> {
	const pages = check.problems.length ? pagesOfFiles(contentDir, rootDir) : new Map<string, string>();
	const problems: ContentProblem[] = sortProblems(check.problems).map((problem) => ({ ...problem, text: formatProblem(problem), page: pages.get(problem.file) }));
	const data = await context.parseData({ id: CURRENT_PROBLEMS_ID, data: { preview, problems } });
	context.store.set({ id: CURRENT_PROBLEMS_ID, data });
}
