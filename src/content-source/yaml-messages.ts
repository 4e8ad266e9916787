// YAML syntax errors as an editor can act on them: in Danish, on the line where the mistake was
// made (not where the parser noticed it), and with what to write instead. The `yaml` package names
// each error with a code (node_modules/yaml/dist/errors.d.ts); every code has a message here, and
// one a newer `yaml` adds gets the generic one, which still names the line.
import { Parser, type ErrorCode, type YAMLError } from 'yaml';

/** A YAML syntax error located in the YAML text, with its Danish message. */
export interface YamlMessage {
	/** 1-based line in the YAML text. */
	line: number;
	/** 1-based column in the YAML text. */
	column: number;
	message: string;
}

/** What every message about quoting ends with, so editors learn the one rule that avoids most errors. */
const QUOTE_RULE = "tekst i '...' må indeholde kolon, anførselstegn og #";

/** Generic messages by code, for the cases the text around the error tells nothing more. */
const BY_CODE: Readonly<Record<ErrorCode, string>> = {
	ALIAS_PROPS: 'en YAML-alias (*navn) kan ikke have et anker eller mærke: skriv værdien ud',
	BAD_ALIAS: 'YAML-aliaser (*navn) bruges ikke: skriv værdien ud hvert sted, den skal stå',
	BAD_DIRECTIVE: 'linjer, der begynder med %, bruges ikke i metadata: slet linjen',
	BAD_DQ_ESCAPE: `en \\ i "..." skal efterfølges af et kendt tegn: skriv teksten i '...' i stedet, hvor \\ bare er et tegn`,
	BAD_INDENT: 'linjen er rykket forkert ind: felter på samme niveau skal stå lige under hinanden, rykket ind med mellemrum',
	BAD_PROP_ORDER: 'YAML-ankre og -mærker (& og !) bruges ikke: slet dem',
	BAD_SCALAR_START: `en tekst, der begynder med et af tegnene @ \` % | > skal stå i anførselstegn (${QUOTE_RULE})`,
	BLOCK_AS_IMPLICIT_KEY: 'linjen er rykket længere ind end linjen over: ryk den ind som felterne over den',
	BLOCK_IN_FLOW: 'en liste i [...] skal stå på én linje: skriv ellers hvert punkt på sin egen linje med "- " foran',
	DUPLICATE_KEY: 'feltet står to gange: slet det ene',
	IMPOSSIBLE: 'metadata kan ikke læses her: tjek anførselstegn, kolon og indrykning på linjen',
	KEY_OVER_1024_CHARS: 'feltnavnet er for langt: mangler der et kolon efter feltets navn?',
	MISSING_CHAR: 'linjen mangler et tegn: tjek, at feltet er skrevet navn: værdi, og at anførselstegn og [ ] er lukket',
	MULTILINE_IMPLICIT_KEY: 'linjen er ikke et felt (navn: værdi): mangler der et kolon, eller hører teksten til feltet over (så skal den rykkes ind)?',
	MULTIPLE_ANCHORS: 'YAML-ankre (&navn) bruges ikke: slet dem',
	MULTIPLE_DOCS: 'en linje "---" inde i metadata: metadata har kun én linje "---" før og én efter',
	MULTIPLE_TAGS: 'YAML-mærker (!navn) bruges ikke: slet dem',
	NON_STRING_KEY: 'et feltnavn skal være et ord: skriv navn: værdi',
	RESOURCE_EXHAUSTION: 'metadata er for store eller indviklede til at læse: skriv værdierne ud',
	TAB_AS_INDENT: 'linjen er rykket ind med en tabulator: ryk ind med mellemrum (to for hvert niveau)',
	TAG_RESOLVE_FAILED: 'YAML-mærker (!navn) bruges ikke: slet mærket',
	UNEXPECTED_TOKEN: `linjen kan ikke læses: skriv en tekst med tegn som ' " [ eller { i anførselstegn (${QUOTE_RULE})`,
	BAD_COLLECTION_TYPE: 'metadata kan ikke læses her: tjek indrykningen på linjen',
};

/** For a code the table above does not know (a newer `yaml`): still Danish, still on its line. */
export const GENERIC_MESSAGE = 'metadata kan ikke læses her: tjek anførselstegn, kolon og indrykning på linjen';

/** `  - title: Referat` -> { indent: '  - ', key: 'title', value: 'Referat' } */
function fieldOfLine(line: string): { indent: string; key: string; value: string } | undefined {
	const match = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):(?:\s+(.*?))?\s*$/.exec(line);
	if (!match) return undefined;
	return { indent: match[1]!, key: match[2]!, value: match[3] ?? '' };
}

/** The value in single quotes, as YAML reads it back unchanged: an apostrophe inside is doubled. */
const singleQuoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `title: 'Referat: mødet'`, the line as it should be written, or undefined if it is not a field. */
function quotedLine(line: string, unwrap = false): string | undefined {
	const field = fieldOfLine(line);
	if (!field || field.value === '') return undefined;
	let value = field.value;
	if (unwrap && value.length >= 2 && value.startsWith("'") && value.endsWith("'")) value = value.slice(1, -1);
	return `${field.key}: ${singleQuoted(value)}`;
}

interface Located {
	line: number;
	column: number;
}

