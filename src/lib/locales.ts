/**
 * The six UN official languages. English is the source language and lives at the site root;
 * every other language has a URL prefix. Keys are URL prefixes, `lang` is the BCP-47 tag.
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
	fr: { label: 'Français', lang: 'fr' },
	es: { label: 'Español', lang: 'es' },
	ru: { label: 'Русский', lang: 'ru' },
	'zh-cn': { label: '简体中文', lang: 'zh-CN' },
	ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
} as const;

export type LocaleKey = keyof typeof locales;
export type Lang = (typeof locales)[LocaleKey]['lang'];

/** Every BCP-47 tag the site publishes, English first. */
export const langs: Lang[] = Object.values(locales).map((l) => l.lang);

/** URL prefixes of the translated languages (English has none). */
export const translatedLocales = Object.keys(locales).filter((k) => k !== 'root') as Exclude<LocaleKey, 'root'>[];

/** The URL prefix ('' for English) of a BCP-47 tag. */
export function localePrefix(lang: string): string {
	const entry = Object.entries(locales).find(([, l]) => l.lang.toLowerCase() === lang.toLowerCase());
	if (!entry) throw new Error(`Unknown language "${lang}". Known: ${langs.join(', ')}.`);
	return entry[0] === 'root' ? '' : entry[0];
}

/** Text direction of a BCP-47 tag. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
	const entry = Object.values(locales).find((l) => l.lang.toLowerCase() === lang.toLowerCase());
	return entry && 'dir' in entry ? entry.dir : 'ltr';
}

/**
 * Split a content id such as `fr/licensing/spdx-identifiers` into its locale prefix and the
 * language-neutral slug (`licensing/spdx-identifiers`). English ids have no prefix.
 */
export function splitLocale(id: string): { locale: LocaleKey; slug: string } {
	const [first, ...rest] = id.split('/');
	if (first && first !== 'root' && first in locales) {
		return { locale: first as LocaleKey, slug: rest.join('/') };
	}
	return { locale: 'root', slug: id };
}

/** A route's locale (undefined for English) as a key of `locales`; an unknown one is a bug, so it throws. */
export function toLocaleKey(locale: string | undefined): LocaleKey {
	const key = locale ?? 'root';
	if (!(key in locales)) throw new Error(`Unknown locale "${key}". Known: ${Object.keys(locales).join(', ')}.`);
	return key as LocaleKey;
}
