// MDX syntax errors as an editor can act on them: in Danish, with what to write instead. The MDX
// parser (micromark's MDX extensions and mdast-util-mdx-jsx) names each error by its source and rule;
// the ones an editor meets in a text (a stray { or <, a tag not closed) get a message of their own,
// any other gets the general one, which still says how to write the characters as text. The
// parser's own English words stay at the end for developers, after "teknisk:".

/** What the MDX parser throws: a vfile message with where it comes from and why. */
export interface MdxParseError {
	source?: string;
	ruleId?: string;
	reason?: string;
}

/** What every message ends with: in an .mdx file { and < start code, and how to write them as text. */
const AS_TEXT = 'skriv \\{ eller \\< for tegnet selv, eller gem filen som .md, hvis den ikke bruger MDX';

const EXPRESSION: Readonly<Record<string, string>> = {
	'unexpected-eof': 'en krøllet parentes { er ikke lukket med }',
	'unexpected-lazy': 'et udtryk i { } i et citat eller en liste fortsætter på en linje, der ikke er rykket ind som resten',
	'unexpected-empty-expression': 'et tomt { } i et tag: slet det',
	acorn: 'teksten i { } er ikke et gyldigt udtryk',
	'non-spread': 'i et tag må { } kun stå som {...egenskaber}: skriv attributten som navn="værdi"',
	'spread-extra': 'i et tag må { } kun stå som {...egenskaber}: skriv attributten som navn="værdi"',
};

const ESM: Readonly<Record<string, string>> = {
	acorn: 'en linje, der begynder med import eller export, er ikke gyldig import/export',
	'non-esm': 'en linje, der begynder med import eller export, må kun importere eller eksportere',
};

const TAG: Readonly<Record<string, string>> = {
	'unexpected-eof': 'et tag, der begynder med <, er ikke afsluttet med >',
	'unexpected-closing-slash': 'et sluttag </...> står, hvor intet tag er åbnet',
	'unexpected-attribute': 'et sluttag </...> kan ikke have attributter',
	'unexpected-self-closing-slash': 'et sluttag </...> kan ikke også ende med />',
	'end-tag-mismatch': 'et tag er ikke lukket, eller lukket i en anden rækkefølge, end det blev åbnet: luk det inderste tag først',
};

/** A hint for the character the tag parser stopped at, when one says more than the rule. */
function tagCharacterHint(reason: string): string {
	const character = /character `(.+?)` \(U\+/.exec(reason)?.[1];
	if (character === '!') return 'en kommentar skrives {/* tekst */} i MDX';
	if (character === '@' || (character && /[0-9+/]/.test(character))) return 'et link skrives [tekst](adresse)';
	if (/in attribute value/.test(reason)) return 'en attributs værdi mangler sit afsluttende anførselstegn';
	return `tegnet ${character ? `»${character}«` : ''} kan ikke stå her i et tag (<...>)`.replace('  ', ' ');
}

/** The Danish message for an MDX syntax error, with the parser's own words last for developers. */
export function danishMdxError(error: MdxParseError): string {
	const source = error.source ?? '';
	const rule = error.ruleId ?? '';
	const reason = error.reason ?? '';
	let what: string | undefined;
	if (source === 'micromark-extension-mdx-expression' || source === 'micromark-util-events-to-acorn') what = EXPRESSION[rule];
	else if (source === 'micromark-extension-mdxjs-esm') what = ESM[rule];
	else if (source === 'micromark-extension-mdx-jsx') what = rule === 'unexpected-character' ? tagCharacterHint(reason) : TAG[rule];
	else if (source === 'mdast-util-mdx-jsx') what = TAG[rule];
	const technical = reason ? ` (teknisk: ${reason})` : '';
	return `ugyldig MDX: ${what ?? 'teksten kan ikke læses som MDX'}; ${AS_TEXT}${technical}`;
}
