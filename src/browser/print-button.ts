import { formatDanishDate } from '../lib/dates.ts';
import { printUi } from '../ui/strings.ts';

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

/** Today as YYYY-MM-DD in the reader's own calendar: the day the page is printed. */
function localIsoDate(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Writes the print date into the page's print header. Without scripting the header keeps the
 * build date it was built with, and says that is what it is; with it, the date is the day of
 * printing, written on load and again just before printing (a page may stay open overnight).
 */
export function wirePrintDate(root: Document = document, now: () => Date = () => new Date()): void {
	const write = () => {
		for (const element of root.querySelectorAll<HTMLElement>('[data-print-date]')) {
			element.textContent = printUi.printedOn(formatDanishDate(localIsoDate(now()))!);
		}
	};
	write();
	root.defaultView?.addEventListener('beforeprint', write);
}
