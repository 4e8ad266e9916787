import type { PeriodStatus } from '../lib/periods.ts';

/**
 * Reader-facing text that is not content. Kept in one place so wording stays consistent; the words
 * that browser scripts write are in modules of their own (search-strings.ts, print-strings.ts), so
 * each page's script bundles only its own.
 */
export const ui = {
	siteName: 'Nordjysk Socialaftale',
	siteTagline: 'Arkiv over de politiske aftaler på det specialiserede socialområde i Nordjylland',
	skipLink: 'Spring til indhold',
	searchLabel: 'Søg i aftalerne',
	searchButton: 'Søg',
	searchPlaceholder: 'Fx egenmestring',
	periodsNav: 'Aftaleperioder',
	home: 'Forside',
	unknownDate: 'Ikke angivet i kilden',
	unknownIssuer: 'Ikke angivet i kilden',
	unknownPublisher: 'Ikke angivet i kilden',
	tableOfContents: 'Indhold',
	siteNav: 'Genveje',
	themes: 'Temaer',
	compare: 'Sammenlign perioder',
	glossary: 'Ordliste',
	timeline: 'Tidslinje',
	/** Read by screen readers after a link to another website (visually marked by an arrow). */
	externalLink: '(ekstern side)',
	accessibilityStatement: 'Tilgængelighedserklæring',
	/** Heading of the list of footnotes under a document's text. */
	footnotes: 'Fodnoter',
	footerSources:
		'Teksterne er gengivet fra offentlige dokumenter om Nordjysk Socialaftale. Hvert dokument nævner sin kilde og, hvor kilden oplyser det, hvem der har udstedt det.',
	search: {
		title: 'Søg',
		intro: 'Søg på tværs af alle aftaleperioder. Du kan afgrænse søgningen efter periode, dokumenttype og fokusområde.',
		filters: 'Afgræns og sortér',
		periodFilter: 'Periode',
		kindFilter: 'Type',
		focusFilter: 'Fokusområde',
		noScript: 'Søgningen kræver JavaScript. Alle dokumenter kan også findes via aftaleperioderne i menuen.',
		loading: 'Søger …',
		failed: 'Søgningen kunne ikke indlæses. Prøv igen senere, eller find dokumenterne via aftaleperioderne.',
		empty: 'Skriv et søgeord, eller vælg en afgrænsning for at se dokumenter.',
		clearFilters: 'Nulstil afgrænsning',
	},
} as const;

/** Text of the glossary page: the editors' explanations are marked apart from the sources' words. */
export const glossaryUi = {
	intro:
		'Hvert begreb viser, hvad arkivets dokumenter selv siger om det, med link til dokumenterne. Hvor redaktionen forklarer et begreb ud fra almen viden, står forklaringen for sig og er markeret som redaktionens, med en henvisning, hvor der findes en. En forkortelse er kun skrevet ud, hvor det er sikkert, hvad den står for. I dokumenterne er første forekomst af et begreb et link hertil.',
	editorsExplanation: 'Redaktionens forklaring',
	reference: 'Henvisning',
	inSources: 'I arkivets dokumenter',
} as const;

/** Text around a document's own text: what it is, its metadata, notes and contents. */
export const documentUi = {
	aboutSummary: 'Om dokumentet: kilde, dato og fokusområder',
	became: 'blev til',
	becameByEditors: '(redaktionens sammenkædning)',
	becameUnknown: 'kilderne viser ikke, hvilket godkendt fokusområde det blev til',
	/** Says that the names are those of an earlier stage, not the approved ones. */
	stageNames(label: string, date: string | undefined): string {
		return `Dokumentet hører til trinnet »${label}«${date ? ` (${date})` : ''} og bruger fokusområdernes navne fra dengang.`;
	},
	/** One line on what the document is: kind, date and issuer, each as far as the source says. */
	what(kind: string, date: string | undefined, issuer: string | undefined): string {
		return [kind, date ?? 'Dato ikke angivet i kilden', issuer ? `Udstedt af ${issuer}` : 'Udsteder ikke angivet i kilden'].join(' · ');
	},
	/** "1 redaktionel note" / "9 redaktionelle noter". */
	noteCount(count: number): string {
		return count === 1 ? '1 redaktionel note' : `${count} redaktionelle noter`;
	},
	/** "Indhold: 7 afsnit". */
	tocSummary(count: number): string {
		return `${ui.tableOfContents}: ${count} afsnit`;
	},
} as const;

