/**
 * A small seeded pseudo-random generator (mulberry32). The benchmark's corpus must be the same on every
 * run and machine, so figures from two runs compare like with like; Math.random cannot be seeded.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** True with the given probability. */
	chance(probability: number): boolean;
}

/** Creates a generator from a 32-bit seed; the same seed always gives the same sequence. */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: <T>(items: readonly T[]) => {
			if (items.length === 0) throw new Error('cannot pick from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		chance: (probability: number) => next() < probability,
	};
}
