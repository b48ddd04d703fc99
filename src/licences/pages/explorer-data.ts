import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type LocaleKey } from '../../lib/locales';
import { readUiStrings } from '../../lib/ui-strings';
import { licenceAnswers } from './answers';

/**
 * /reference/licences/explorer-data.json per language: what the explorer's comparison and checker
 * need, fetched on first use so the page itself stays light: the licences' facts, the recorded
 * exceptions and the interface strings the answers are written in.
 */
export const getStaticPaths = (() =>
	(Object.keys(locales) as LocaleKey[]).map((locale) => ({
		params: { locale: locale === 'root' ? undefined : locale },
		props: { locale },
	}))) satisfies GetStaticPaths;

const prefixes = [
	'compat.',
	'permit.',
	'require.',
	'forbid.',
	'family.',
	'scope.',
	'later.',
	'fsf.',
	'explorer.',
	'licencePage.',
	'licences.',
];

export const GET: APIRoute = ({ props }) => {
	const { lang } = locales[(props as { locale: LocaleKey }).locale];
	const all = readUiStrings(lang) as Record<string, string>;
	const strings = Object.fromEntries(Object.entries(all).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
	const { licences, exceptions } = licenceAnswers();
	const facts = licences.map(({ summary: _s, obligations: _o, sources: _src, ...rest }) => rest);
	return new Response(JSON.stringify({ licences: facts, exceptions, strings }), { headers: { 'Content-Type': 'application/json' } });
};
