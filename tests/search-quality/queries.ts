// The search-quality set: Danish queries a reader might type, each with the pages it must find
// among the first results, run on the fixture site (tests/fixtures/sites/behaviour), so an editor's
// change to content/ never moves a rank here. The expected documents were chosen by reading the
// fixture's texts (which documents are about the query), not from what the search returned. Run by tests/browser/search-quality.test.ts;
// baseline.json lists the queries that pass, so one that stops passing fails `npm test`.

/** What a query tests: the classes of issue #13, each reported on its own. */
export const QUERY_KINDS = [
	'exact',
	'inflection',
	'compound part',
	'spelling',
	'abbreviation',
	'multi-word',
	'question',
	'typo',
	'synonym',
	'period or theme',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QualityQuery {
	/** What the reader types; also the query's name in baseline.json. */
	query: string;
	kind: QueryKind;
	/**
	 * The pages it must find, best first: documents ('<period>/<slug>'), period pages ('<period>'),
	 * theme pages ('temaer/<id>') and the glossary ('ordliste').
	 */
	expected: string[];
}

const R = '2016-2018/resultater-og-planer';
const G4 = '2023-2024/godkendelse';
const G = '2025-2026/godkendelse-af-aftalen';
const O = '2025-2026/output-fra-visionsdagen';
const H = '2025-2026/referat-fra-raadet';
const S = '2025-2026/skriftligt-input';
const A = '2025-2026/aftaletekst';
const P = '2027-2028/referat-om-planerne';
const GLOSSARY = 'ordliste';
const WELLBEING = 'temaer/trivsel';
const OLD_AGE = 'temaer/den-trygge-alderdom';

export const QUERIES: QualityQuery[] = [
	// The word as the text writes it.
	{ query: 'trivsel', kind: 'exact', expected: [R, G4, G, S, A] },
	{ query: 'demens', kind: 'exact', expected: [O, G] },
	{ query: 'neuropædagogik', kind: 'exact', expected: [O] },
	{ query: 'nødspor', kind: 'exact', expected: [G] },
	{ query: 'idrætsforeninger', kind: 'exact', expected: [S, O] },
	{ query: 'førtidspension', kind: 'exact', expected: [R] },
	{ query: 'høretab', kind: 'exact', expected: [R] },
	{ query: 'botilbud', kind: 'exact', expected: [S] },
	{ query: 'uddannelse', kind: 'exact', expected: [G4] },
	{ query: 'visionsdag', kind: 'exact', expected: [P, O] },
	{ query: 'kontrakt', kind: 'exact', expected: [S] },
	{ query: 'revisiteringen', kind: 'exact', expected: [R] },
	{ query: 'Handicaprådet', kind: 'exact', expected: [H] },
	{ query: 'socialudvalget', kind: 'exact', expected: [H] },
	{ query: 'spillereglerne', kind: 'exact', expected: [G] },
	{ query: 'medarbejdere', kind: 'exact', expected: [R] },
	{ query: 'virksomhed', kind: 'exact', expected: [R] },

	// Another form of a word the text uses.
	{ query: 'fyrtårn', kind: 'inflection', expected: [O] },
	{ query: 'førtidspensionen', kind: 'inflection', expected: [R] },
	{ query: 'pladserne', kind: 'inflection', expected: [G, O] },
	{ query: 'kommunernes', kind: 'inflection', expected: [R, A] },
	{ query: 'netværk', kind: 'inflection', expected: [R, S] },
	{ query: 'spilleregler', kind: 'inflection', expected: [G] },
	{ query: 'revisitering', kind: 'inflection', expected: [R] },
	{ query: 'kurset', kind: 'inflection', expected: [O] },
	{ query: 'kontrakten', kind: 'inflection', expected: [S] },
	{ query: 'medarbejderne', kind: 'inflection', expected: [R] },
	{ query: 'virksomheder', kind: 'inflection', expected: [R] },
	{ query: 'fagfolkene', kind: 'inflection', expected: [G] },
	{ query: 'løsning', kind: 'inflection', expected: [O] },
	{ query: 'deltager', kind: 'inflection', expected: [O] },
	{ query: 'erfaring', kind: 'inflection', expected: [R] },
	{ query: 'botilbuddene', kind: 'inflection', expected: [S] },

	// A word the text only uses inside compounds.
	{ query: 'psykiatri', kind: 'compound part', expected: [O, G, R] },
	{ query: 'pædagogik', kind: 'compound part', expected: [O] },
	{ query: 'udvalget', kind: 'compound part', expected: [H] },
	{ query: 'pension', kind: 'compound part', expected: [R] },
	{ query: 'foreninger', kind: 'compound part', expected: [S, O] },
	{ query: 'indsatserne', kind: 'compound part', expected: [R] },
	{ query: 'styregruppe', kind: 'compound part', expected: [H] },
	{ query: 'udvalg', kind: 'compound part', expected: [H] },
	{ query: 'indsatser', kind: 'compound part', expected: [R] },
	{ query: 'regler', kind: 'compound part', expected: [G] },
	{ query: 'fremstilling', kind: 'compound part', expected: [G4, G, H] },
	{ query: 'behandling', kind: 'compound part', expected: [R] },
	{ query: 'forening', kind: 'compound part', expected: [S, O] },
	{ query: 'gruppe', kind: 'compound part', expected: [H] },
	{ query: 'idræt', kind: 'compound part', expected: [S, O] },

	// Typed without the Danish letters, or with them where the text has the old spelling.
	{ query: 'fyrtaarn', kind: 'spelling', expected: [O] },
	{ query: 'aeldre', kind: 'spelling', expected: [O, G] },
	{ query: 'loesninger', kind: 'spelling', expected: [O] },
	{ query: 'hoeretab', kind: 'spelling', expected: [R] },
	{ query: 'saerlige', kind: 'spelling', expected: [G] },
	{ query: 'faellesskab', kind: 'spelling', expected: [S, O, P] },
	{ query: 'Ålborg', kind: 'spelling', expected: [G] },
	{ query: 'okonomi', kind: 'spelling', expected: [G] },
	{ query: 'oekonomi', kind: 'spelling', expected: [G] },
	{ query: 'faelles', kind: 'spelling', expected: [R, O] },
	{ query: 'nodspor', kind: 'spelling', expected: [G] },
	{ query: 'horetab', kind: 'spelling', expected: [R] },
	{ query: 'stotte', kind: 'spelling', expected: [R] },
	{ query: 'losninger', kind: 'spelling', expected: [O] },
	{ query: 'radet', kind: 'spelling', expected: [H, P] },
	{ query: 'efteraaret', kind: 'spelling', expected: [H] },
	{ query: 'uaendrede', kind: 'spelling', expected: [G] },
	{ query: 'droftede', kind: 'spelling', expected: [H, P] },

	// An abbreviation and what it stands for, from the glossary.
	{ query: 'DAS', kind: 'abbreviation', expected: [G, H] },
	{ query: 'administrative styregruppe', kind: 'abbreviation', expected: [H, G] },
	{ query: 'KKR', kind: 'abbreviation', expected: [O] },
	{ query: 'Kommunekontaktråd', kind: 'abbreviation', expected: [O] },
	{ query: 'das', kind: 'abbreviation', expected: [G, H] },
	{ query: 'kkr', kind: 'abbreviation', expected: [O] },
	{ query: 'Den Administrative Styregruppe', kind: 'abbreviation', expected: [H, G] },
	{ query: 'kommunekontaktraad', kind: 'abbreviation', expected: [O] },
	{ query: 'kommunekontaktrådet', kind: 'abbreviation', expected: [O] },
	{ query: 'DAS aftalen', kind: 'abbreviation', expected: [G] },
	{ query: 'KKR demens', kind: 'abbreviation', expected: [O] },
	{ query: 'administrativ styregruppe', kind: 'abbreviation', expected: [H, G] },
	{ query: 'DAS forslaget', kind: 'abbreviation', expected: [G, H] },
	{ query: 'KKR arbejdet', kind: 'abbreviation', expected: [O] },
	{ query: 'Kommunekontaktråd visionsdag', kind: 'abbreviation', expected: [O] },
	{ query: 'DAS samspil borgere', kind: 'abbreviation', expected: [G] },

	// Several words.
	{ query: 'den trygge alderdom', kind: 'multi-word', expected: [O, G] },
	{ query: 'tidlig indsats', kind: 'multi-word', expected: [O] },
	{ query: 'køb og salg', kind: 'multi-word', expected: [G] },
	{ query: 'borgere med høretab', kind: 'multi-word', expected: [R] },
	{ query: 'effektiv drift af botilbud', kind: 'multi-word', expected: [S] },
	{ query: 'samarbejde behandlingspsykiatrien', kind: 'multi-word', expected: [R] },
	{ query: 'fyrtårne for ældre med demens', kind: 'multi-word', expected: [O] },
	{ query: 'job med støtte', kind: 'multi-word', expected: [R] },
	{ query: 'netværk for medarbejdere', kind: 'multi-word', expected: [R] },
	{ query: 'gode tilbud til borgere med handicap', kind: 'multi-word', expected: [A] },
	{ query: 'trivsel job og uddannelse', kind: 'multi-word', expected: [G4] },
	{ query: 'pladser til borgere med særlige behov', kind: 'multi-word', expected: [G] },
	{ query: 'fælles kurser for personalet', kind: 'multi-word', expected: [O] },
	{ query: 'bedre pladser i psykiatrien', kind: 'multi-word', expected: [O] },
	{ query: 'kommunerne og regionen', kind: 'multi-word', expected: [A] },
	{ query: 'aftalen følges op hvert år', kind: 'multi-word', expected: [A] },
	{ query: 'viden om demens', kind: 'multi-word', expected: [O] },
	{ query: 'erfaringer om førtidspension', kind: 'multi-word', expected: [R] },

	// Asked as a question, with question words and small words the text does not have.
	{ query: 'hvem udarbejdede aftalen', kind: 'question', expected: [G] },
	{ query: 'hvad handler aftalen om', kind: 'question', expected: [G4] },
	{ query: 'hvor skal nødsporet sikre pladser', kind: 'question', expected: [G] },
	{ query: 'hvem skal følge arbejdet', kind: 'question', expected: [O] },
	{ query: 'hvornår får socialudvalget forslaget', kind: 'question', expected: [H] },
	{ query: 'hvad ønsker deltagerne', kind: 'question', expected: [O] },
	{ query: 'hvilke borgere har fået bedre hjælp', kind: 'question', expected: [R] },
	{ query: 'hvordan bliver løsningerne bedre', kind: 'question', expected: [O] },
	{ query: 'hvad foreslår det skriftlige input', kind: 'question', expected: [S] },
	{ query: 'hvem drøftede forslaget', kind: 'question', expected: [H] },
	{ query: 'hvad skete der med revisiteringen af tilbuddene', kind: 'question', expected: [R] },
	{ query: 'hvem samarbejder kommunerne med', kind: 'question', expected: [R] },
	{ query: 'hvad siger aftalen om køb og salg af pladser', kind: 'question', expected: [G] },
	{ query: 'hvor mange fokusområder har aftalen', kind: 'question', expected: [G] },
	{ query: 'hvilke fokusområder har aftalen', kind: 'question', expected: [G] },
	{ query: 'hvem skal sikre pladser i Aalborg', kind: 'question', expected: [G] },

	// Mistyped: a letter too many, too few, wrong or swapped.
	{ query: 'demnes', kind: 'typo', expected: [O, G] },
	{ query: 'trivsl', kind: 'typo', expected: [R, G4, G, S, A] },
	{ query: 'botilbd', kind: 'typo', expected: [S] },
	{ query: 'neuropædagogk', kind: 'typo', expected: [O] },
	{ query: 'høretap', kind: 'typo', expected: [R] },
	{ query: 'fyrtorne', kind: 'typo', expected: [O] },
	{ query: 'psykatrien', kind: 'typo', expected: [O, G] },
	{ query: 'idrætsforeniger', kind: 'typo', expected: [S, O] },
	{ query: 'handikaprådet', kind: 'typo', expected: [H] },
	{ query: 'visionsdg', kind: 'typo', expected: [P, O] },
	{ query: 'beskæftigelsse', kind: 'typo', expected: [R] },
	{ query: 'kommunrne', kind: 'typo', expected: [R, A] },
	{ query: 'samarbjde', kind: 'typo', expected: [R] },
	{ query: 'socialudvalet', kind: 'typo', expected: [H] },
	{ query: 'uddanelse', kind: 'typo', expected: [G4] },
	{ query: 'spilleregelrne', kind: 'typo', expected: [G] },
	{ query: 'efterretnig', kind: 'typo', expected: [H] },

	// A reader's own word for what the texts call otherwise: the theme, glossary entry or period
	// that uses the texts' word is the answer (findable once the synonyms file and those pages are).
	{ query: 'ældre med handicap', kind: 'synonym', expected: [OLD_AGE] },
	{ query: 'velbefindende', kind: 'synonym', expected: [WELLBEING] },
	{ query: 'trives', kind: 'synonym', expected: [WELLBEING] },
	{ query: 'ældrepleje', kind: 'synonym', expected: [OLD_AGE] },
	{ query: 'gamle borgere med demens', kind: 'synonym', expected: [OLD_AGE] },
	{ query: 'demente', kind: 'synonym', expected: [OLD_AGE] },
	{ query: 'tryghed i alderdommen', kind: 'synonym', expected: [OLD_AGE] },
	{ query: 'det gode liv', kind: 'synonym', expected: [WELLBEING] },
	{ query: 'nødløsning for pladser', kind: 'synonym', expected: [GLOSSARY] },
	{ query: 'styregruppen for socialområdet', kind: 'synonym', expected: [GLOSSARY] },
	{ query: 'kommunernes kontaktråd', kind: 'synonym', expected: [GLOSSARY] },
	{ query: 'psykisk sygdom', kind: 'synonym', expected: ['2025-2026'] },
	{ query: 'mental sundhed', kind: 'synonym', expected: ['2025-2026'] },
	{ query: 'arbejde og uddannelse', kind: 'synonym', expected: ['2023-2024'] },
	{ query: 'sammenhold', kind: 'synonym', expected: ['2027-2028', '2025-2026'] },
	{ query: 'psykiatri fællesskab', kind: 'synonym', expected: ['2025-2026'] },

	// About a period, a theme or a term rather than one document.
	{ query: 'hvornår blev aftalen 2025-2026 godkendt', kind: 'period or theme', expected: ['2025-2026'] },
	{ query: 'hvornår blev aftalen 2023-2024 godkendt', kind: 'period or theme', expected: ['2023-2024'] },
	{ query: 'vision 2027-2028', kind: 'period or theme', expected: ['2027-2028'] },
	{ query: 'hvad er visionen for 2025-2026', kind: 'period or theme', expected: ['2025-2026'] },
	{ query: 'fokusområder 2025-2026', kind: 'period or theme', expected: ['2025-2026'] },
	{ query: 'hvilke fokusområder har 2023-2024', kind: 'period or theme', expected: ['2023-2024'] },
	{ query: 'job og uddannelse', kind: 'period or theme', expected: ['2023-2024'] },
	{ query: 'et stærkt fællesskab i psykiatrien', kind: 'period or theme', expected: ['2025-2026'] },
	{ query: 'den trygge alderdom tema', kind: 'period or theme', expected: [OLD_AGE] },
	{ query: 'tema trivsel', kind: 'period or theme', expected: [WELLBEING] },
	{ query: 'hvad er et nødspor', kind: 'period or theme', expected: [GLOSSARY] },
	{ query: 'hvad står DAS for', kind: 'period or theme', expected: [GLOSSARY] },
	{ query: 'hvad betyder KKR', kind: 'period or theme', expected: [GLOSSARY] },
	{ query: 'hvornår var visionsdagen', kind: 'period or theme', expected: ['2025-2026'] },
	{ query: 'hvem godkendte aftalen 2025-2026', kind: 'period or theme', expected: ['2025-2026'] },
	{ query: 'aftalen for 2016-2018', kind: 'period or theme', expected: ['2016-2018'] },
	{ query: 'periode 2027-2028', kind: 'period or theme', expected: ['2027-2028'] },
	{ query: 'Den trygge alderdom for borgere med handicap', kind: 'period or theme', expected: ['2025-2026'] },
];