/** Text of the home page's account of what is in force today, derived from the periods' names. */
export const homeUi = {
	todayHeading: 'Hvad gælder i dag?',
	/** Marks the site's own words, such as the home page's introduction, as the editors'. */
	editorsWords: 'Det, der står uden for dokumenternes tekst, som denne indledning, er redaktionens egne ord, medmindre der er henvist til en kilde.',
	inForce(title: string, lastYear: number): string {
		return `I dag gælder ${title} ifølge arkivet: perioden løber til og med ${lastYear} ifølge periodens navn.`;
	},
	noneInForce(newestTitle: string, status: PeriodStatus, firstYear: number, lastYear: number): string {
		const newest =
			status === 'kommende'
				? `Den nyeste, ${newestTitle}, begynder først i ${firstYear} ifølge periodens navn.`
				: `Den nyeste, ${newestTitle}, gik til og med ${lastYear} ifølge periodens navn.`;
		return `Ingen af arkivets aftaler gælder i dag. ${newest} En nyere aftale kan være indgået uden at være i arkivet endnu.`;
	},
	visionOf(title: string): string {
		return `Visionen for ${title}:`;
	},
	visionFromOlder(newestTitle: string, visionTitle: string): string {
		return `Kilderne i arkivet oplyser endnu ikke visionen for ${newestTitle}. Den nyeste vision i arkivet er fra ${visionTitle}.`;
	},
	noVision: 'Kilderne i arkivet oplyser ikke visionen for nogen periode.',
	approvedBy(title: string, body: string): string {
		return `${title} blev godkendt af ${body} den`;
	},
	approvalUnknown(title: string): string {
		return `Kilderne i arkivet oplyser ikke, hvornår og af hvem ${title} blev godkendt.`;
	},
} as const;

/** Text of the comparisons of two periods. */
export const compareUi = {
	pairLead: 'Visioner og fokusområder side om side. Hvor begge perioders visionstekst er i arkivet, er ordforskellene markeret.',
	indexLead:
		'Se to aftaleperioders visioner og fokusområder side om side. Hvert par står én gang; vælg, hvilken periode der skal stå først.',
	/** Why no word differences are shown: a text is a source's sentence about the vision, not the vision itself. */
	notSameKind(periods: string[]): string {
		const list = periods.join(' og ');
		return `Ordforskellene vises ikke: for ${list} er visionens egen ordlyd ikke i arkivet, kun en kildes omtale af visionen (se ovenfor), og en omtale kan ikke sammenlignes ord for ord med en visionstekst.`;
	},
} as const;

/** The label of a footnote's link back to where it is referred to (`index` counts from 0). */
export function footnoteBackLabel(index: number, repeat: number): string {
	return `Tilbage til henvisning ${index + 1}${repeat > 1 ? `-${repeat}` : ''}`;
}

/** The header search field's choice to stay within the period the reader is looking at. */
export function onlyPeriodLabel(period: string): string {
	return `Søg kun i ${period}`;
}

/** After the documents a glossary term lists: "og 1 andet dokument" / "og 990 andre dokumenter". */
export function moreDocuments(count: number): string {
	return count === 1 ? 'og 1 andet dokument' : `og ${count} andre dokumenter`;
}

/** A link to the search for a term: 'søg efter »DAS«'. */
export function searchFor(term: string): string {
	return `søg efter »${term}«`;
}

