import { DEFAULT_SORT, FILTER_NAMES, parseSearchParams, type SearchState } from '../search/search-params.ts';
import { PAGEFIND_URL } from './search-address.ts';
import type { SearchPage } from './search-results.ts';

function writeForm(form: HTMLFormElement, state: SearchState): void {
	(form.elements.namedItem('q') as HTMLInputElement).value = state.query;
	for (const name of FILTER_NAMES) {
		for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
			box.checked = state.filters[name].includes(box.value);
		}
	}
	const sort = form.elements.namedItem('sortering') as HTMLSelectElement | null;
	if (sort) sort.value = state.sort;
}

const isEmpty = (state: SearchState) => !state.query && FILTER_NAMES.every((name) => state.filters[name].length === 0);

/**
 * Wires the search page: fills the form in from the address and runs the search it asks for. What
 * searches and shows results (search-results.ts: the query's word matching, the answers, the
 * rendering of results and help, several times this module's size) is loaded on the first search:
 * at once when the address asks for one, else when the reader focuses the field (so it loads, with
 * Pagefind, while they type), types, chooses a filter or sends the form. A page opened without a
 * search stays this light until then.
 */
export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	let searching: Promise<SearchPage> | undefined;
	const withSearch = (action: (page: SearchPage) => unknown) => {
		if (!searching) {
			searching = import('./search-results.ts').then((module) => module.searchPage(form));
			// Pagefind's script starts loading beside this module, not after it: the module's own
			// import of the same address gets the same load. A failure is reported by that import.
			import(/* @vite-ignore */ PAGEFIND_URL).catch(() => undefined);
		}
		searching.then(action, (error: unknown) => {
			console.error(error);
			// Tried again on the reader's next search.
			searching = undefined;
			status.textContent = status.dataset.failed ?? '';
		});
	};

	const initial = parseSearchParams(new URLSearchParams(location.search));
	writeForm(form, initial);
	if (isEmpty(initial)) status.textContent = status.dataset.empty ?? '';
	else withSearch((page) => page.run(initial));

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', (event) => {
		if ((event.target as HTMLElement).matches('input[type="search"]')) {
			clearTimeout(timer);
			timer = setTimeout(() => withSearch((page) => page.update()), 250);
		}
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="checkbox"], select')) withSearch((page) => page.update());
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		withSearch((page) => page.update());
	});
	// "Nulstil afgrænsning" resets all that the disclosure holds: the filters and the order.
	document.querySelector('#search-clear')?.addEventListener('click', () => {
		const order = form.querySelector<HTMLSelectElement>('select[name="sortering"]');
		if (order) order.value = DEFAULT_SORT;
		withSearch((page) => page.setFilters(FILTER_NAMES, false));
	});
	// The reader is about to search: the engine and the terms load while they type.
	form.querySelector('input[type="search"]')?.addEventListener('focus', () => withSearch((page) => page.preload()), { once: true });
}
