import { withBase } from '../lib/base-path';
import { localizedTerm, termPatterns, type TermLike, type TermTranslation } from '../lib/glossary';
import { splitLocale, toLocaleKey, type LocaleKey } from '../lib/locales';
import { pageKind } from '../lib/page-kind';
import type { TermMark } from './mark-terms';

/**
 * The longest short definition, in characters. Each marked term carries its own, so this is
 * bytes on every chapter; the glossary entry the mark links to has the whole definition.
 */
export const shortDefinitionLength = 200;

const segmenters = new Map<string, Intl.Segmenter>();
const sentences = (lang: string) => {
	if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'sentence' }));
	return segmenters.get(lang)!;
};

/** A definition's first sentence, cut at a word before `shortDefinitionLength` if it is longer. */
export function shortDefinition(definition: string, lang: string): string {
	const text = definition.replace(/\s+/g, ' ').trim();
	const first = sentences(lang).segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? '';
	const chars = [...first];
	if (chars.length <= shortDefinitionLength) return first;
	const cut = chars.slice(0, shortDefinitionLength - 1).join('');
	// Chinese has no spaces to cut at; elsewhere, do not cut a word in two.
	const atWord = cut.lastIndexOf(' ') > shortDefinitionLength / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
	return `${atWord.replace(/[\s,;:،؛]+$/u, '')}…`;
}

export interface TermMarksOptions {
	glossary: readonly (TermLike & { definition: string })[];
	/** The termbase of the content's language; none for English content, fallback pages included. */
	termbase: Record<string, TermTranslation> | undefined;
	/** The language the content is written in. */
	lang: string;
	/** The reader's locale, whose glossary page the marks link to. */
	locale: LocaleKey;
	base: string;
	/** A mark's title from an acronym's expansion and the short definition, in the content's language. */
	withExpansion: (expansion: string, definition: string) => string;
}

/**
 * The glossary's terms as marks for one page: found by the forms of the content's language,
 * titled with that language's short definition, linked to the glossary page in the reader's
 * language (which has every term, translated or not, under the same anchor).
 */
export function termMarks(options: TermMarksOptions): TermMark[] {
	// The same for every chapter of a language: made once per build (the key holds the data and
	// the title's wording, so an edit in `astro dev` makes new marks).
	const { glossary, termbase, lang, locale, base, withExpansion } = options;
	const key = JSON.stringify([lang, locale, base, withExpansion('\u0000', '\u0001'), glossary, termbase]);
	if (!made.has(key)) made.set(key, makeTermMarks(options));
	return made.get(key)!;
}

const made = new Map<string, TermMark[]>();

function makeTermMarks({ glossary, termbase, lang, locale, base, withExpansion }: TermMarksOptions): TermMark[] {
	const page = withBase(locale === 'root' ? '/reference/glossary/' : `/${locale}/reference/glossary/`, base);
	return glossary.map((english) => {
		const term = localizedTerm(english, termbase);
		const definition = shortDefinition(term.definition, lang);
		return {
			id: term.id,
			href: `${page}#${term.id}`,
			title: term.expansion ? withExpansion(term.expansion, definition) : definition,
			// A capitalized generic alias ("Foundation") is usually part of a name, not the term.
			patterns: termPatterns(term, { lowerCaseAliasesAsWritten: true }),
		};
	});
}

/**
 * Whether and how a page's text is marked: only a chapter is. A fallback chapter is English text
 * under the reader's locale: English forms and definitions, links to the reader's glossary.
 */
export function markingOf(route: {
	id: string;
	locale: string | undefined;
	lang: string;
	isFallback?: boolean | undefined;
}): { locale: LocaleKey; lang: string; english: boolean } | undefined {
	if (pageKind(splitLocale(route.id).slug) !== 'chapter') return undefined;
	const locale = toLocaleKey(route.locale);
	const english = locale === 'root' || route.isFallback === true;
	return { locale, lang: english ? 'en' : route.lang, english };
}
