import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/**
 * The file at the top of the content folder with the editors' synonyms and related terms for the
 * search. The list is the editors' own, not the sources': it says which everyday words a reader
 * might type for what the documents call otherwise.
 */
export const SYNONYMS_FILE = 'synonymer.yaml';

/** The longest word or phrase in the list: a search term, not a sentence. */
export const MAX_SYNONYM_LENGTH = 60;

/**
 * One word or short phrase as a reader would type it in the search field: letters and digits, with
 * single spaces, hyphens, apostrophes, dots and § between them. Nothing that could be markup or a
 * query operator, so the word is safe wherever the list is shown or searched.
 * @example 'ældre med handicap'
 */
export const SynonymWordSchema = z
	.string({ error: 'skal være et ord eller en kort frase i anførselstegn, fx \'ældre med handicap\'' })
	.transform((word) => word.normalize('NFC').replace(/\s+/g, ' ').trim())
	.pipe(
		z
			.string()
			.min(1, { error: 'må ikke være tom' })
			.max(MAX_SYNONYM_LENGTH, { error: `er for lang: et søgeord har højst ${MAX_SYNONYM_LENGTH} tegn` })
			.regex(/^[\p{L}\p{N}§](?:[\p{L}\p{N}§'’.-]| (?! ))*$/u, {
				error: 'må kun indeholde bogstaver, tal, mellemrum, bindestreg, apostrof, punktum og §, og skal begynde med et bogstav, et tal eller §',
			}),
	);

/**
 * One group of the synonym list: words that mean the same for a reader of this site, and terms
 * related to them. A search for any of the words also searches the others; related terms are
 * searched too, ranked below.
 */
export const SynonymGroupSchema = z.strictObject({
	/**
	 * Words and short phrases that mean the same here, the documents' own word first where there is
	 * one. @example ['ældre med handicap', 'Den gode alderdom']
	 */
	ord: z.array(SynonymWordSchema, { error: 'skal være en liste af ord, fx [ældre, alderdom]' }).min(1, { error: 'skal have mindst ét ord' }),
	/**
	 * Terms related to the words without meaning the same (broader, narrower or near), weaker than
	 * synonyms. @example ['plejehjem']
	 */
	relaterede: z.array(SynonymWordSchema, { error: 'skal være en liste af ord, fx [plejehjem]' }).default([]),
	/** The editors' reason for the group, for other editors; not shown to readers. */
	note: TextSchema.optional(),
}, { error: 'skal være en gruppe med "ord:" og eventuelt "relaterede:" og "note:", fx "- ord: [ældre, alderdom]"' });

/** The content of `content/synonymer.yaml`: a list of groups. */
export const SynonymListSchema = z.array(SynonymGroupSchema, {
	error: 'skal være en liste af grupper, hver med "ord:" og eventuelt "relaterede:" og "note:"',
});

/** The synonyms collection's one entry: the whole list, in the file's order. */
export const SynonymCollectionSchema = z.strictObject({ groups: z.array(SynonymGroupSchema) });

export type SynonymGroup = z.output<typeof SynonymGroupSchema>;
