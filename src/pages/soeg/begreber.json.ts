// The glossary's names for each term, for the search page: a search for one name also searches the
// others ("DAS" and "Den Administrative Styregruppe på Socialområdet").
import { getGlossary } from '../../content.ts';
import { searchTermsFromGlossary } from '../../search/search-terms.ts';

export async function GET(): Promise<Response> {
	return new Response(JSON.stringify(searchTermsFromGlossary(await getGlossary())), {
		headers: { 'content-type': 'application/json' },
	});
}
