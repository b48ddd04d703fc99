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

const spaces = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

/**
 * Glossary terms that appear in a text. Acronyms (all capitals) match case-sensitively so that
 * "CLA" does not match "clause"; other terms match whole words in any case; Chinese and Japanese,
 * written without spaces, match anywhere.
 */
export function termsUsedIn<T extends TermLike>(rawText: string, terms: readonly T[]): T[] {
	// French puts no-break spaces before : ; ? ! and inside « »: compare all spaces alike.
	const text = spaces(rawText);
	return terms.filter((t) =>
		[t.term, t.expansion, ...t.aliases]
			.filter((s): s is string => Boolean(s && s.trim().length > 1))
			.map(spaces)
			.some((s) => {
				// Chinese and Japanese have no spaces between words: match the characters anywhere.
				if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return text.includes(s);
				// Arabic attaches و ف ب ل ك and the article ال to a word, Latin names included (وSBOM,
				// بـGPL), and inflects its ending: allow those prefixes, and any ending.
				// Each word of a term may take them: مصدر مفتوح is also المصدر المفتوح.
				if (/\p{Script=Arabic}/u.test(s)) {
					const words = s.split(/\s+/).map((w) => escapeRegExp(w.replace(/^ال/, '')));
					// و or ف, then ب, ك or ل (ل + ال is written لل), before the first word.
					const pattern = words.map((w, i) => `${i === 0 ? '[وف]?(?:[بك]|لل?)?ـ?' : ''}(ال)?${w}\\p{L}*`).join('\\s+');
					return new RegExp(`(^|[^\\p{L}\\p{N}])${pattern}`, 'u').test(text);
				}
				const acronym = /^[A-Z0-9.\-/]+$/.test(s);
				return new RegExp(`(^|[^\\p{L}\\p{N}]|[وفبلك]ـ?)${escapeRegExp(s)}(?=$|[^\\p{L}\\p{N}])`, acronym ? 'u' : 'iu').test(text);
			}),
	);
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
