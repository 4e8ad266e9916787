import type { FieldType } from '../lib/schema-fields.ts';

/**
 * The Danish explanation of every field in the open data (/data/*.json), shown on /om-data/. The
 * fields themselves come from the schemas (src/schemas/open-data.ts); a test checks that every field
 * has an explanation here and that nothing here names a field that no longer exists.
 */

const notes = {
	notes: 'Redaktionelle noter: hvad redaktionen har rettet, hvad kilden mangler, og fejl i kilden, som er bevaret.',
	'notes[].kind':
		'Notens art: "rettelse" (redaktionen har rettet teksten), "mangler" (noget mangler i kilden), "kildefejl" (en fejl i kilden, som står uændret) eller "bemaerkning" (anden bemærkning).',
	'notes[].text': 'Noten i almindeligt dansk.',
};

/** Explanations of the fields of one document in documents.json. */
export const DOCUMENT_FIELDS: Record<string, string> = {
	id: 'Dokumentets id: periode og adressenavn adskilt af skråstreg, fx "2021-2022/godkendelse-regionsraadet". Entydigt og stabilt.',
	period: 'Den aftaleperiode, dokumentet hører til, fx "2021-2022" (første og sidste år).',
	slug: 'Dokumentets navn i adressen (filnavnet), fx "godkendelse-regionsraadet".',
	url: 'Fuld adresse på dokumentets side på hjemmesiden.',
	title: 'Dokumentets titel, som kilden skriver den.',
	kind: 'Dokumenttype: "aftaletekst", "godkendelse" (godkendelsessag), "resultater" (resultater og initiativer), "visionsdag" (output fra visionsdag), "referat" eller "skriftligt-input".',
	date: 'Dokumentets dato så præcist, som kilden oplyser den: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ. Står der "ukendt", oplyser kilden ingen dato.',
	dateNote: 'Hvad der ellers vides om datoen, fx mødets tidspunkt eller hvorfor datoen er ukendt. Mangler, når der intet er at tilføje.',
	issuer: 'Det organ, der har udstedt dokumentet. "ukendt", når kilden ikke oplyser det.',
	source: 'Hvor teksten kommer fra: originalens titel, udgiver og eventuelle journalnummer og webadresse.',
	'source.title': 'Originalens titel, som udgiveren skrev den.',
	'source.publisher': 'Hvem der har offentliggjort originalen. "ukendt", når kilden ikke oplyser det.',
	'source.journalNumber': 'Udgiverens journalnummer, når kilden oplyser et. Mangler ellers.',
	'source.url': 'Originalens webadresse, når den kendes. Mangler ellers.',
	'source.file': 'Navnet på den rå kildetekst, som dokumentet er lavet ud fra (en fil i arkivets mappe content/kilder/). Dokumentets side linker til kildeteksten med redaktionens ændringer vist. Mangler, når arkivet ikke har kildeteksten.',
	'source.restoredFromScan': 'true, når teksten er genskabt fra en skannet (OCR-læst) kopi; ellers false.',
	focusAreas: 'Id\'er på de af periodens fokusområder, som dokumentet handler om (se "focusAreas[].id" i periods.json). Tom liste, når ingen er angivet. Er dokumentet fra før godkendelsen, er det de fokusområder, som dets fokusområder blev til.',
	focusAreaStage:
		'Id på det trin i periodens "focusAreaHistory", hvis navne på fokusområderne dokumentet selv bruger (fx "foreslaaet"). Mangler, når dokumentet bruger de godkendte navne.',
	summary: 'Et eller to sætninger om, hvad dokumentet er.',
	themes: 'Id\'er på de temaer (se /temaer/), dokumentet handler om. Tom liste, når ingen er angivet.',
	...notes,
	lastUpdated:
		'Hvornår dokumentets fil sidst blev ændret på hjemmesiden, som dato og klokkeslæt med tidszone (ISO 8601) fra versionshistorikken. Mangler, når historikken ikke var tilgængelig, da siden blev bygget. Det er ikke dokumentets egen dato (se "date").',
};

