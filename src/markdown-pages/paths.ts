import type { LocaleKey } from '../lib/locales';

/**
 * Where the Markdown twin of a page lives: beside its HTML, `/licensing/licence-compatibility/`
 * → `/licensing/licence-compatibility/index.md`, `/` → `/index.md`. Paths without the base.
 */
export const twinPath = (urlPath: string): string => `${urlPath.endsWith('/') ? urlPath : `${urlPath}/`}index.md`;

/** Whether a page has a twin: every page but the error page. */
export const hasTwin = (slug: string): boolean => slug !== '404';

/** A language's llms.txt and llms-full.txt: `/llms.txt`, `/fr/llms-full.txt`. */
export const llmsPath = (locale: LocaleKey, full = false): string =>
	`${locale === 'root' ? '' : `/${locale}`}/${full ? 'llms-full.txt' : 'llms.txt'}`;
