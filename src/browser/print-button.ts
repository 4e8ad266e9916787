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
