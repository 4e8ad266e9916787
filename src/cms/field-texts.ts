// The Danish label and help text of every field the CMS at /admin/ shows. The fields themselves come
// from the schemas (src/schemas/, read by src/lib/schema-fields.ts); this table only words them for
// editors. cms-config.ts refuses a schema field without an entry here, and a test checks that every
// entry still names a field, so the form and the schema cannot drift apart.

/** Where a field's choices come from, when it names something that exists elsewhere in content/. */
export type FieldChoices =
	| 'themes'
	| 'glossary'
	| 'documents'
	| 'sources'
	/** The approved focus areas and those of every stage of the document's period. */
	| 'period-focus-areas'
	/** The stages of the document's period (`focusAreaHistory[].id`). */
	| 'period-stages';

/** How a date field is written: as precise as the source, a day only, or as precise as the source but never `ukendt`. */
export type DateKind = 'document-date' | 'iso-date' | 'known-date';

/** What editors read beside one field. */
export interface FieldText {
	/** The field's name in the form. */
	label: string;
	/** One or two sentences under the field: what to write, and an example. */
	hint?: string;
	/** A long text: a text area instead of one line. */
	long?: true;
	/** The field is chosen from a list of what exists, not typed. */
	choices?: FieldChoices;
	/** The field is a date, checked in the form as the schema checks it. */
	date?: DateKind;
	/** A pattern the form checks where the schema's own check is code (a refinement) rather than a regex. */
	pattern?: { regex: string; message: string };
}

const NOTES: Record<string, FieldText> = {
	notes: { label: 'Redaktionelle noter', hint: 'Hvad redaktionen har rettet, hvad kilden mangler, og fejl i kilden, som står uændret.' },
	'notes[].kind': { label: 'Notens art' },
	'notes[].text': { label: 'Noten', hint: 'I almindeligt dansk: hvad der er rettet eller mangler, og hvor.', long: true },
};

const THEMES: FieldText = { label: 'Temaer', hint: 'De temaer (content/temaer/), det handler om.', choices: 'themes' };
const DOCUMENT_SOURCE: FieldText = { label: 'Kildedokument', hint: 'Det offentliggjorte dokument, oplysningen er taget fra.', choices: 'documents' };

/** The fields of a document (`content/<periode>/<navn>.md`). */
export const DOCUMENT_TEXTS: Record<string, FieldText> = {
	title: { label: 'Titel', hint: 'Dokumentets titel, som kilden skriver den.' },
	kind: { label: 'Dokumenttype' },
	date: { label: 'Dato', hint: 'Så præcist som kilden siger den: 2019-12-03, 2019-12 eller 2019. Skriv ukendt, hvis kilden ingen dato har.', date: 'document-date' },
	dateNote: { label: 'Om datoen', hint: 'Hvad der ellers vides om datoen, fx mødets tidspunkt. Kan stå tom.', long: true },
	issuer: { label: 'Udsteder', hint: 'Det organ, der udsendte dokumentet, fx Regionsrådet, Region Nordjylland. Skriv ukendt, hvis kilden ikke siger det.' },
	source: { label: 'Kilde', hint: 'Hvor teksten kommer fra.' },
	'source.title': { label: 'Kildens titel', hint: 'Originalens titel, som udgiveren skrev den.' },
	'source.publisher': { label: 'Udgiver', hint: 'Hvem der offentliggjorde originalen. Skriv ukendt, hvis kilden ikke siger det.' },
	'source.journalNumber': { label: 'Journalnummer', hint: 'Udgiverens journalnummer, hvis kilden har et, fx 2019-053472.' },
	'source.url': { label: 'Kildens webadresse', hint: 'Begynder med https://. Kan stå tom, hvis den ikke kendes.' },
	'source.file': { label: 'Kildetekst', hint: 'Den fil i content/kilder/, dokumentet er lavet ud fra.', choices: 'sources' },
	'source.restoredFromScan': { label: 'Genskabt fra en scanning (OCR)', hint: 'Slå til, hvis teksten er læst ud af en scannet kopi.' },
	focusAreas: { label: 'Fokusområder', hint: 'De fokusområder i perioden, dokumentet handler om.', choices: 'period-focus-areas' },
	focusAreaStage: {
		label: 'Trin i fokusområdernes historie',
		hint: 'Vælg trinnet, hvis dokumentet bruger fokusområdernes navne fra et trin før godkendelsen. Tom: de godkendte.',
		choices: 'period-stages',
	},
	themes: THEMES,
	summary: { label: 'Resumé', hint: 'En eller to sætninger om, hvad dokumentet er (højst 400 tegn).', long: true },
	...NOTES,
};

