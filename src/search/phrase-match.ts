import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stopWordsOf, withoutElision, wordsOf } from './query';

/**
 * How closely a reader's query says what one of a page's search phrases says (its aliases,
 * written as the questions the page answers, in every language it is searched in). Pagefind
 * scores words one at a time, so "public money public code" ranks pages that use "public",
 * "money" and "code" often above the page that has the phrase itself; this measure lets the
 * engine put that page first among the results it has already found.
 */

/** Snowball stemmers by script and language; Chinese words are compared whole. */
const stemmers: Record<string, (w: string) => string> = { en: english, fr: french, es: spanish, ru: russian, ar: arabic };

/**
 * A word reduced to what two spellings of it share: case, accents (readers often leave them
 * out), and its ending, by the Snowball stemmer of its language. A Latin word on a page in
 * another language (an English alias of an English page found from French) uses the English
 * stemmer unless the page's language writes in Latin letters too.
 */
export function wordKey(word: string, code: string): string {
	const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
	const stem = /\p{Script=Arabic}/u.test(w)
		? stemmers['ar']
		: /\p{Script=Cyrillic}/u.test(w)
			? stemmers['ru']
			: /\p{Script=Latin}/u.test(w)
				? (stemmers[code === 'ru' || code === 'ar' || code === 'zh-cn' ? 'en' : code] ?? stemmers['en'])
				: undefined;
	return stem ? stem(w) : w;
}

/** The distinct keys of a text's topical words, as `planQuery` would search them. */
export function phraseKeys(text: string, code: string): string[] {
	const lang = code === 'zh-cn' ? 'zh-CN' : code;
	const stop = stopWordsOf(code);
	const english = stopWordsOf('en');
	const words = wordsOf(text.replace(/’/g, "'"), lang)
		.map((w) => withoutElision(w, code))
		.filter((w) => !stop.has(w.toLowerCase()) && !english.has(w.toLowerCase()));
	return [...new Set(words.map((w) => wordKey(w, code)))];
}

/**
 * The best match between the query's keys and any of the phrases, from 0 (none) to 1 (the
 * query says exactly what a phrase says): the Dice overlap of their keys. One shared word is
 * not a match unless the phrase is that one word.
 */
export function phraseMatch(queryKeys: readonly string[], phrases: readonly string[], code: string): number {
	if (queryKeys.length === 0) return 0;
	const query = new Set(queryKeys);
	let best = 0;
	for (const phrase of phrases) {
		const keys = phraseKeys(phrase, code);
		if (keys.length === 0) continue;
		const shared = keys.filter((k) => query.has(k)).length;
		if (shared < Math.min(2, keys.length)) continue;
		best = Math.max(best, (2 * shared) / (keys.length + query.size));
	}
	return best;
}
