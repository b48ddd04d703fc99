import { escapeRegExp } from '../lib/regexp';

/**
 * Words readers spell two ways. Pages carry both forms in a hidden, indexed block, so a search
 * for either spelling finds them (docs/decisions/search.md).
 */
export const spellingPairs: [string, string][] = [
	['licence', 'license'],
	['licences', 'licenses'],
	['licenced', 'licensed'],
	['organisation', 'organization'],
	['organisations', 'organizations'],
	['organisational', 'organizational'],
	['organise', 'organize'],
	['organiser', 'organizer'],
	['organisers', 'organizers'],
	['programme', 'program'],
	['programmes', 'programs'],
	['open-source', 'open source'],
	['centre', 'center'],
	['behaviour', 'behavior'],
	['favour', 'favor'],
	['recognise', 'recognize'],
	['analyse', 'analyze'],
	['defence', 'defense'],
	['catalogue', 'catalog'],
];

/** The other spellings of the variant words that occur in `text` (whole words, any case). */
export function spellingVariants(text: string): string[] {
	const lower = text.toLowerCase();
	const out = new Set<string>();
	const has = (w: string) => new RegExp(`(^|[^a-z])${w.replace('-', '[- ]?')}([^a-z]|$)`).test(lower);
	for (const [uk, us] of spellingPairs) {
		if (has(uk)) out.add(us);
		if (has(us)) out.add(uk);
	}
	return [...out];
}

/** Restricted Damerau–Levenshtein distance: a swapped pair of letters counts as one edit. */
export function editDistance(a: string, b: string, max = 3): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	}
	return d[a.length]![b.length]!;
}

/** Words worth correcting: letters of alphabetic scripts, at least four of them. */
const correctable = /^[\p{Script=Latin}\p{Script=Cyrillic}]{4,}$/u;

/**
 * Replace each word of a query that is not in the site's vocabulary by the closest word that is
 * (one edit for words up to six letters, two for longer ones). Known words, short words and
 * words in scripts without spaces (Chinese) pass through.
 */
export function correctQuery(query: string, vocabulary: ReadonlySet<string>): string {
	return query
		.split(/(\s+)/)
		.map((token) => {
			const word = token.toLowerCase();
			if (!correctable.test(word) || vocabulary.has(word)) return token;
			const limit = word.length > 6 ? 2 : 1;
			let best: string | undefined;
			let bestDistance = limit + 1;
			for (const candidate of vocabulary) {
				if (Math.abs(candidate.length - word.length) > limit) continue;
				const d = editDistance(word, candidate, limit);
				if (d < bestDistance) {
					best = candidate;
					bestDistance = d;
				}
			}
			return best ?? token;
		})
		.join('');
}

/** The distinct lower-case words of a text that `correctQuery` may correct towards. */
export function vocabularyOf(text: string): string[] {
	const words = new Set<string>();
	for (const m of text.toLowerCase().matchAll(/[\p{Script=Latin}\p{Script=Cyrillic}]{4,}/gu)) words.add(m[0]);
	return [...words].sort();
}

/**
 * For each glossary acronym whose short form or expansion appears in a text, the other form, if
 * the text lacks it: indexed with the page so that "SBOM" and "software bill of materials" find
 * the same pages. Short forms match as whole, case-sensitive words (so "CRA" is not "cra[ft]");
 * expansions match case-insensitively.
 */
export function acronymCompanions(text: string, terms: readonly { term: string; expansion?: string | undefined }[]): string[] {
	const out = new Set<string>();
	const lower = text.toLowerCase();
	for (const { term, expansion } of terms) {
		if (!expansion) continue;
		const hasTerm = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}($|[^\\p{L}\\p{N}])`, 'u').test(text);
		const hasExpansion = lower.includes(expansion.toLowerCase());
		if (hasTerm && !hasExpansion) out.add(expansion);
		if (hasExpansion && !hasTerm) out.add(term);
	}
	return [...out];
}

/**
 * How much an English result counts on a translated page, relative to a result in the page's
 * language. Equal: an English page comes up only through the phrases in the reader's language
 * indexed with it (content/search/translated-aliases.yaml) or the English words the reader
 * typed, and it opens in the reader's language (result-url.ts). At 0.3, translated overviews
 * and the glossary buried the English chapter a reader asked for; measured in docs/decisions/search.md.
 */
export const englishWeight = 1;

/**
 * The indexes a search from a page in language `code` merges into its own: on translated pages,
 * the English index, so that pages not translated yet are still found (in English, ranked below
 * translated ones). `bundleUrl` must be absolute: Pagefind skips a merged index whose path
 * equals the primary one's, and this is the same bundle read in another language.
 */
export function mergedIndexes(code: string, bundleUrl: string): { bundlePath: string; language: string; indexWeight: number }[] {
	return code === 'en' ? [] : [{ bundlePath: bundleUrl, language: 'en', indexWeight: englishWeight }];
}

/**
 * Arabic words of a text without their article and attached conjunctions (الترخيص → ترخيص,
 * والتراخيص → تراخيص), for the Arabic search phrases indexed with English pages. Pagefind
 * stems an Arabic query by removing those prefixes, then looks the stem up in the English
 * index, which holds the phrases as written: without this, "التراخيص" never meets "تراخيص".
 */
export function arabicStems(text: string): string[] {
	const out = new Set<string>();
	for (const word of text.match(/\p{Script=Arabic}+/gu) ?? []) {
		const bare = word.replace(/^(وال|فال|بال|كال|لل|ال)/, '');
		if (bare !== word && bare.length >= 3) out.add(bare);
	}
	return [...out];
}
