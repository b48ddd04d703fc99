import { ara, eng, fra, rus, spa, zho } from 'stopword';
import { correctQuery } from './terms';

/**
 * How a reader's query becomes the words that are searched: split into words the way the
 * language writes them (Chinese has no spaces), typos corrected against the site's vocabulary,
 * and the words that carry no topic — "what", "should", "the", "我们", "كيف" — left out, so that
 * "should a government app use the GPL or MIT" searches for government, app, gpl and mit.
 */

/**
 * Question words and verbs of asking that the general lists (the `stopword` package) keep but
 * that say nothing about the topic in a search box. Short on purpose: a word that names a
 * subject (use, code, free, open) stays searchable.
 */
const askingWords: Record<string, string[]> = {
	en: words(
		"does doing done need needs say says want wants us shall will can't cannot anyone someone something best way ways i ok okay please really whether start begin mean means difference differences vs versus",
	),
	fr: words('comment quoi quel quelle quels quelles pourquoi est-ce peut peut-on puis-je doit faut-il faut nous notre nos on'),
	es: words('cómo como qué que cuál cuáles puedo podemos debo debe hay es son nuestro nuestra hacer'),
	ru: words('как что какой какая какие почему зачем можно ли нужно надо наш нам мы это'),
	'zh-cn': words('如何 怎么 怎样 什么 为什么 是否 可以 能否 我们 需要 应该 吗 呢 一个'),
	ar: words('كيف ما ماذا هل لماذا متى أين يمكن يمكنني نحتاج يجب علينا'),
};

function words(list: string): string[] {
	return list.split(' ');
}

const generalLists: Record<string, string[]> = { en: eng, fr: fra, es: spa, ru: rus, 'zh-cn': zho, ar: ara };

const stopSets = new Map<string, Set<string>>();
/** The words a query in `code` (en, fr, es, ru, zh-cn, ar) leaves out. */
export function stopWordsOf(code: string): Set<string> {
	let set = stopSets.get(code);
	if (!set) {
		set = new Set([...(generalLists[code] ?? []), ...(askingWords[code] ?? [])].map((w) => w.toLowerCase()));
		stopSets.set(code, set);
	}
	return set;
}

/** The words of a query as the language writes them: Intl.Segmenter finds Chinese words. */
export function wordsOf(query: string, lang: string): string[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	const words: string[] = [];
	// File names, identifiers and versions stay whole: SECURITY.md, Apache-2.0, GPL-3.0-or-later.
	for (const chunk of query.split(/\s+/).filter(Boolean)) {
		if (/^[\p{L}\p{N}]+([.\-_/+][\p{L}\p{N}]+)+$/u.test(chunk) && /[.\-_/+]/.test(chunk)) {
			words.push(chunk);
			continue;
		}
		for (const s of segmenter.segment(chunk)) if (s.isWordLike) words.push(s.segment);
	}
	return words;
}

/** A French word without the article or pronoun elided into it: l'aide → aide. */
export function withoutElision(word: string, code: string): string {
	return code === 'fr' ? word.replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/iu, '') : word;
}

export interface PlannedQuery {
	/** The words searched, corrected and without stop words. */
	terms: string[];
	/**
	 * Runs of words written without spaces (Chinese), searched whole first: Pagefind cuts them
	 * into the words its index holds, which may not be where Intl.Segmenter cuts them. Their
	 * words in `segments` are searched one by one only when a phrase finds too little.
	 */
	phrases: string[];
	segments: string[];
	/** The query as searched, for the "showing results for" line when a word was corrected. */
	corrected: string | undefined;
}

/**
 * The words to search for a reader's query. When every word is a stop word ("what is it"), the
 * words are kept: a query of stop words is still a query.
 */
export function planQuery(query: string, code: string, vocabulary: ReadonlySet<string>): PlannedQuery {
	const lang = code === 'zh-cn' ? 'zh-CN' : code;
	// Phones type ’ where keyboards type '; French elides articles into the next word (l’aide).
	const typed = query.trim().replace(/’/g, "'");
	const split = wordsOf(typed, lang);
	const words = split.map((w) => withoutElision(w, code));
	const fixed = words.map((w) => correctQuery(w, vocabulary));
	const stop = stopWordsOf(code);
	const english = code === 'en' ? stop : stopWordsOf('en');
	// On a translated page the English index is searched too, and readers mix in English words.
	const isTopical = (w: string) => !stop.has(w.toLowerCase()) && !english.has(w.toLowerCase());
	const topical = fixed.filter(isTopical);
	const terms = [...new Set((topical.length > 0 ? topical : fixed).map((w) => w.toLowerCase()))];
	const changed = fixed.some((w, i) => w.toLowerCase() !== words[i]!.toLowerCase());
	const han = query.split(/\s+/).filter((chunk) => /\p{Script=Han}/u.test(chunk));
	const phrases = han.map((chunk) => wordsOf(chunk, lang).filter(isTopical).join('')).filter((p) => p.length > 0);
	const segments = new Set(han.flatMap((chunk) => wordsOf(chunk, lang)).map((w) => w.toLowerCase()));
	return {
		terms: terms.filter((t) => !segments.has(t)),
		phrases,
		segments: terms.filter((t) => segments.has(t)),
		corrected: changed ? fixed.join(' ') : undefined,
	};
}
