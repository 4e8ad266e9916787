/** One thing wrong with a content file, located as precisely as the file allows. */
export interface Problem {
	/** Path relative to the project root, with forward slashes. @example 'content/2021-2022/x.md' */
	file: string;
	/** 1-based line, when the problem sits on one. */
	line?: number;
	/** 1-based column, when known. */
	column?: number;
	/** What is wrong and what is expected, in Danish. */
	message: string;
}

/**
 * Text from content made safe to print in a terminal or a CI log: control characters (a newline
 * followed by `::error` would write its own GitHub annotation) and direction overrides become
 * visible code points. Every problem passes through here before it is printed.
 */
export function printable(text: string): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/**
 * `file:line:column message` (the form editors' tools and terminals turn into links), or
 * `file: message` for a problem with a whole file or folder.
 */
export function formatProblem(problem: Problem): string {
	const file = printable(problem.file);
	const message = printable(problem.message);
	if (problem.line === undefined) return `${file}: ${message}`;
	const location = [file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
	return `${location} ${message}`;
}

/** A GitHub Actions annotation, so a pull request shows the problem on the offending line. */
export function formatGithubAnnotation(problem: Problem): string {
	// GitHub reads `,` and `:` as separators in properties, and `%`, CR and LF everywhere.
	const escapeData = (text: string) => printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
	const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const properties = [`file=${escapeProperty(problem.file)}`];
	if (problem.line !== undefined) properties.push(`line=${problem.line}`);
	if (problem.column !== undefined) properties.push(`col=${problem.column}`);
	return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

/**
 * Orders text by UTF-16 code units: the same on every machine, whatever its locale, so editors'
 * laptops and CI list problems (and pick the "first" of two clashing files) alike.
 */
export function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts problems by file, then line, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
	);
}
