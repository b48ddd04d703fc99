import { withBase } from '../lib/base-path';
import { latestCommitDate } from '../lib/git-dates';
import type { LocaleKey } from '../lib/locales';

/** The minimum of a docs entry that the print edition needs. */
export interface EntryLike {
	id: string;
	filePath?: string | undefined;
	data: { title: string; last_reviewed?: Date; sidebar: { order?: number | undefined } };
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

/** Where a guide's EPUB is published, beside its PDF. */
export function epubPath(guide: string, locale: LocaleKey): string {
	return `downloads/unite-open-source-${guide}-${localeCode(locale)}.epub`;
}

/** Where the release checklist's one-sheet summary is published, relative to the site root. */
export function checklistPdfPath(locale: LocaleKey): string {
	return `downloads/unite-open-source-release-checklist-${localeCode(locale)}.pdf`;
}

/** The checklist summary's print page (no base). */
export function checklistPrintPath(locale: LocaleKey): string {
	return locale === 'root' ? '/print/checklist/' : `/${locale}/print/checklist/`;
}

/** The print edition's URL path (no base), which the PDF step opens in Chromium. */
export function printPath(guide: string, locale: LocaleKey): string {
	return locale === 'root' ? `/print/${guide}/` : `/${locale}/print/${guide}/`;
}

/** Whether a URL path (without base) is a print edition, which is printed and then removed. */
export function isPrintPath(path: string): boolean {
	return /^\/(?:[a-z-]+\/)?print\//.test(path);
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

/**
 * The edition's date: the latest commit to any of its pages, or, where git has no history for
 * them (a fresh file, an export without .git), the latest `last_reviewed` date.
 */
export function editionDate(entries: EntryLike[]): Date {
	return (
		latestCommitDate(entries.map((e) => e.filePath)) ?? new Date(Math.max(...entries.map((e) => e.data.last_reviewed?.getTime() ?? 0)))
	);
}

/** The public address of a guide's overview page in a language. */
export function guideUrl(site: URL | undefined, base: string, guide: string, locale: LocaleKey): string {
	const path = withBase(locale === 'root' ? `/${guide}/` : `/${locale}/${guide}/`, base);
	return site ? new URL(path, site).href : path;
}
