import type { LocaleKey } from './locales';

/** The minimum of a docs entry that the print edition needs. */
export interface EntryLike {
	id: string;
	data: { title: string; sidebar: { order?: number | undefined } };
}

export interface PrintChapter<E extends EntryLike> {
	entry: E;
	/** False when the locale has no translation and the English chapter stands in. */
	translated: boolean;
}

/** The code a locale uses in file names: `en` for the root locale. */
export function localeCode(locale: LocaleKey): string {
	return locale === 'root' ? 'en' : locale;
}

/** Where a guide's PDF is published, relative to the site root (no leading slash). */
export function pdfPath(guide: string, locale: LocaleKey): string {
	return `downloads/unite-open-source-${guide}-${localeCode(locale)}.pdf`;
}

/** The print edition's URL path (no base), which the PDF step opens in Chromium. */
export function printPath(guide: string, locale: LocaleKey): string {
	return locale === 'root' ? `/print/${guide}/` : `/${locale}/print/${guide}/`;
}

const byOrder = <E extends EntryLike>(a: E, b: E) =>
	(a.data.sidebar.order ?? Number.MAX_SAFE_INTEGER) - (b.data.sidebar.order ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id);

/**
 * A guide's overview and chapters in reading order, for one locale. English chapters are the
 * canonical list; each is replaced by its translation where one exists.
 */
export function guideEntries<E extends EntryLike>(
	entries: readonly E[],
	guide: string,
	locale: LocaleKey,
): { overview: PrintChapter<E> | undefined; chapters: PrintChapter<E>[] } {
	const byId = new Map(entries.map((e) => [e.id, e]));
	const localized = (id: string): PrintChapter<E> | undefined => {
		const english = byId.get(id);
		if (!english) return undefined;
		const translation = locale === 'root' ? undefined : byId.get(`${locale}/${id}`);
		return translation ? { entry: translation, translated: true } : { entry: english, translated: locale === 'root' };
	};
	const englishChapters = entries.filter((e) => e.id.startsWith(`${guide}/`) && e.id.split('/').length === 2).sort(byOrder);
	return {
		overview: localized(guide),
		chapters: englishChapters.map((e) => localized(e.id)!),
	};
}

export interface TermLike {
	id: string;
	term: string;
	expansion?: string | undefined;
	aliases: string[];
}

/**
 * Glossary terms that appear in a text. Acronyms (all capitals) match case-sensitively so that
 * "CLA" does not match "clause"; other terms match whole words in any case.
 */
export function termsUsedIn<T extends TermLike>(text: string, terms: readonly T[]): T[] {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return terms.filter((t) =>
		[t.term, t.expansion, ...t.aliases]
			.filter((s): s is string => Boolean(s && s.trim().length > 1))
			.some((s) => {
				// Chinese and Japanese have no spaces between words: match the characters anywhere.
				if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return text.includes(s);
				const acronym = /^[A-Z0-9.\-/]+$/.test(s);
				return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(s)}(?=$|[^\\p{L}\\p{N}])`, acronym ? 'u' : 'iu').test(text);
			}),
	);
}

/** A file size for people: "840 kB", "1.2 MB", in the reader's language. */
export function formatBytes(bytes: number, lang: string): string {
	const mb = bytes / 1_000_000;
	const [value, unit] = mb >= 1 ? [mb, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The separator between items of a short list in a language: "، " in Arabic, "，" in Chinese. */
export function listSeparator(lang: string): string {
	if (lang.startsWith('ar')) return '، ';
	if (lang.startsWith('zh')) return '，';
	return ', ';
}
