/**
 * Ranking a query of several words. Pagefind returns only pages that hold every word of a query,
 * so a reader's question with one word the right page lacks ("can I *sell* software that uses
 * GPL code") finds nothing. Each word is searched on its own instead, and a page's score is the
 * sum of its words' scores (Pagefind's BM25, which already counts rare words above common ones),
 * scaled by the share of the query's words it holds, so pages with all the words come first.
 */
export interface ScoredHit {
	id: string;
	score: number;
}

/** How strongly a page holding fewer of the query's words is pushed down: score × share^k. */
export const coverageExponent = 2;

export function combineHits(perTerm: readonly (readonly ScoredHit[])[]): ScoredHit[] {
	const totals = new Map<string, { score: number; terms: number }>();
	for (const hits of perTerm) {
		for (const { id, score } of hits) {
			const t = totals.get(id) ?? { score: 0, terms: 0 };
			t.score += score;
			t.terms += 1;
			totals.set(id, t);
		}
	}
	const n = perTerm.length || 1;
	return [...totals].map(([id, t]) => ({ id, score: t.score * (t.terms / n) ** coverageExponent })).sort((a, b) => b.score - a.score);
}
