// The search-quality set: Danish queries a reader might type, each with the documents it must find
// in the first five results, run on the fixture site (tests/fixtures/sites/behaviour), so an editor's
// change to content/ never moves a rank here. The expected documents were chosen by reading the
// fixture's texts (which documents are about the query), not from what the search returned. Run by tests/browser/search-quality.test.ts;
// baseline.json lists the queries that pass, so one that stops passing fails `npm test`.

/** What a query tests. */
export type QueryKind = 'exact' | 'inflection' | 'compound part' | 'spelling' | 'abbreviation' | 'multi-word';

export interface QualityQuery {
	/** What the reader types; also the query's name in baseline.json. */
	query: string;
	kind: QueryKind;
	/** The documents ('<period>/<slug>') it must find among the first five results, best first. */
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

	// Another form of a word the text uses.
	{ query: 'fyrtårn', kind: 'inflection', expected: [O] },
	{ query: 'førtidspensionen', kind: 'inflection', expected: [R] },
	{ query: 'pladserne', kind: 'inflection', expected: [G, O] },
	{ query: 'kommunernes', kind: 'inflection', expected: [R, A] },
	{ query: 'netværk', kind: 'inflection', expected: [R, S] },
	{ query: 'spilleregler', kind: 'inflection', expected: [G] },
	{ query: 'revisitering', kind: 'inflection', expected: [R] },
	{ query: 'kurset', kind: 'inflection', expected: [O] },

	// A word the text only uses inside compounds.
	{ query: 'psykiatri', kind: 'compound part', expected: [O, G, R] },
	{ query: 'pædagogik', kind: 'compound part', expected: [O] },
	{ query: 'udvalget', kind: 'compound part', expected: [H] },
	{ query: 'pension', kind: 'compound part', expected: [R] },
	{ query: 'foreninger', kind: 'compound part', expected: [S, O] },
	{ query: 'indsatserne', kind: 'compound part', expected: [R] },
	{ query: 'styregruppe', kind: 'compound part', expected: [H] },

	// Typed without the Danish letters, or with them where the text has the old spelling.
	{ query: 'fyrtaarn', kind: 'spelling', expected: [O] },
	{ query: 'aeldre', kind: 'spelling', expected: [O, G] },
	{ query: 'loesninger', kind: 'spelling', expected: [O] },
	{ query: 'hoeretab', kind: 'spelling', expected: [R] },
	{ query: 'saerlige', kind: 'spelling', expected: [G] },
	{ query: 'faellesskab', kind: 'spelling', expected: [S, O, P] },
	{ query: 'Ålborg', kind: 'spelling', expected: [G] },

	// An abbreviation and what it stands for, from the glossary.
	{ query: 'DAS', kind: 'abbreviation', expected: [G, H] },
	{ query: 'administrative styregruppe', kind: 'abbreviation', expected: [H, G] },
	{ query: 'KKR', kind: 'abbreviation', expected: [O] },
	{ query: 'Kommunekontaktråd', kind: 'abbreviation', expected: [O] },

	// Several words.
	{ query: 'den trygge alderdom', kind: 'multi-word', expected: [O, G] },
	{ query: 'tidlig indsats', kind: 'multi-word', expected: [O] },
	{ query: 'køb og salg', kind: 'multi-word', expected: [G] },
	{ query: 'borgere med høretab', kind: 'multi-word', expected: [R] },
	{ query: 'effektiv drift af botilbud', kind: 'multi-word', expected: [S] },
	{ query: 'samarbejde behandlingspsykiatrien', kind: 'multi-word', expected: [R] },
];
