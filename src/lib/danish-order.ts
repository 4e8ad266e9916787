/** Danish collation: æ, ø and å after z, and "aa" read as å, as Danish dictionaries sort. */
export const danishCollator = new Intl.Collator('da');

/** The Danish alphabet, A to Å, for letter headings and an A-Å index. */
export const DANISH_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'];

/** Sorts by a text key with Danish collation; a copy, the input is left as it is. */
export function sortDanish<T>(items: readonly T[], key: (item: T) => string): T[] {
	return [...items].sort((a, b) => danishCollator.compare(key(a), key(b)));
}

/**
 * Groups items under the letter they sort under: the last letter of the alphabet that collates at
 * or before the item, so grouping always agrees with sorting ("Aalborg" under Å, "Über" under Y,
 * as Danish collation sorts them). Items before A (digits, "§") go under '#'. Letters come in
 * alphabet order, each group sorted, empty letters left out.
 */
export function groupByLetter<T>(items: readonly T[], key: (item: T) => string): { letter: string; items: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const item of sortDanish(items, key)) {
		const text = key(item);
		let letter = '#';
		for (const candidate of DANISH_ALPHABET) {
			if (danishCollator.compare(candidate, text) <= 0) letter = candidate;
			else break;
		}
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}
