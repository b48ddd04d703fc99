import type { APIRoute } from 'astro';
import { translatedLocales } from '../../lib/locales';
import { feedFor } from '../feed';

/** /<locale>/rss.xml: the feed of each translated language. */
export const getStaticPaths = () => translatedLocales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = ({ params, site }) =>
	feedFor(params['locale'] as (typeof translatedLocales)[number], site ?? new URL('http://localhost:4321'));
