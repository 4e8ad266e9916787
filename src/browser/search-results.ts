import { formatDanishDate } from '../lib/dates.ts';
import { withBase } from '../lib/routes.ts';
import { DEFAULT_SORT, FILTER_NAMES, pagefindFilters, parseSearchParams, toSearchParams, type SearchState } from '../search/search-params.ts';
import { runSearch, type PagefindApi, type PagefindResultData, type PagefindSubResult, type SearchHit, type SearchOutcome } from '../search/search-run.ts';
import { suggestQueries } from '../search/search-suggest.ts';
import { answersFor, SEARCH_ANSWERS_PATH, type SearchAnswer, type SearchAnswers } from '../search/search-answers.ts';
import { SEARCH_TERMS_PATH, type SearchTerms } from '../search/search-terms.ts';
import { cleanExcerpt, highlightUrl, matchedWords, stripPartTokens } from '../search/search-text.ts';
import { VOCABULARY_PATH, type Vocabulary } from '../search/search-vocabulary.ts';
import { BASE, PAGEFIND_URL } from './search-address.ts';
import { activeFilters, answerKinds, answerUi, correctedCount, foundAs, resultCount, resultsWithoutFilters, scopeNotice, searchUi, shownOf, unmatchedWords } from '../ui/search-strings.ts';

interface Pagefind extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	/** Loads the WebAssembly and the index's entry ahead of the first search. */
	init?(): Promise<void>;
}

/** Results shown at a time: the first screen's worth, then ten more for each "Vis flere". */
const PAGE_SIZE = 10;
/** Sections shown under a result: enough to choose from, few enough to scan. */
const MAX_SECTIONS = 3;
const NO_TERMS: SearchTerms = { groups: [] };

/** The search to run for what the form or the address asks: the same for the first results and for "Vis flere". */
function searchRequest(state: SearchState) {
	return { query: state.query, filters: pagefindFilters(state), sort: state.sort, ...(state.asTyped ? { asTyped: true } : {}) };
}

