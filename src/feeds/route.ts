import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type LocaleKey } from '../lib/locales';
import { feedFor } from './feed';

/**
 * /rss.xml (English) and /<locale>/rss.xml. A feed needs absolute addresses, so a build without
 * SITE_URL has none (and pages do not announce one).
 */
export const getStaticPaths = (() =>
	import.meta.env.SITE
		? (Object.keys(locales) as LocaleKey[]).map((locale) => ({
				params: { locale: locale === 'root' ? undefined : locale },
				props: { locale },
			}))
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => feedFor((props as { locale: LocaleKey }).locale, site!);