/** The fields of a period (`content/<periode>/periode.yaml`). */
export const PERIOD_TEXTS: Record<string, FieldText> = {
	id: {
		label: 'Periode',
		hint: 'Første og sidste år med bindestreg, fx 2023-2024. Bliver mappens navn og adressen.',
		pattern: { regex: '^\\d{4}-\\d{4}$', message: 'Skriv første og sidste år med bindestreg, fx 2023-2024.' },
	},
	title: { label: 'Titel', hint: 'Fx Nordjysk Socialaftale 2023-2024.' },
	firstYear: { label: 'Første år', hint: 'Det første år, aftalen gælder, fx 2023.' },
	lastYear: { label: 'Sidste år', hint: 'Det sidste år, aftalen gælder, fx 2024.' },
	vision: { label: 'Vision', hint: 'Kun hvis en kilde oplyser visionen.' },
	'vision.title': { label: 'Visionens navn', hint: 'Fx Egenmestring.' },
	'vision.text': { label: 'Visionens tekst', hint: 'Ordret fra kilden.', long: true },
	'vision.textKind': { label: 'Hvad teksten er', hint: 'Visionens egen ordlyd, eller kildens omtale af visionen.' },
	'vision.quotedFrom': { label: 'Citeret fra', hint: 'Hvor citatet kommer fra, skrevet til læserne.', long: true },
	'vision.source': DOCUMENT_SOURCE,
	'vision.themes': THEMES,
	focusAreas: { label: 'Fokusområder', hint: 'De godkendte fokusområder i deres rækkefølge.' },
	'focusAreas[].id': { label: 'Id', hint: 'Små bogstaver og bindestreger, fx den-gode-alderdom. Dokumenterne bruger det.' },
	'focusAreas[].number': { label: 'Nummer', hint: 'Fokusområdets nummer i aftalen, hvis kilden nummererer dem.' },
	'focusAreas[].title': { label: 'Titel', hint: 'Som kilden skriver den.' },
	'focusAreas[].description': { label: 'Beskrivelse', hint: 'Kildens egen beskrivelse, ordret.', long: true },
	'focusAreas[].source': DOCUMENT_SOURCE,
	'focusAreas[].themes': THEMES,
	focusAreasNote: { label: 'Om fokusområderne', hint: 'Hvorfor de mangler, eller hvordan de blev til, til læserne.', long: true },
	focusAreaHistory: { label: 'Fokusområdernes historie', hint: 'Trinene før godkendelsen (foreslået, drøftet), ældste først.' },
	'focusAreaHistory[].id': { label: 'Trinnets id', hint: 'Fx foreslaaet. Dokumenter fra trinnet nævner det.' },
	'focusAreaHistory[].label': { label: 'Hvad skete', hint: 'Fx Foreslået af Den Administrative Styregruppe på socialområdet.' },
	'focusAreaHistory[].date': { label: 'Dato', hint: 'Så præcist som kilden siger den: 2019-12-03, 2019-12, 2019 eller ukendt.', date: 'document-date' },
	'focusAreaHistory[].dateText': { label: 'Datoen i ord', hint: 'Fx senest 27. november 2019, når datoen er afledt.' },
	'focusAreaHistory[].source': DOCUMENT_SOURCE,
	'focusAreaHistory[].note': { label: 'Note', hint: 'Hvad læserne skal vide om trinnet.', long: true },
	'focusAreaHistory[].focusAreas': { label: 'Fokusområder på trinnet', hint: 'I kildens rækkefølge; mindst ét.' },
	'focusAreaHistory[].focusAreas[].id': { label: 'Id', hint: 'Fx bedre-og-billigere-pladser.' },
	'focusAreaHistory[].focusAreas[].number': { label: 'Nummer' },
	'focusAreaHistory[].focusAreas[].title': { label: 'Titel', hint: 'Som kilden fra trinnet skriver den.' },
	'focusAreaHistory[].focusAreas[].themes': THEMES,
	'focusAreaHistory[].focusAreas[].becomes': { label: 'Blev til', hint: 'Id på det godkendte fokusområde, det blev til, hvis kilderne viser det.' },
	milestones: { label: 'Milepæle', hint: 'Daterede skridt i aftalens tilblivelse, i den rækkefølge de skete.' },
	'milestones[].date': { label: 'Dato', hint: 'Så præcist som kilden siger den: 2020-01-20, 2020-01 eller 2020.', date: 'known-date' },
	'milestones[].dateText': { label: 'Datoen i ord', hint: 'Kildens egne ord for en upræcis dato, fx sommeren 2020.' },
	'milestones[].kind': { label: 'Art' },
	'milestones[].label': { label: 'Hvad skete', hint: 'Som kilden fortæller det.', long: true },
	'milestones[].source': DOCUMENT_SOURCE,
	'milestones[].note': { label: 'Note', long: true },
	approval: { label: 'Godkendelse', hint: 'Den politiske godkendelse, hvis en kilde oplyser den.' },
	'approval.date': { label: 'Dato', hint: 'Beslutningens dag, fx 2020-11-24.', date: 'iso-date' },
	'approval.body': { label: 'Hvem besluttede', hint: 'Fx Regionsrådet, Region Nordjylland.' },
	'approval.source': DOCUMENT_SOURCE,
	...NOTES,
};

