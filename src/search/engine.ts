/**
 * The search itself, in the browser: Pagefind's index of the page's language (with the English
 * index merged in on translated pages, at a lower weight), the reader's words planned by
 * query.ts, each word searched and the pages ranked by rank.ts, and the addresses kept in the
 * reader's language (result-url.ts).
 */
import { planQuery, type PlannedQuery } from './query';
import { phraseKeys, phraseMatch } from './phrase-match';
import { combineHits } from './rank';
import { resultUrl } from './result-url';
import { mergedIndexes } from './terms';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
export interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: { title: string; url: string; excerpt: string }[];
	filters: Record<string, string[]>;
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
	search: (term: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchResult extends PagefindData {
	/** The address to open, in the reader's language. */
	href: string;
	/** True for an English page found from a translated page. */
	english: boolean;
}

/** At most this many words are searched: longer questions keep their first topical words. */
const maxTerms = 8;
/** A Chinese phrase that finds fewer pages than this is searched word by word as well. */
const minPhraseHits = 3;
/** How many of the best-ranked pages are loaded and re-ranked by their search phrases. */
const rerankDepth = 12;
/** A page whose search phrase says exactly what the query says scores this many times more. */
const phraseBoost = 2;

export interface Engine {
	/** The values of each filter (guide, audience, type) across the index. */
	filters: () => Promise<Record<string, string[]>>;
	/** The first `limit` results, and how many pages matched in all. */
	search: (
		query: string,
		filters: Record<string, string>,
		limit: number,
	) => Promise<{ plan: PlannedQuery; results: SearchResult[]; total: number }>;
}

export async function createEngine({ base, code, locales }: { base: string; code: string; locales: readonly string[] }): Promise<Engine> {
	const root = base.replace(/\/?$/, '/');
	const bundle = new URL(`${root}pagefind/`, location.href).href;
	const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
	await pagefind.options({ baseUrl: root, bundlePath: bundle, excerptLength: 24 });
	await pagefind.init();
	// The merged index's addresses are the site's (baseUrl), not absolute ones Pagefind would
	// derive from the bundle's absolute path: they are kept in the reader's language and deduplicated.
	for (const { bundlePath, ...options } of mergedIndexes(code, bundle))
		await pagefind.mergeIndex(bundlePath, { ...options, baseUrl: root });

	// The words misspelled queries are corrected towards; search works without them.
	let vocabulary: ReadonlySet<string> = new Set();
	const codes = code === 'en' ? ['en'] : [code, 'en'];
	void Promise.all(
		codes.map((c) =>
			fetch(`${root}search-vocabulary/${c}.json`)
				.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
				.catch(() => [] as string[]),
		),
	).then((lists) => (vocabulary = new Set(lists.flat())));

	const locale = code === 'en' ? undefined : code;
	return {
		async filters() {
			const all = await pagefind.filters();
			return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, Object.keys(v)]));
		},
		async search(query, filters, limit) {
			const plan = planQuery(query, code, vocabulary);
			const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
			const hitsOf = async (t: string) => {
				const found = await pagefind.search(t, { filters: active });
				return (found?.results ?? []).map((r) => ({ id: r.id, score: r.score, result: r }));
			};
			const phraseHits = await Promise.all(plan.phrases.map(hitsOf));
			// A phrase Pagefind answers well stands for its words; otherwise its words are searched.
			const phrasesSuffice = phraseHits.every((h) => h.length >= minPhraseHits);
			const words = [...plan.terms, ...(phrasesSuffice ? [] : plan.segments)].slice(0, maxTerms);
			const perTerm = [...phraseHits, ...(await Promise.all(words.map(hitsOf)))].filter((h, i) => h.length > 0 || i >= phraseHits.length);
			const byId = new Map(perTerm.flat().map((h) => [h.id, h.result]));
			const ranked = combineHits(perTerm);
			// The best-ranked pages are loaded (their excerpts are shown anyway) and re-ranked by how
			// closely one of their search phrases says what the reader typed (phrase-match.ts).
			const queryKeys = phraseKeys(plan.corrected ?? query, code);
			const head = await Promise.all(
				ranked.slice(0, Math.max(limit, rerankDepth)).map(async ({ id, score }) => {
					const data = await byId.get(id)!.data();
					const phrases = (data.meta['phrases'] ?? '').split(' | ').filter(Boolean);
					return { data, score: score * (1 + phraseBoost * phraseMatch(queryKeys, phrases, code)) };
				}),
			);
			head.sort((a, b) => b.score - a.score);
			const rest = ranked.slice(head.length).map(({ id }) => ({ load: () => byId.get(id)!.data() }));
			const results: SearchResult[] = [];
			const at = new Map<string, number>();
			// Pages in ranked order until `limit` distinct addresses. An English page and its
			// translation lead to the same address in the reader's language: the translation is
			// shown, in the place of whichever of the two ranked higher.
			// An English page translated into the reader's language is shown only through its
			// translation: in its own place if that was found too, otherwise not at all (the
			// translation did not match the reader's words; its English title would mislead).
			const nativeInHead = new Set(head.map(({ data }) => data.url));
			const viaTranslation = (data: PagefindData, href: string) =>
				Boolean(locale) && href !== data.url && (data.meta['translated'] ?? '').split(' ').includes(locale!);
			const candidates = [...head.map(({ data }) => ({ load: async () => data })), ...rest];
			for (const [i, next] of candidates.entries()) {
				if (results.length >= limit && i >= head.length) break;
				const data = await next.load();
				const href = resultUrl(data.url, root, locale, locales);
				if (viaTranslation(data, href) && !nativeInHead.has(href)) continue;
				const english = Boolean(locale) && href !== data.url;
				const subResults = data.sub_results.map((r) => ({ ...r, url: resultUrl(r.url, root, locale, locales) }));
				const result = { ...data, sub_results: subResults, href, english };
				const earlier = at.get(href);
				if (earlier !== undefined) {
					if (results[earlier]!.english && !english) results[earlier] = result;
					continue;
				}
				if (results.length >= limit) continue;
				at.set(href, results.length);
				results.push(result);
			}
			return { plan, results, total: ranked.length };
		},
	};
}