/**
 * The status of a period in words, true on the day the site is built. The years come from the
 * period's name, not from an agreement text, so the words say so.
 */
export function statusLabel(status: PeriodStatus, lastYear: number, firstYear: number): string {
	switch (status) {
		case 'kommende':
			return `Kommende aftaleperiode (fra ${firstYear} ifølge periodens navn)`;
		case 'loebende':
			return `Løbende aftaleperiode (til og med ${lastYear} ifølge periodens navn)`;
		case 'afsluttet':
			return `Afsluttet aftaleperiode (til og med ${lastYear} ifølge periodens navn)`;
	}
}

/** Text of the tools around a document: anchors, breadcrumbs, pagination, print, page history. */
export const pageUi = {
	breadcrumbs: 'Brødkrummesti',
	pagination: 'Andre dokumenter i perioden',
	previous: 'Forrige dokument',
	next: 'Næste dokument',
	print: 'Udskriv',
	lastUpdated: 'Sidst opdateret',
	/** Said where the file's history is not available to the build, rather than guessing a date. */
	lastUpdatedUnknown: 'ikke registreret',
	editSource: 'Ret dokumentets kildefil',
	feedTitle: 'Nyhedsfeed (RSS) med alle dokumenter',
} as const;

/** The accessible name of a heading's link to itself. */
export function headingAnchorLabel(heading: string): string {
	return `Link til afsnittet »${heading}«`;
}

/** The name of a period's RSS feed. */
export function periodFeedTitle(periodTitle: string): string {
	return `Nyhedsfeed (RSS) med dokumenterne fra ${periodTitle}`;
}

/** Text of a document's source-text page (/<period>/<document>/kildetekst/) and the link to it. */
export const sourceTextUi = {
	/** The link on the document page, and the page's breadcrumb. */
	link: 'Kildeteksten',
	linkNote: 'som redaktionen modtog den, med ændringerne vist',
	lead: 'Sådan lød teksten, da redaktionen modtog den, før den blev renset og sat op til dette site. Sammenlign selv: intet er ændret ud over det, redaktionens noter fortæller.',
	madeInto: 'Dokumentet på sitet:',
	file: 'Filen i arkivet:',
	changesHeading: 'Redaktionens ændringer',
	howToRead:
		'Teksten herunder er kildeteksten med dokumentets ændringer vist ord for ord: det, redaktionen har fjernet, er streget over, og det, den har tilføjet, er understreget. Punkttegn, fed og kursiv og linjeskift er opsætning og tæller ikke som ændringer.',
	comparisonLabel: 'Kildeteksten med redaktionens ændringer',
	noChanges: 'Dokumentets tekst er ord for ord kildens tekst.',
	receivedHeading: 'Kildeteksten som modtaget',
	receivedIntro: 'Filen præcis, som den ligger i arkivet, med kildens egne fejl og websidestøj.',
} as const;

/** The title of a document's source-text page. */
export function sourceTextTitle(documentTitle: string): string {
	return `Kildeteksten til »${documentTitle}«`;
}

/** How many places the editors changed the source: "Teksten er ændret 1 sted." */
export function changeCount(count: number): string {
	return `Teksten er ændret ${count} ${count === 1 ? 'sted' : 'steder'} i forhold til kilden.`;
}

/** The preview's banner of content problems (`npm run dev` only; never in a build). */
export const previewUi = {
	heading: 'Indholdet har fejl',
	/** Before the list: what the editor should do, and why pages may be missing. */
	intro: 'Filerne med fejl vises ikke i forhåndsvisningen, og sitet kan ikke bygges, før de er rettet. Åbn filen på linjen, og ret det, meddelelsen siger. Kontrollen kører igen, når du gemmer.',
	ownFile: 'Fejl i denne sides fil',
	otherFiles: 'Fejl i andre filer',
	allFiles: 'Fejl',
} as const;
