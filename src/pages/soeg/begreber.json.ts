// The search terms for the search page: the glossary's names for each term and the editors'
// synonyms (content/synonymer.yaml), so a search for one name also searches the others ("DAS" and
// "Den Administrative Styregruppe på Socialområdet"), and related terms.
import { getGlossary, getSynonyms } from '../../content.ts';
import { searchTerms } from '../../search/search-terms.ts';

export async function GET(): Promise<Response> {
	return new Response(JSON.stringify(searchTerms(await getGlossary(), await getSynonyms())), {
		headers: { 'content-type': 'application/json' },
	});
}