/** Explanations of the fields of one period in periods.json. */
export const PERIOD_FIELDS: Record<string, string> = {
	id: 'Periodens id: første og sidste år med bindestreg, fx "2021-2022". Det er også periodens navn i adressen.',
	title: 'Periodens titel, fx "Nordjysk Socialaftale 2021-2022".',
	firstYear: 'Det første kalenderår i periodens navn.',
	lastYear: 'Det sidste kalenderår i periodens navn. Sitet regner perioden for at løbe til og med det år; det er udledt af navnet, ikke af en aftaletekst.',
	vision: 'Periodens vision, citeret fra den kilde, der oplyser den. Mangler, når kilderne ikke oplyser visionen.',
	'vision.title': 'Visionens korte navn, fx "Egenmestring".',
	'vision.text': 'Visionens tekst, ordret fra kilden.',
	'vision.textKind': 'Hvad teksten er: "vision" (visionens egen ordlyd) eller "omtale" (en kildes sætning om visionen, fx hvorfor den blev valgt, hvor visionens egen ordlyd ikke er i arkivet).',
	'vision.quotedFrom': 'Hvor citatet stammer fra, beskrevet med ord.',
	'vision.source': 'Id på det dokument i documents.json, citatet stammer fra, når arkivet har det.',
	'vision.themes': 'Id\'er på de temaer (se /temaer/), visionen hører til.',
	focusAreas: 'De godkendte fokusområder i aftalens rækkefølge. Tom liste, når kilderne ikke nævner dem.',
	'focusAreas[].id': 'Fokusområdets id, som dokumenterne henviser til i deres "focusAreas".',
	'focusAreas[].number': 'Fokusområdets nummer i aftalen, når kilden nummererer det.',
	'focusAreas[].title': 'Fokusområdets titel, som kilden skriver den.',
	'focusAreas[].description': 'Kildens egen beskrivelse af fokusområdet, citeret. Mangler, når kilden ikke beskriver det.',
	'focusAreas[].source': 'Id på det dokument, titel og beskrivelse er hentet fra.',
	'focusAreas[].themes': 'Id\'er på de temaer (se /temaer/), fokusområdet hører til.',
	focusAreaHistory:
		'Hvordan fokusområderne blev til før godkendelsen, trin for trin (fx foreslået, drøftet), så vidt kilderne oplyser det. Tom liste, når kilderne intet siger.',
	'focusAreaHistory[].id': 'Trinnets id, som dokumenterne henviser til i deres "focusAreaStage".',
	'focusAreaHistory[].label': 'Hvad der skete på dette trin, fx "Foreslået af Den Administrative Styregruppe på socialområdet".',
	'focusAreaHistory[].date': 'Hvornår, så præcist som kilderne oplyser det: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller "ukendt".',
	'focusAreaHistory[].dateText': 'Datoen med ord, når "date" ikke blot er dagen, det skete, fx "senest 27. november 2019"; "note" siger, hvordan den er udledt.',
	'focusAreaHistory[].source': 'Id på det dokument, der gengiver trinnet, når arkivet har det.',
	'focusAreaHistory[].note': 'Hvad læseren bør vide om trinnet eller dets dato.',
	'focusAreaHistory[].focusAreas': 'Fokusområderne, som de hed på dette trin, i kildens rækkefølge.',
	'focusAreaHistory[].focusAreas[].id': 'Fokusområdets id på dette trin, som dokumenterne fra trinnet henviser til i deres "focusAreas".',
	'focusAreaHistory[].focusAreas[].number': 'Fokusområdets nummer på dette trin, når kilden nummererer det.',
	'focusAreaHistory[].focusAreas[].title': 'Fokusområdets titel, som kilden for dette trin skriver den.',
	'focusAreaHistory[].focusAreas[].themes': 'Id\'er på de temaer, fokusområdet hører til.',
	'focusAreaHistory[].focusAreas[].becomes': 'Id på det godkendte fokusområde, som dette blev til, når redaktionen kan se det. Det er redaktionens sammenkædning, ikke kildens.',
	milestones:
		'Daterede trin i aftalens tilblivelse (frister, møder, beslutninger), i den rækkefølge kilderne nævner dem. Kun datoer, som kilderne oplyser.',
	'milestones[].date': 'Datoen, så præcist som kilden oplyser den: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ.',
	'milestones[].dateText': 'Kildens egne ord for en upræcis dato, fx "sommeren 2020". Mangler, når datoen er præcis.',
	'milestones[].kind': 'Trinnets art: "dagsorden", "moede" (møde), "frist", "plan" (planlagt) eller "beslutning".',
	'milestones[].label': 'Hvad der skete, som kilden fortæller det.',
	'milestones[].source': 'Id på det dokument, der oplyser datoen, når arkivet har det.',
	'milestones[].note': 'Hvad læseren bør vide om trinnet eller dets dato.',
	focusAreasNote: 'Forklaring til læseren om, hvordan fokusområderne blev til, eller hvorfor de mangler.',
	approval: 'Den politiske godkendelse af aftalen, så vidt kilderne oplyser den. Mangler, når kilderne ikke gør.',
	'approval.date': 'Datoen for beslutningen (ÅÅÅÅ-MM-DD).',
	'approval.body': 'Det organ, der traf beslutningen.',
	'approval.source': 'Id på det dokument, der gengiver beslutningen.',
	...notes,
	url: 'Fuld adresse på periodens side på hjemmesiden.',
	status:
		'Periodens status den dag, filen blev lavet (se "generated"): "kommende" (begynder senere), "loebende" (i gang) eller "afsluttet" (sidste år er forbi). Beregnet ud fra årene i periodens navn, ikke ud fra en aftaletekst.',
	documents: 'Id\'er på periodens dokumenter i documents.json, ældste først; dokumenter uden kendt dato sidst.',
};

