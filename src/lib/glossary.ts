import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { escapeRegExp } from './regexp';

/** The glossary's data file, relative to the project root. */
export const glossaryFile = 'content/glossary/terms.yaml';

export interface TermLike {
	id: string;
	term: string;
	expansion?: string | undefined;
	aliases: string[];
}

/**
 * The glossary terms as written in content/glossary/terms.yaml, for code that runs outside the
 * content layer (the links validator's configuration, scripts, tests). Pages use
 * `getCollection('glossary')`, which validates the same file against its schema.
 */
export function readGlossary(root = process.cwd()): (TermLike & { definition: string; chapter: string })[] {
	const terms = parse(readFileSync(join(root, glossaryFile), 'utf8')) as (TermLike & { definition: string; chapter: string })[];
	return terms.map((t) => ({ ...t, aliases: t.aliases ?? [] }));
}

// French puts no-break spaces before : ; ? ! and inside « »: compare all spaces alike.
const spaces = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

export interface MatchOptions {
	/**
	 * A lower-case alias such as "foundation" is the term only when written in lower case: as
	 * "Foundation" it is usually part of a name (Linux Foundation, Eclipse Foundation). Off by
	 * default, since a capital at the start of a sentence is then missed.
	 */
	lowerCaseAliasesAsWritten?: boolean;
}

/**
 * A term's forms as written in the data, and the two halves of a translation followed by the
 * original in brackets ("مؤسسة البرمجيات الحرة (Free Software Foundation)"), either of which a
 * text may use alone.
 */
function formsOf(t: TermLike): { form: string; alias: boolean }[] {
	const forms = [t.term, t.expansion, ...t.aliases].flatMap((form, i) => {
		if (!form) return [];
		const bracketed = /^(.+?)\s*\(([^()]+)\)$/u.exec(form.trim());
		return (bracketed ? [form, bracketed[1]!, bracketed[2]!] : [form]).map((f) => ({ form: spaces(f).trim(), alias: i > 1 }));
	});
	return forms.filter(({ form }, i) => form.length > 1 && forms.findIndex((f) => f.form === form) === i);
}

/**
 * One form of a term as a pattern, with a word that every match contains: most pages use few of
 * the glossary's forms, and looking for that word first is far quicker than the pattern.
 */
export interface FormPattern {
	regex: RegExp;
	needle: string;
	/** The pattern ignores case, so the needle is lower-case and is looked for in lower-case text. */
	caseless: boolean;
}

/**
 * Patterns that find a term's forms (term, expansion, aliases) in a text, by the rules of
 * termsUsedIn. Each match spans the form as written: the whole Arabic word with its prefixes
 * and ending, a Latin form without an Arabic prefix in front of it.
 */
export function termPatterns(t: TermLike, options: MatchOptions = {}): FormPattern[] {
	// A form may break across lines in the source, and so in the page's text.
	const words = (w: string) => escapeRegExp(w).replace(/ +/g, '\\s+');
	const longest = (parts: string[]) => parts.reduce((a, b) => (b.length > a.length ? b : a), '');
	return formsOf(t).map(({ form: s, alias }) => {
		// Chinese and Japanese have no spaces between words: match the characters anywhere.
		if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s))
			return { regex: new RegExp(words(s), 'gu'), needle: longest(s.split(' ')), caseless: false };
		// Arabic attaches و ف ب ل ك and the article ال to a word, Latin names included (وSBOM,
		// بـGPL), and inflects its ending: allow those prefixes, and any ending.
		// Each word of a term may take them: مصدر مفتوح is also المصدر المفتوح.
		if (/\p{Script=Arabic}/u.test(s)) {
			const parts = s.split(/\s+/).map((w) => w.replace(/^ال/, ''));
			// و or ف, then ب, ك or ل (ل + ال is written لل), before the first word.
			const pattern = parts.map((w, i) => `${i === 0 ? '[وف]?(?:[بك]|لل?)?ـ?' : ''}(?:ال)?${escapeRegExp(w)}\\p{L}*`).join('\\s+');
			return { regex: new RegExp(`(?<=^|[^\\p{L}\\p{N}])${pattern}`, 'gu'), needle: longest(parts), caseless: false };
		}
		const acronym = /^[A-Z0-9.\-/]+$/.test(s);
		const asWritten = acronym || (options.lowerCaseAliasesAsWritten && alias && s === s.toLowerCase() && s !== s.toUpperCase());
		return {
			regex: new RegExp(`(?<=^|[^\\p{L}\\p{N}]|[وفبلك]ـ?)${words(s)}(?=$|[^\\p{L}\\p{N}])`, asWritten ? 'gu' : 'giu'),
			needle: asWritten ? longest(s.split(' ')) : longest(s.split(' ')).toLowerCase(),
			caseless: !asWritten,
		};
	});
}

