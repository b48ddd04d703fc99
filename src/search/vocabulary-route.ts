import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locales, splitLocale } from '../lib/locales';
import { vocabularyOf } from './terms';

/** One word list per language, from that language's pages: what misspelled queries are corrected to. */
export const getStaticPaths = (() =>
	Object.entries(locales).map(([key, l]) => ({
		params: { code: key === 'root' ? 'en' : key },
		props: { key, lang: l.lang },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { key } = props as { key: string };
	const docs = (await getCollection('docs')).filter((e) => splitLocale(e.id).locale === key);
	const glossary =
		key === 'root'
			? (await getCollection('glossary')).map((g) => `${g.data.term} ${g.data.expansion ?? ''} ${g.data.aliases.join(' ')}`)
			: [];
	const text = [
		...docs.map((e) => [e.data.title, e.data.summary, e.data.search_aliases.join(' '), e.body ?? ''].join(' ')),
		...glossary,
	].join(' ');
	return new Response(JSON.stringify(vocabularyOf(text)), { headers: { 'Content-Type': 'application/json' } });
};
