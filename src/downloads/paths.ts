import type { LocaleKey } from '../lib/locales';
import { localeCode } from '../pdf/edition';

/** Where a language's offline pack is published, relative to the site root. */
export function offlinePackPath(locale: LocaleKey): string {
	return `downloads/unite-open-source-offline-${localeCode(locale)}.zip`;
}
