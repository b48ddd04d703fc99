/**
 * Helpers that make root-relative links (`/licensing/spdx-identifiers/`) work when the site is
 * served under a base path such as `/kc/`. Authors always write links from the site root.
 */

/** Normalize a base path to the form `/` or `/kc` (leading slash, no trailing slash). */
export function normalizeBase(base: string | undefined): string {
	if (!base || base === '/') return '/';
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '/';
}

/** True for links that start at the site root: `/x`, but not `//host/x` or `https://…`. */
export function isRootRelative(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}

/**
 * Prefix a root-relative link with the base path, once. Other links (absolute URLs, `#hash`,
 * `mailto:`, relative paths) come back unchanged.
 */
export function withBase(href: string, base: string): string {
	const b = normalizeBase(base);
	if (b === '/' || !isRootRelative(href)) return href;
	if (href === b || href.startsWith(`${b}/`) || href.startsWith(`${b}?`) || href.startsWith(`${b}#`)) {
		return href;
	}
	return `${b}${href}`;
}
