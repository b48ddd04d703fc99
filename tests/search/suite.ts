import { heldOutCandidates } from './held-out-queries';
import { moreTuningCases } from './more-tuning-queries';
import { searchCases, type SearchCase } from './queries';

/**
 * The two halves of the search-quality suite. Search is tuned against the first (the original
 * cases, half of the first independently written set, and a second independent set) and only
 * measured against the second, half of the first independent set chosen by a hash of each
 * query so that nobody picks which cases are held out.
 */
function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (const ch of text) {
		h ^= ch.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

const heldOut = (c: SearchCase) => fnv1a(`${c.lang}|${c.query}`) % 2 === 1;

const heldOutCases = heldOutCandidates.filter(heldOut);
const key = (c: SearchCase) => `${c.lang}|${c.query.trim().toLowerCase()}`;
const heldOutKeys = new Set(heldOutCases.map(key));

export const suiteHalves: { name: 'tuning' | 'held-out'; cases: SearchCase[] }[] = [
	{
		name: 'tuning',
		// A query that happens to be in the held-out half too stays only there.
		cases: [...searchCases, ...heldOutCandidates.filter((c) => !heldOut(c)), ...moreTuningCases.filter((c) => !heldOutKeys.has(key(c)))],
	},
	{ name: 'held-out', cases: heldOutCases },
];