/** A text as the patterns compare it, and in lower case for the needles of caseless patterns. */
export interface SearchText {
	text: string;
	lower: string;
}

/** Prepare a text once for all the terms looked for in it. */
export function searchText(raw: string | SearchText): SearchText {
	if (typeof raw !== 'string') return raw;
	// Spaces become spaces one for one, so positions in the compared text are positions in the original.
	const text = spaces(raw);
	return { text, lower: text.toLowerCase() };
}

const mayMatch = (t: SearchText, p: FormPattern) => (p.caseless ? t.lower : t.text).includes(p.needle);

/** Where a term's patterns (termPatterns) match a text: start and end of each match, in order. */
export function termOccurrences(raw: string | SearchText, patterns: readonly FormPattern[]): { start: number; end: number }[] {
	const t = searchText(raw);
	return patterns
		.filter((p) => mayMatch(t, p))
		.flatMap((p) => [...t.text.matchAll(p.regex)].map((m) => ({ start: m.index, end: m.index + m[0].length })))
		.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether any of a term's patterns (termPatterns) matches a text. */
export function usesTerm(raw: string | SearchText, patterns: readonly FormPattern[]): boolean {
	const t = searchText(raw);
	// search() ignores the patterns' global flag and leaves them as they were.
	return patterns.some((p) => mayMatch(t, p) && t.text.search(p.regex) !== -1);
}

/**
 * Glossary terms that appear in a text. Acronyms (all capitals) match case-sensitively so that
 * "CLA" does not match "clause"; other terms match whole words in any case, the words of a form
 * separated by any spaces or a line break; Chinese and Japanese, written without spaces, match
 * anywhere. The same rules mark the terms in chapters (src/glossary/mark-terms.ts).
 */
export function termsUsedIn<T extends TermLike>(rawText: string, terms: readonly T[], options: MatchOptions = {}): T[] {
	const text = searchText(rawText);
	return terms.filter((t) => usesTerm(text, termPatterns(t, options)));
}

/**
 * The links validator only sees Markdown headings, so it cannot know the glossary's anchors,
 * which the glossary component renders from data. This tells it which glossary links are valid:
 * those whose anchor is a term's `id`. Any other anchor is still reported.
 */
export function glossaryAnchorExclusion(root = process.cwd()): (context: { link: string }) => boolean {
	const ids = new Set(readGlossary(root).map((t) => t.id));
	return ({ link }) => {
		const match = /\/reference\/glossary\/#([^/?#]+)$/.exec(link);
		return match !== null && ids.has(match[1]!);
	};
}

/** The termbase folder: one file per translated language, keyed by term id. */
export const termbaseFolder = 'content/glossary/translations';

export interface TermTranslation {
	term: string;
	expansion?: string | undefined;
	aliases: string[];
	definition: string;
	note?: string | undefined;
}

/** One language's termbase as written (content/glossary/translations/<locale>.yaml); empty if there is none yet. */
export function readTermbase(locale: string, root = process.cwd()): Record<string, TermTranslation> {
	const file = join(root, termbaseFolder, `${locale}.yaml`);
	if (!existsSync(file)) return {};
	const data = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, Partial<TermTranslation>>;
	return Object.fromEntries(Object.entries(data).map(([id, t]) => [id, { aliases: [], ...t } as TermTranslation]));
}

/** A term in a language: the termbase's rendering where there is one, else the English entry. */
export function localizedTerm<T extends TermLike & { definition: string }>(
	term: T,
	termbase: Record<string, TermTranslation> | undefined,
): T & { translated: boolean } {
	const t = termbase?.[term.id];
	return t
		? { ...term, term: t.term, expansion: t.expansion ?? term.expansion, aliases: t.aliases, definition: t.definition, translated: true }
		: { ...term, translated: false };
}
