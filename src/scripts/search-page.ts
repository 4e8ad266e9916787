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
	init(): Promise<void>;
	search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
	debouncedSearch?: unknown;
}

// The index is written by the build into /pagefind/; the address is kept out of the bundler's sight.
const PAGEFIND_URL = '/pagefind/pagefind.js';
// Results are shown ten at a time: each shown result fetches its own fragment of the index (about
// 2.5 KiB), so showing fifty at once made a first search fetch about 120 KiB more before any result
// could appear (measured by `npm run bench`).
const PAGE_SIZE = 10;

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
	const more = document.querySelector<HTMLButtonElement>('#search-more')!;
	const input = form.elements.namedItem('q') as HTMLInputElement;
	let remaining: { data(): Promise<PagefindResultData> }[] = [];
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;

	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
			// Without a worker: it is one more script (about 12 KiB gzip) and one more round trip before
			// the first result, while searching an index of thousands of documents takes milliseconds.
			await module.options({ excerptLength: 30, noWorker: true });
			// Load the WebAssembly and the index metadata now, not with the first query.
			await module.init();
			return module;
		}));

	/** Shows the next page of results; the first page replaces what the list showed before. */
	async function showMore(ticket: number, first = false) {
		const next = remaining.splice(0, PAGE_SIZE);
		const data = await Promise.all(next.map((result) => result.data()));
		if (ticket !== latest) return [];
		const items = data.map(renderResult);
		if (first) list.replaceChildren(...items);
		else list.append(...items);
		more.hidden = remaining.length === 0;
		return items;
	}

	async function run(state: SearchState) {
		const ticket = ++latest;
		const filters = pagefindFilters(state);
		remaining = [];
		more.hidden = true;
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
			remaining = [...search.results];
			await showMore(ticket, true);
			if (ticket !== latest) return;
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

	// Pagefind loads when the reader starts a search: when the field gets focus, so it is ready by the
	// time they have typed. (Preloading the index for each keystroke was tried: every prefix fetched
	// its own index chunk, about 30 KiB each, so a first search fetched twice what it needs.)
	input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true }); // a failure is reported by the search
	more.addEventListener('click', async () => {
		try {
			const [first] = await showMore(latest);
			// Keyboard and screen reader users continue from the first newly shown result.
			first?.querySelector('a')?.focus();
		} catch (error) {
			console.error(error);
			status.textContent = status.dataset.failed ?? '';
		}
	});

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
