import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type LocaleKey } from '../lib/locales';
import { feedFor } from './feed';

/** /rss.xml (English) and /<locale>/rss.xml. */
export const getStaticPaths = (() =>
	(Object.keys(locales) as LocaleKey[]).map((locale) => ({
		params: { locale: locale === 'root' ? undefined : locale },
		props: { locale },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => feedFor((props as { locale: LocaleKey }).locale, site);
