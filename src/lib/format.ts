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

/**
 * A date for people in their language, as the United Nations writes it: "1 December 2026" (day
 * first in English too), "1 décembre 2026", "2026年12月1日".
 */
export function formatDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The locale to format dates with: English dates are written day first, as the UN writes them. */
export const dateLocale = (lang: string): string => (lang === 'en' ? 'en-GB' : lang);

/** Each language's first-level quotation marks (its style sheet in docs/translating/). */
const quoteMarks: Record<string, [string, string]> = {
	en: ['“', '”'],
	fr: ['«\u00a0', '\u00a0»'],
	es: ['«', '»'],
	ru: ['«', '»'],
	'zh-CN': ['“', '”'],
	ar: ['«', '»'],
};

/** Straight double quotes around a phrase ("Title") become the language's own marks (“Title”, « Titre »). */
export function curlyQuotes(text: string, lang: string): string {
	const [open, close] = quoteMarks[lang] ?? quoteMarks['en']!;
	return text.replace(/"([^"]+)"/g, `${open}$1${close}`);
}
