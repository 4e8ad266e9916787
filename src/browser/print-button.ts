import { printedOn } from '../ui/print-strings.ts';

/**
 * Wires the page's print buttons. They are in the HTML from the start (so nothing moves when this
 * script runs) but hidden by CSS where scripting is off, since printing needs it. The script is a
 * bundled module, not an inline handler, so it works under a Content-Security-Policy without
 * 'unsafe-inline'.
 */
export function wirePrintButtons(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
		button.addEventListener('click', () => window.print());
	}
}

/**
 * A day in Danish as the site writes dates ('1. december 2026', as formatDanishDate in
 * src/lib/dates.ts does): from the browser's own Danish month names rather than that module, which
 * the search page's script imports too; a module shared by both scripts would be bundled as a chunk
 * of its own and fetched on every page. tests/lib/dates.test.ts holds the two to the same text.
 */
export function danishDay(date: Date): string {
	return new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/**
 * Writes the print date into the page's print header. Without scripting the header keeps the
 * build date it was built with, and says that is what it is; with it, the date is the day of
 * printing, written on load and again just before printing (a page may stay open overnight).
 */
export function wirePrintDate(root: Document = document, now: () => Date = () => new Date()): void {
	const write = () => {
		for (const element of root.querySelectorAll<HTMLElement>('[data-print-date]')) {
			element.textContent = printedOn(danishDay(now()));
		}
	};
	write();
	root.defaultView?.addEventListener('beforeprint', write);
}
