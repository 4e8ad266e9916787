// The search-quality set: Danish queries a reader might type, each with the documents it must find
// in the first five results. The expected documents were chosen by reading the texts (which documents
// are about the query), not from what the search returned. Run by tests/browser/search-quality.test.ts;
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

const R = '2018-2020/resultater-og-initiativer';
const G = '2021-2022/godkendelse-regionsraadet';
const O = '2021-2022/output-fra-visionsdagen';
const H = '2021-2022/referat-handicapraadet-broenderslev';
const S = '2021-2022/skriftligt-input-vision-og-fokusomraader';

export const QUERIES: QualityQuery[] = [
	// The word as the text writes it.
	{ query: 'egenmestring', kind: 'exact', expected: [S, R, H, G, O] },
	{ query: 'demens', kind: 'exact', expected: [O, G] },
	{ query: 'IPS', kind: 'exact', expected: [R] },
	{ query: 'brugerpanel', kind: 'exact', expected: [R] },
	{ query: 'neuropædagogik', kind: 'exact', expected: [O] },
	{ query: 'Ekspertpanelet', kind: 'exact', expected: [G] },
	{ query: 'nødsporet', kind: 'exact', expected: [G] },
	{ query: 'idrætsforeninger', kind: 'exact', expected: [S] },
	{ query: 'førtidspension', kind: 'exact', expected: [R] },
	{ query: 'recovery', kind: 'exact', expected: [R] },

	// Another form of a word the text uses.
	{ query: 'fyrtårn', kind: 'inflection', expected: [O] },
	{ query: 'førtidspensionen', kind: 'inflection', expected: [R] },
	{ query: 'visionsdagene', kind: 'inflection', expected: [O, H] },
	{ query: 'pladserne', kind: 'inflection', expected: [O, G] },
	{ query: 'udfordringerne', kind: 'inflection', expected: [R, G, O, S] },
	{ query: 'kommunernes', kind: 'inflection', expected: [R, H, G, S] },
	{ query: 'netværket', kind: 'inflection', expected: [S, H] },
	{ query: 'spilleregler', kind: 'inflection', expected: [G] },
	{ query: 'incitamentet', kind: 'inflection', expected: [G] },
	{ query: 'revisiteringen', kind: 'inflection', expected: [R] },

	// A word the text only uses inside compounds.
	{ query: 'psykiatri', kind: 'compound part', expected: [R, O, G, H, S] },
	{ query: 'aftale', kind: 'compound part', expected: [G, H, R, O, S] },
	{ query: 'pædagogik', kind: 'compound part', expected: [O] },
	{ query: 'mestring', kind: 'compound part', expected: [S, R, H, G, O] },
	{ query: 'udvalget', kind: 'compound part', expected: [G, H] },
	{ query: 'rådet', kind: 'compound part', expected: [H, G] },
	{ query: 'viden', kind: 'compound part', expected: [O] },
	{ query: 'kontrakt', kind: 'compound part', expected: [S] },
	{ query: 'foreninger', kind: 'compound part', expected: [S] },
	{ query: 'hæmning', kind: 'compound part', expected: [G] },
	{ query: 'panel', kind: 'compound part', expected: [R, G] },
	{ query: 'pension', kind: 'compound part', expected: [R] },
	{ query: 'psykiatrien', kind: 'compound part', expected: [R, O] },

	// Typed without the Danish letters, or with them where the text has the old spelling.
	{ query: 'fyrtaarn', kind: 'spelling', expected: [O] },
	{ query: 'aeldre', kind: 'spelling', expected: [O, S] },
	{ query: 'Broenderslev', kind: 'spelling', expected: [H] },
	{ query: 'loesninger', kind: 'spelling', expected: [G] },
	{ query: 'hoeretab', kind: 'spelling', expected: [R] },
	{ query: 'saerlige', kind: 'spelling', expected: [G, O] },
	{ query: 'faelleskommunale', kind: 'spelling', expected: [O, G] },
	{ query: 'jaevnfoer', kind: 'spelling', expected: [S] },
	{ query: 'Ålborg', kind: 'spelling', expected: [G] },
	{ query: 'Årup', kind: 'spelling', expected: [H] },

	// An abbreviation and what it stands for, from the glossary.
	{ query: 'DAS', kind: 'abbreviation', expected: [G, H] },
	{ query: 'administrative styregruppe', kind: 'abbreviation', expected: [H, G] },
	{ query: 'Den Administrative Styregruppe på Socialområdet', kind: 'abbreviation', expected: [G, H] },
	{ query: 'VISO', kind: 'abbreviation', expected: [O] },
	{ query: 'KKR', kind: 'abbreviation', expected: [O, H] },

	// Several words.
	{ query: 'den gode alderdom', kind: 'multi-word', expected: [O, G, H, S] },
	{ query: 'bedre og billigere pladser', kind: 'multi-word', expected: [O] },
	{ query: 'tidlig indsats', kind: 'multi-word', expected: [O] },
	{ query: 'køb og salg', kind: 'multi-word', expected: [G, R] },
	{ query: 'borgere med høretab', kind: 'multi-word', expected: [R] },
	{ query: 'socialpsykiatri kompetenceudvikling', kind: 'multi-word', expected: [O] },
	{ query: 'egenmestring netværk', kind: 'multi-word', expected: [S, H] },
	{ query: 'samarbejde behandlingspsykiatrien', kind: 'multi-word', expected: [R] },
	{ query: 'effektiv drift af botilbud', kind: 'multi-word', expected: [S] },
];