/**
 * Reads a YAML error as an editor would want it explained. `text` is the YAML, `positionAt` turns
 * an offset in it into a line and column.
 */
export function danishYamlError(error: YAMLError, text: string, positionAt: (offset: number) => Located): YamlMessage {
	const at = positionAt(error.pos[0]);
	const lines = text.split(/\r?\n/);
	const lineText = (line: number) => lines[line - 1] ?? '';
	const here = lineText(at.line);

	switch (error.code) {
		case 'MISSING_CHAR': {
			const quote = /closing (["'])quote/.exec(error.message)?.[1];
			if (quote) {
				// The parser notices a missing closing quote where the text ends, often the end of the
				// frontmatter; the mistake is where the quoted text began.
				const opening = lastQuotedScalarBefore(text, error.pos[0], quote);
				const start = opening === undefined ? at : positionAt(opening);
				const field = fieldOfLine(lineText(start.line));
				const name = field ? ` i ${field.key}` : '';
				return { ...start, message: `anførselstegnet ${quote}${name} er ikke lukket: skriv et ${quote} til sidst i teksten, på samme linje` };
			}
			if (/followed by map values/.test(error.message)) {
				return { ...at, message: 'linjen mangler et kolon efter feltets navn: skriv navn: værdi (med mellemrum efter kolon)' };
			}
			if (/[\]}]/.test(error.message)) return { ...at, message: 'en liste i [...] mangler sit ]: skriv ] til sidst i listen' };
			return { ...at, message: BY_CODE.MISSING_CHAR };
		}
		case 'BLOCK_AS_IMPLICIT_KEY': {
			// "Nested mappings are not allowed in compact mappings": after a field's value came `word: `,
			// which YAML reads as a new field inside the value. Usually a text with a colon in it.
			if (/:(\s|$)/.test(here.slice(at.column - 1))) {
				const fixed = quotedLine(here);
				return { ...at, message: `en tekst med kolon skal stå i anførselstegn${fixed ? `: skriv ${fixed}` : `: skriv teksten i '...'`}` };
			}
			const next = lines.findIndex((line, index) => index >= at.line && line.trim() !== '');
			return next === -1 ? { ...at, message: BY_CODE.BLOCK_AS_IMPLICIT_KEY } : { line: next + 1, column: 1, message: BY_CODE.BLOCK_AS_IMPLICIT_KEY };
		}
		case 'UNEXPECTED_TOKEN': {
			if (/scalar at node end/.test(error.message)) {
				const before = here.slice(0, at.column - 1);
				const value = fieldOfLine(here)?.value ?? '';
				if (value.startsWith("'")) {
					// 'Rådets 'nye' plan': the apostrophe before "nye" ended the quoted text.
					const fixed = quotedLine(here, true);
					return { ...at, message: `en apostrof inde i '...' afslutter teksten: skriv en apostrof inde i '...' som ''${fixed ? `, fx ${fixed}` : ''}` };
				}
				if (value.startsWith('"')) {
					const fixed = quotedLine(here);
					return { ...at, message: `teksten fortsætter efter det afsluttende ": sæt hele teksten i '...'${fixed ? `: skriv ${fixed}` : ''}` };
				}
				if (/[[{]/.test(value[0] ?? '') || /[[{]/.test(before.trim().slice(-1))) {
					const fixed = quotedLine(here);
					return { ...at, message: `en tekst, der begynder med [ eller {, skal stå i anførselstegn${fixed ? `: skriv ${fixed}` : ''}` };
				}
			}
			if (/block-seq-ind on same line/.test(error.message)) {
				return { ...at, message: 'en liste begynder på linjen under feltets navn, med "- " foran hvert punkt (eller skriv teksten i \'...\', hvis den begynder med -)' };
			}
			return { ...at, message: BY_CODE.UNEXPECTED_TOKEN };
		}
		case 'BAD_SCALAR_START': {
			const fixed = quotedLine(here);
			return { ...at, message: `${BY_CODE.BAD_SCALAR_START}${fixed ? `: skriv ${fixed}` : ''}` };
		}
		case 'DUPLICATE_KEY': {
			const field = fieldOfLine(here);
			return { ...at, message: field ? `feltet ${field.key} står to gange: slet det ene` : BY_CODE.DUPLICATE_KEY };
		}
		case 'BAD_INDENT':
			if (/Flow (sequence|mapping)/.test(error.message)) return { ...at, message: 'en liste i [...] mangler sit ]: skriv ] til sidst i listen, på samme linje' };
			return { ...at, message: BY_CODE.BAD_INDENT };
		default:
			return { ...at, message: BY_CODE[error.code] ?? GENERIC_MESSAGE };
	}
}

/** Offset of the last quoted text (`"..."` or `'...'`) that begins before `offset`, from the parser's own tokens. */
function lastQuotedScalarBefore(text: string, offset: number, quote: string): number | undefined {
	const type = quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
	let found: number | undefined;
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		const token = node as { type?: string; offset?: number };
		if (token.type === type && typeof token.offset === 'number' && token.offset < offset && (found === undefined || token.offset > found)) found = token.offset;
		Object.values(node).forEach(walk);
	};
	for (const token of new Parser().parse(text)) walk(token);
	return found;
}
