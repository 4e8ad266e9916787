// The answers for the search page (src/search/search-answers.ts): each period, theme and glossary
// entry with the names a query may use for it and the lines its card shows. Every line is what the
// entry's own page says: the period's status is derived from its name and says so, the approval is
// the period file's, with its source document, a glossary text is the entry's own.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { getDocumentsByRef, getGlossary, getPeriods, getThemes, type PeriodView } from '../../content.ts';
import { formatDanishDate } from '../../lib/dates.ts';
import type { AnswerEvent, SearchAnswer, SearchAnswers } from '../../search/search-answers.ts';
import { normaliseName } from '../../search/search-terms.ts';
import { parseBody } from '../../validation/markdown.ts';
import { answerUi } from '../../ui/search-strings.ts';
import { glossaryUi, statusLabel } from '../../ui/strings.ts';

/** The first paragraph of a glossary entry's text, as plain text. */
function firstParagraph(body: string): string | undefined {
	const parsed = parseBody(body, 1, false);
	if (!('tree' in parsed)) return undefined;
	const paragraph = (parsed.tree as Root).children.find((node: RootContent) => node.type === 'paragraph');
	return paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * A milestone or focus-area stage as the card answers a question about it: its date as the timeline
 * shows it (the source's words for an imprecise one), and the document that states it.
 */
function timelineEvent(event: { label: string; date: string; dateText?: string; source?: string }, documents: Map<string, { title: string; url: string }>): AnswerEvent {
	const source = event.source ? documents.get(event.source) : undefined;
	const when = event.dateText ?? formatDanishDate(event.date);
	return {
		name: event.label,
		line: {
			label: event.label,
			text: when ?? answerUi.eventUndated,
			...(source ? { source: { title: source.title, url: source.url } } : {}),
		},
	};
}

/** A period's focus areas as approved and at every earlier stage of their names. */
const everyFocusArea = (period: PeriodView) => [...period.focusAreas, ...period.focusAreaHistory.flatMap((stage) => stage.focusAreas)];

export async function GET(): Promise<Response> {
	const documents = await getDocumentsByRef();
	const periodEntries = await getPeriods();
	const themeEntries = await getThemes();
	// A name a theme has as its title is the theme's answer; the period answers it only when asked about.
	const themeTitles = new Set(themeEntries.map((theme) => normaliseName(theme.data.title)));
	const periods: SearchAnswer[] = periodEntries.map((period) => {
		const approvalSource = period.approval?.source ? documents.get(period.approval.source) : undefined;
		const focusAreaNames = everyFocusArea(period).map((area) => area.title);
		// The vision and focus areas under the names only the period has (no theme's title): the period's
		// page is where those are described, so the name alone asks for it.
		const ownNames = [...new Set([...(period.vision ? [period.vision.title] : []), ...focusAreaNames])];
		return {
			kind: 'period',
			url: period.url,
			title: period.title,
			names: [period.id, period.title, ...ownNames.filter((name) => !themeTitles.has(normaliseName(name)))],
			namesWhenAsked: ownNames.filter((name) => themeTitles.has(normaliseName(name))),
			events: [...period.milestones, ...period.focusAreaHistory].map((event) => timelineEvent(event, documents)),
			period: period.id,
			lines: [
				{ label: answerUi.status, text: statusLabel(period.status, period.lastYear, period.firstYear) },
				...(period.vision ? [{ label: answerUi.vision, text: period.vision.title }] : []),
				...(period.focusAreas.length ? [{ label: answerUi.focusAreas, text: period.focusAreas.map((area) => area.title).join('; ') }] : []),
				period.approval
					? {
							label: answerUi.approval,
							text: `Godkendt af ${period.approval.body} den ${formatDanishDate(period.approval.date)}.`,
							...(approvalSource ? { source: { title: approvalSource.title, url: approvalSource.url } } : {}),
						}
					: { label: answerUi.approval, text: 'Kilderne i arkivet oplyser ikke, hvornår og af hvem aftalen blev godkendt.' },
			],
		};
	});
	// A theme is also asked for by the names of the focus areas that follow it (as its page lists them).
	const focusAreas = periodEntries.flatMap(everyFocusArea);
	const themes: SearchAnswer[] = themeEntries.map((theme) => ({
		kind: 'theme',
		url: theme.url,
		title: theme.data.title,
		names: [...new Set([theme.data.title, ...focusAreas.filter((area) => area.themes.includes(theme.id)).map((area) => area.title)])],
		lines: [{ label: answerUi.theme, text: theme.data.summary }],
	}));
	const glossary: SearchAnswer[] = (await getGlossary()).map(({ url, data, entry }) => {
		const text = firstParagraph(entry.body ?? '');
		return {
			kind: 'glossary',
			url,
			title: data.term,
			names: [data.term, ...(data.expansion ? [data.expansion] : []), ...data.aliases],
			lines: [
				...(data.expansion ? [{ label: answerUi.expansion, text: data.expansion }] : []),
				...(text ? [{ label: glossaryUi.inSources, text }] : []),
				...(data.editorsExplanation ? [{ label: glossaryUi.editorsExplanation, text: data.editorsExplanation }] : []),
			],
		};
	});
	const file: SearchAnswers = { answers: [...periods, ...themes, ...glossary] };
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
}
