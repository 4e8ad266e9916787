// The print header's words. A module of its own, apart from ui/strings.ts, because the script that
// writes the print date runs on every page and bundles what it imports; two functions rather than
// one object, so it bundles only the one it writes.

/** The print header's date without scripting: the date is the build's, not the day of printing. */
export function builtOn(date: string): string {
	return `Sidens indhold er fra sitets udgave bygget ${date}`;
}

/** The print header's date, written by the page's script: the day of printing. */
export function printedOn(date: string): string {
	return `Udskrevet ${date}`;
}
