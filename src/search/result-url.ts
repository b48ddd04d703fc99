/**
 * The address a result opens. A search from a translated page also finds English pages not yet
 * translated; their English address would take the reader out of their language, so it becomes
 * the page's copy under the reader's language (`/ar/licensing/…`), which Starlight builds for
 * every untranslated page: the reader keeps the Arabic menus, search and direction.
 */
export function resultUrl(url: string, base: string, locale: string | undefined, locales: readonly string[]): string {
	if (!locale) return url;
	const root = base.replace(/\/?$/, '/');
	if (!url.startsWith(root)) return url;
	const rest = url.slice(root.length);
	const first = rest.split(/[/?#]/)[0] ?? '';
	if (locales.includes(first)) return url;
	return `${root}${locale}/${rest}`;
}