/** Explanations of the fields of one entry in glossary.json. */
export const GLOSSARY_FIELDS: Record<string, string> = {
	id: 'Begrebets id (filnavnet), fx "das".',
	term: 'Begrebet eller forkortelsen, som dokumenterne skriver det.',
	type: '"forkortelse" eller "begreb".',
	expansion: 'Hvad forkortelsen står for. Mangler, hvor det ikke vides med sikkerhed.',
	aliases: 'Andre stavemåder, dokumenterne bruger for det samme. Tom liste, når der ingen er.',
	related: 'Id\'er på beslægtede begreber i ordlisten.',
	editorsExplanation: 'Redaktionens egen, generelle forklaring af begrebet, ud fra almen viden og ikke fra arkivets kilder. Mangler, hvor forklaringen alene bygger på dokumenterne.',
	reference: 'Hvor redaktionens forklaring kan efterprøves, fx lovens eget navn og paragraf eller en organisations egen beskrivelse af sig selv. Mangler, hvor der ikke er en sådan henvisning.',
	'reference.title': 'Henvisningen med ord.',
	'reference.url': 'Henvisningens webadresse, kun hvor den er sikker.',
	explanation: 'Forklaringen i almindeligt dansk, skrevet i Markdown.',
};

/** Explanations of the fields of one group in synonyms.json. */
export const SYNONYM_FIELDS: Record<string, string> = {
	ord: 'Ord og korte fraser, som søgningen regner for at betyde det samme: dokumenternes eget ord først, så læsernes hverdagsord og fokusområdernes tidligere og senere navne.',
	relaterede: 'Beslægtede ord, der ikke betyder helt det samme; søgningen søger også på dem, men vægter dem lavere. Tom liste, når der ingen er.',
	note: 'Redaktionens begrundelse for gruppen. Mangler, når der ingen er.',
};

/** The field at the top of every file. */
export const GENERATED_FIELD = 'Den dag, filen blev lavet (ÅÅÅÅ-MM-DD): den dag, hjemmesiden blev bygget.';

/** A field's kind of value, in Danish, for the field tables. */
export function fieldTypeLabel(type: FieldType): string {
	switch (type.kind) {
		case 'text':
			return type.format === 'url' ? 'webadresse' : type.format === 'datetime' ? 'dato og klokkeslæt' : 'tekst';
		case 'integer':
			return 'heltal';
		case 'number':
			return 'tal';
		case 'boolean':
			return 'true/false';
		case 'enum':
			return `en af: ${type.values.join(', ')}`;
		case 'object':
			return 'objekt';
		case 'list':
			return type.of.kind === 'object' ? 'liste af objekter' : `liste (${fieldTypeLabel(type.of)})`;
	}
}