/** The fields of a theme (`content/temaer/<id>.md`). */
export const THEME_TEXTS: Record<string, FieldText> = {
	title: { label: 'Temaets navn', hint: 'Fx Den gode alderdom.' },
	summary: { label: 'Resumé', hint: 'En eller to sætninger til listen over temaer (højst 300 tegn).', long: true },
	glossary: { label: 'Ordliste', hint: 'Begreber i ordlisten, der forklarer temaets ord.', choices: 'glossary' },
};

/** The fields of a glossary entry (`content/ordliste/<id>.md`). */
export const GLOSSARY_TEXTS: Record<string, FieldText> = {
	term: { label: 'Begreb', hint: 'Som dokumenterne skriver det, fx DAS.' },
	type: { label: 'Art' },
	expansion: { label: 'Står for', hint: 'Hvad forkortelsen står for. Kun hvis det er sikkert.' },
	aliases: { label: 'Andre stavemåder', hint: 'Andre måder, dokumenterne skriver begrebet på.' },
	related: { label: 'Relaterede begreber', choices: 'glossary' },
	editorsExplanation: { label: 'Redaktionens forklaring', hint: 'En almen forklaring fra redaktionens egen viden, ikke fra kilderne.', long: true },
	reference: { label: 'Henvisning', hint: 'Hvor forklaringen kan efterprøves.' },
	'reference.title': { label: 'Henvisningen i ord', hint: 'Fx Lov om social service (serviceloven), § 85.' },
	'reference.url': { label: 'Webadresse', hint: 'Kun hvis den er sikker.' },
};

/** The Markdown body of each kind of file, which no schema describes. */
export const BODY_TEXTS = {
	document: { label: 'Dokumentets tekst', hint: 'Kildens tekst i Markdown, uden ændringer ud over dem, noterne nævner.' },
	theme: { label: 'Beskrivelse', hint: 'Redaktionens korte beskrivelse: hvilke dokumenter og perioder temaet kommer fra.' },
	glossary: { label: 'Hvad kilderne siger', hint: 'Hvad arkivets dokumenter siger om begrebet, med links til dem.' },
} satisfies Record<string, FieldText>;

/** Danish names of the choices of a closed list, where the schema's own list has none. */
export const GLOSSARY_TYPE_LABELS: Record<string, string> = { forkortelse: 'Forkortelse', begreb: 'Begreb' };