function readForm(form: HTMLFormElement): SearchState {
	return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

/** Loads a JSON file the build writes; a missing one means the search does without it. */
async function loadJson<T>(url: string, fallback: T): Promise<T> {
	try {
		const response = await fetch(url);
		return response.ok ? ((await response.json()) as T) : fallback;
	} catch {
		return fallback;
	}
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** An excerpt from the index: Pagefind escapes the page text and only adds <mark> around matches. */
function excerpt(html: string, className: string): HTMLParagraphElement {
	const paragraph = element('p', className);
	paragraph.innerHTML = cleanExcerpt(html);
	return paragraph;
}

const sectionScore = (section: PagefindSubResult) =>
	(section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, section.locations.length);

/** The best-matching sections of a page (those with a heading anchor), in the page's order. */
function bestSections(data: PagefindResultData): PagefindSubResult[] {
	const anchored = data.sub_results.filter((section) => section.url.includes('#'));
	const best = new Set([...anchored].sort((a, b) => sectionScore(b) - sectionScore(a)).slice(0, MAX_SECTIONS));
	return anchored.filter((section) => best.has(section));
}

function renderHit({ data, variant, missing }: SearchHit): HTMLLIElement {
	const item = element('li');
	const heading = element('h2');
	const link = element('a', undefined, data.meta.title ?? data.url);
	link.href = highlightUrl(data.url, matchedWords(data.content, data.locations));
	heading.append(link);
	const date = data.meta.dato ? formatDanishDate(data.meta.dato) : undefined;
	const meta = element('p', 'search-results__meta', [data.filters.periode?.[0], data.filters.type?.[0], date ?? 'dato ikke angivet'].filter(Boolean).join(' · '));
	item.append(heading, meta, excerpt(data.excerpt, 'search-results__excerpt'));
	if (variant.kind !== 'exact') item.append(element('p', 'search-results__variant', foundAs(variant.query)));
	if (missing.length > 0) {
		// As search engines show it: the words this page lacks, struck through.
		const line = element('p', 'search-results__missing', `${searchUi.missing} `);
		missing.forEach((word, index) => line.append(...(index > 0 ? [' '] : []), element('s', undefined, word)));
		item.append(line);
	}

	const sections = bestSections(data);
	if (sections.length > 0) {
		const list = element('ul', 'search-results__sections');
		list.setAttribute('aria-label', `${searchUi.sections}: ${data.meta.title ?? ''}`);
		for (const section of sections) {
			const entry = element('li');
			const sectionLink = element('a', undefined, stripPartTokens(section.title));
			sectionLink.href = highlightUrl(section.url, matchedWords(data.content, section.locations));
			entry.append(sectionLink);
			// A page with one matching section has the same excerpt twice; the link is enough then.
			if (section.excerpt !== data.excerpt) entry.append(excerpt(section.excerpt, 'search-results__section-excerpt'));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}

/** An answer card: the period, theme or glossary entry the query names, line by line as its page says it. */
function renderAnswer(answer: SearchAnswer): HTMLLIElement {
	const item = element('li', 'search-answer');
	const heading = element('h2');
	const link = element('a', undefined, answer.title);
	link.href = withBase(answer.url, BASE);
	heading.append(link);
	const lines = element('dl', 'search-answer__lines');
	for (const line of answer.lines) {
		const row = element('div');
		const text = element('dd', undefined, line.text);
		if (line.source) {
			const source = element('a', undefined, line.source.title);
			source.href = withBase(line.source.url, BASE);
			text.append(` (${answerUi.source}: `, source, ')');
		}
		row.append(element('dt', undefined, `${line.label}:`), ' ', text);
		lines.append(row);
	}
	item.append(heading, element('p', 'search-answer__kind', answerKinds[answer.kind]), lines);
	return item;
}

/** The answers the chosen filters leave: the kind filter by the answers' labels, a period answer by the period filter. */
function filteredAnswers(answers: SearchAnswer[], state: SearchState): SearchAnswer[] {
	const kinds = state.filters.type;
	const periods = state.filters.periode;
	return answers.filter(
		(answer) => (kinds.length === 0 || kinds.includes(answerKinds[answer.kind])) && (answer.kind !== 'period' || periods.length === 0 || periods.includes(answer.period!)),
	);
}

/** What the search page's script (search-page.ts) asks of this module once it is loaded. */
export interface SearchPage {
	/** Runs a search and shows its results, or the empty page for an empty search. */
	run(state: SearchState): Promise<void>;
	/** Runs the search the form now asks for and writes it into the address. */
	update(): void;
	/** Ticks or clears every box of the named filters, then runs the search. */
	setFilters(names: readonly string[], checked: boolean): void;
	/** Loads the engine, the terms, the answers and the vocabulary ahead of the first search. */
	preload(): void;
}

/** The search page's searching: runs searches with Pagefind, shows what they find, keeps the URL in step. */
export function searchPage(form: HTMLFormElement): SearchPage {
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLOListElement>('#search-results')!;
	const scope = document.querySelector<HTMLElement>('#search-scope')!;
	const help = document.querySelector<HTMLElement>('#search-help')!;
	const answerList = document.querySelector<HTMLOListElement>('#search-answers')!;
	const more = document.querySelector<HTMLButtonElement>('#search-more')!;
	const filterCount = document.querySelector<HTMLElement>('#search-filter-count');
	let pagefind: Promise<Pagefind> | undefined;
	let terms: Promise<SearchTerms> | undefined;
	let vocabulary: Promise<Vocabulary> | undefined;
	let answers: Promise<SearchAnswers> | undefined;
	let latest = 0;
	/** The search on screen and how many of its results are shown, for "Vis flere". */
	let current: { state: SearchState; shown: number; total: number } | undefined;

	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
			// Pagefind's result addresses are paths of the site; baseUrl puts them under the base path.
			await module.options({ excerptLength: 30, baseUrl: BASE });
			return module;
		}));
	const loadTerms = () => (terms ??= loadJson<SearchTerms>(withBase(SEARCH_TERMS_PATH, BASE), NO_TERMS));
	const loadAnswers = () => (answers ??= loadJson<SearchAnswers>(withBase(SEARCH_ANSWERS_PATH, BASE), { answers: [] }));
	const loadVocabulary = () => (vocabulary ??= loadJson<Vocabulary>(withBase(VOCABULARY_PATH, BASE), { words: [] }));

	function setFilters(names: readonly string[], checked: boolean) {
		for (const name of names) {
			for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = checked;
		}
		update();
	}

	/** Says on the collapsed filter button how many filters (and a chosen order) are in use. */
	function showFilterCount(state: SearchState) {
		if (!filterCount) return;
		const count = FILTER_NAMES.reduce((sum, name) => sum + state.filters[name].length, 0) + (state.sort === DEFAULT_SORT ? 0 : 1);
		filterCount.textContent = activeFilters(count);
	}

	function showScope(state: SearchState) {
		const periods = state.filters.periode;
		scope.hidden = periods.length === 0;
		if (periods.length === 0) return;
		const button = element('button', 'button-secondary', searchUi.allPeriods);
		button.type = 'button';
		button.addEventListener('click', () => setFilters(['periode'], false));
		scope.replaceChildren(element('span', undefined, `${scopeNotice(periods)} `), button);
	}

	/**
	 * What the results are for when it is not the query as typed: the corrected query with a link to
	 * search as typed instead, and the words no page contains.
	 */
	function showNotice(state: SearchState, outcome: SearchOutcome) {
		let notice = document.querySelector<HTMLElement>('#search-notice');
		if (!notice) {
			notice = element('div', 'search-notice');
			notice.id = 'search-notice';
			list.before(notice);
		}
		const parts: HTMLElement[] = [];
		if (outcome.corrected) {
			const corrected = element('p', undefined, `${searchUi.showingResultsFor} `);
			corrected.append(element('strong', undefined, `»${outcome.corrected}«`), `. ${searchUi.searchInsteadFor} `);
			const link = element('a', undefined, `»${state.query}«`);
			link.href = `?${toSearchParams({ ...state, asTyped: true }).toString()}`;
			corrected.append(link, '.');
			parts.push(corrected);
		}
		// With filters and no results, the help offers the search without them instead.
		const filtered = FILTER_NAMES.some((name) => state.filters[name].length > 0);
		if (outcome.unmatched.length > 0 && (outcome.total > 0 || !filtered)) parts.push(element('p', undefined, unmatchedWords(outcome.unmatched)));
		notice.replaceChildren(...parts);
		notice.hidden = parts.length === 0;
	}

	/** Suggestions when nothing was found: nearer words, and the same search without its filters. */
	async function showHelp(engine: Pagefind, state: SearchState, ticket: number): Promise<boolean> {
		const parts: HTMLElement[] = [];
		const [allTerms, words] = await Promise.all([loadTerms(), loadVocabulary()]);
		if (state.query) {
			const candidates = suggestQueries(state.query, words, allTerms);
			const found = await Promise.all(
				candidates.map(async (query) => ((await runSearch(engine, { ...state, query, filters: pagefindFilters(state) }, allTerms, 0, words)).total > 0 ? query : undefined)),
			);
			const suggestions = found.filter((query): query is string => query !== undefined);
			if (suggestions.length > 0) {
				const paragraph = element('p', undefined, `${searchUi.didYouMean} `);
				suggestions.forEach((query, index) => {
					const link = element('a', undefined, query);
					link.href = `?${toSearchParams({ ...state, query }).toString()}`;
					paragraph.append(...(index > 0 ? [', '] : []), link);
				});
				parts.push(paragraph);
			}
		}
		const filterNames = FILTER_NAMES.filter((name) => state.filters[name].length > 0);
		if (filterNames.length > 0) {
			const unfiltered = await runSearch(engine, { ...state, filters: {} }, allTerms, 0, words);
			if (unfiltered.total > 0) {
				const onlyPeriods = filterNames.length === 1 && filterNames[0] === 'periode';
				const button = element('button', 'button-secondary', onlyPeriods ? searchUi.allPeriods : searchUi.withoutFilters);
				button.type = 'button';
				button.addEventListener('click', () => setFilters(FILTER_NAMES, false));
				parts.push(element('p', undefined, `${resultsWithoutFilters(unfiltered.total, state.query)} `));
				parts.at(-1)!.append(button);
			}
		}
		parts.push(element('p', undefined, searchUi.tips));
		if (ticket !== latest) return false;
		help.replaceChildren(element('h2', undefined, searchUi.helpHeading), ...parts);
		help.hidden = false;
		return true;
	}

	async function run(state: SearchState) {
		const ticket = ++latest;
		const filters = pagefindFilters(state);
		showScope(state);
		showFilterCount(state);
		help.hidden = true;
		more.hidden = true;
		current = undefined;
		const notice = document.querySelector<HTMLElement>('#search-notice');
		if (notice) notice.hidden = true;
		if (!state.query && Object.keys(filters).length === 0) {
			list.replaceChildren();
			answerList.replaceChildren();
			answerList.hidden = true;
			status.textContent = status.dataset.empty ?? '';
			return;
		}
		status.textContent = status.dataset.loading ?? '';
		try {
			// The vocabulary decides which words reach Pagefind (word-match.ts), so it is loaded first.
			const [engine, allTerms, words, answerFile] = await Promise.all([loadPagefind(), loadTerms(), loadVocabulary(), loadAnswers()]);
			const outcome = await runSearch(engine, searchRequest(state), allTerms, PAGE_SIZE, words);
			const found = filteredAnswers(answersFor(state.query, answerFile, allTerms, words), state);
			if (ticket !== latest) return; // a newer search has started
			const helped = outcome.total === 0 && (await showHelp(engine, state, ticket));
			if (ticket !== latest) return;
			answerList.replaceChildren(...found.map(renderAnswer));
			answerList.hidden = found.length === 0;
			list.replaceChildren(...outcome.hits.map(renderHit));
			current = { state, shown: outcome.hits.length, total: outcome.total };
			more.hidden = outcome.hits.length >= outcome.total;
			showNotice(state, outcome);
			// One update of the live region, so the count is announced once.
			const count = outcome.corrected ? correctedCount(outcome.total, outcome.corrected, state.query) : resultCount(outcome.total, state.query);
			status.textContent = helped ? `${count}. ${searchUi.seeHelp}` : count;
		} catch (error) {
			console.error(error);
			list.replaceChildren();
			answerList.replaceChildren();
			answerList.hidden = true;
			status.textContent = status.dataset.failed ?? '';
		}
	}

	/**
	 * Shows the next page of results under those shown: the search runs again for more (Pagefind
	 * keeps what it loaded), only the new results are added, focus moves to the first of them so a
	 * keyboard or screen reader user goes on reading there, and the status says how many are shown.
	 */
	async function showMore() {
		if (!current) return;
		const { state, shown } = current;
		const ticket = latest;
		more.disabled = true;
		try {
			const [engine, allTerms, words] = await Promise.all([loadPagefind(), loadTerms(), loadVocabulary()]);
			const outcome = await runSearch(engine, searchRequest(state), allTerms, shown + PAGE_SIZE, words);
			if (ticket !== latest) return;
			const added = outcome.hits.slice(shown).map(renderHit);
			list.append(...added);
			current = { state, shown: shown + added.length, total: outcome.total };
			more.hidden = current.shown >= outcome.total;
			added[0]?.querySelector('a')?.focus();
			status.textContent = shownOf(current.shown, outcome.total, state.query);
		} catch (error) {
			console.error(error);
			status.textContent = status.dataset.failed ?? '';
		} finally {
			more.disabled = false;
		}
	}

	function update() {
		const state = readForm(form);
		const params = toSearchParams(state).toString();
		history.replaceState(null, '', params ? `?${params}` : location.pathname);
		void run(state);
	}

	more.addEventListener('click', () => void showMore());
	return {
		run,
		update,
		setFilters,
		preload() {
			void loadTerms();
			void loadAnswers();
			void loadVocabulary();
			void loadPagefind()
				.then((engine) => engine.init?.())
				.catch(() => undefined);
		},
	};
}
