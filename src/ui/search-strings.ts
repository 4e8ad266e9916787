// The search page's words: its scope, order, results, answers and no-result help. A module of its
// own, apart from ui/strings.ts, because the search page's script bundles what it imports: the
// strings of every other page would be shipped to it, and these to every page whose script shares
// a module with it.

/** "1 resultat" / "3 resultater", with the query when there is one. */
export function resultCount(count: number, query: string): string {
	const noun = count === 1 ? 'resultat' : 'resultater';
	return query ? `${count} ${noun} for »${query}«` : `${count} ${noun}`;
}

/** Text of the search's scope, order, results and no-result help. */
export const searchUi = {
	sortLabel: 'Sortér',
	sortOptions: { relevans: 'Bedste match først', nyeste: 'Dato, nyeste først', aeldste: 'Dato, ældste først' },
	allPeriods: 'Søg i alle perioder',
	withoutFilters: 'Søg uden afgrænsning',
	sections: 'Afsnit med søgeordene',
	helpHeading: 'Forslag',
	didYouMean: 'Mente du:',
	tips: 'Prøv et andet ord, et mere generelt ord eller færre ord. Søgningen finder også dele af sammensatte ord, fx »aftale« i »socialaftale«, og forstår aa, ae og oe som å, æ og ø.',
	seeHelp: 'Se forslagene herunder.',
	/** The button under the results that shows the next page of them. */
	showMore: 'Vis flere',
	showingResultsFor: 'Viser resultater for',
	searchInsteadFor: 'Søg i stedet efter',
	missing: 'Mangler:',
} as const;

/**
 * The kinds of page the search finds besides documents, as the kind filter and the results name
 * them: the answers a period page, a theme page and the glossary give.
 */
export const answerKinds = { period: 'Aftaleperiode', theme: 'Tema', glossary: 'Ordliste' } as const;

/** The labels of an answer card's lines (src/pages/soeg/svar.json.ts). */
export const answerUi = {
	listLabel: 'Svar fra perioderne, temaerne og ordlisten',
	expansion: 'Står for',
	status: 'Status',
	vision: 'Vision',
	focusAreas: 'Fokusområder',
	approval: 'Godkendelse',
	theme: 'Om temaet',
	source: 'Kilde',
	readMore: 'Læs mere',
	/** An event of a period's timeline that its sources give no date. */
	eventUndated: 'Kilderne i arkivet oplyser ikke datoen.',
} as const;

/** The filter button's count of chosen filters and a chosen order: "Afgræns og sortér (2 valgt)". */
export function activeFilters(count: number): string {
	return count === 0 ? '(ingen valgt)' : `(${count} valgt)`;
}

/** The status after "Vis flere": "Viser 20 af 35 resultater for »psykiatri«". */
export function shownOf(shown: number, total: number, query: string): string {
	return `Viser ${shown} af ${resultCount(total, query)}`;
}

/** Which words of a query no page contains: 'Ingen sider indeholder »x« eller »y«.' */
export function unmatchedWords(words: string[]): string {
	const quoted = words.map((word) => `»${word}«`);
	const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} eller ${quoted.at(-1)}` : quoted[0];
	return `Ingen sider indeholder ${list}.`;
}

/** The result count of a search whose typos were corrected, naming what was typed. */
export function correctedCount(count: number, corrected: string, typed: string): string {
	return `${resultCount(count, corrected)} (rettet fra »${typed}«)`;
}

/** Says which periods a search is limited to: "… til perioden 2021-2022." */
export function scopeNotice(periods: string[]): string {
	const list = periods.length > 1 ? `${periods.slice(0, -1).join(', ')} og ${periods.at(-1)}` : periods[0];
	return `Søgningen er afgrænset til ${periods.length > 1 ? 'perioderne' : 'perioden'} ${list}.`;
}

/** Says that a result was found by another spelling or another name of a term. */
export function foundAs(query: string): string {
	return `Fundet ved at søge på »${query}«`;
}

/** How many results the same search has without its filters. */
export function resultsWithoutFilters(count: number, query: string): string {
	return `${resultCount(count, query)} uden afgrænsningen.`;
}

