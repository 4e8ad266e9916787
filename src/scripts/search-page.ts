import { formatDanishDate } from '../lib/dates.ts';
import { FILTER_NAMES, pagefindFilters, parseSearchParams, toSearchParams, type SearchState } from '../lib/search-params.ts';
import { resultCount } from '../ui/strings.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
	debouncedSearch?: unknown;
}

// The index is written by the build into /pagefind/; the address is kept out of the bundler's sight.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 50;

function readForm(form: HTMLFormElement): SearchState {
	return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm(form: HTMLFormElement, state: SearchState): void {
	(form.elements.namedItem('q') as HTMLInputElement).value = state.query;
	for (const name of FILTER_NAMES) {
		for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
			box.checked = state.filters[name].includes(box.value);
		}
	}
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'search-results__meta';
	const date = data.meta.dato ? formatDanishDate(data.meta.dato) : undefined;
	meta.textContent = [data.filters.periode?.[0], data.filters.type?.[0], date ?? 'dato ikke angivet'].filter(Boolean).join(' · ');
	const excerpt = document.createElement('p');
	// Pagefind escapes the page text and only adds <mark> around matches.
	excerpt.innerHTML = data.excerpt;
	item.append(heading, meta, excerpt);
	return item;
}

/** Wires the search page: reads the search from the URL, runs it with Pagefind, keeps the URL in step. */
export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLOListElement>('#search-results')!;
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;

	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
			await module.options({ excerptLength: 30 });
			return module;
		}));

	async function run(state: SearchState) {
		const ticket = ++latest;
		const filters = pagefindFilters(state);
		if (!state.query && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = status.dataset.empty ?? '';
			return;
		}
		status.textContent = status.dataset.loading ?? '';
		try {
			const engine = await loadPagefind();
			const search = await engine.search(state.query || null, { filters });
			if (ticket !== latest || !search) return; // a newer search has started
			const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
			if (ticket !== latest) return;
			list.replaceChildren(...data.map(renderResult));
			status.textContent = resultCount(search.results.length, state.query);
		} catch (error) {
			console.error(error);
			list.replaceChildren();
			status.textContent = status.dataset.failed ?? '';
		}
	}

	function update() {
		const state = readForm(form);
		const params = toSearchParams(state).toString();
		history.replaceState(null, '', params ? `?${params}` : location.pathname);
		void run(state);
	}

	const initial = parseSearchParams(new URLSearchParams(location.search));
	writeForm(form, initial);
	void run(initial);

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', (event) => {
		if ((event.target as HTMLElement).matches('input[type="search"]')) {
			clearTimeout(timer);
			timer = setTimeout(update, 250);
		}
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="checkbox"]')) update();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		update();
	});
	document.querySelector('#search-clear')?.addEventListener('click', () => {
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
		update();
	});
}
