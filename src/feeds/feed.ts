import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import { withBase } from '../lib/base-path';
import { eventStart, eventText } from '../events/events';
import { fileHistory } from '../lib/git-dates';
import { locales, splitLocale, type LocaleKey } from '../lib/locales';
import { pageKind } from '../lib/page-kind';
import { siteTitles } from '../lib/site';

/**
 * The RSS feed of one language: its chapters and guide pages, newest change first, and the
 * events. Shared by /rss.xml (English) and /<locale>/rss.xml.
 */
export async function feedFor(locale: LocaleKey, site: URL): Promise<Response> {
	const { lang } = locales[locale];
	const base = import.meta.env.BASE_URL;
	const prefix = locale === 'root' ? '' : `/${locale}`;
	const docs = (await getCollection('docs')).filter((e) => splitLocale(e.id).locale === locale);
	const pages = docs
		.filter((e) => ['chapter', 'overview', 'reference'].includes(pageKind(splitLocale(e.id).slug)))
		.map((e) => ({
			title: e.data.title,
			description: e.data.summary,
			link: withBase(`${prefix}/${splitLocale(e.id).slug}/`, base),
			pubDate: fileHistory(e.filePath).date ?? e.data.last_reviewed,
			categories: [pageKind(splitLocale(e.id).slug)],
		}));
	const events = (await getCollection('events')).map((e) => ({
		title: eventText(e.data, locale === 'root' ? undefined : locale, lang).title,
		description: eventText(e.data, locale === 'root' ? undefined : locale, lang).summary,
		link: withBase(`${prefix}/events/${e.id}/`, base),
		pubDate: eventStart(e.data),
		categories: ['event'],
	}));
	const items = [...pages, ...events].sort((a, b) => +b.pubDate - +a.pubDate).slice(0, 100);
	return rss({
		title: siteTitles[lang],
		description: 'New and updated guides, reference pages and events of the Unite Open Source Knowledge Centre.',
		site: new URL(withBase(`${prefix}/`, base), site).href,
		items,
		customData: `<language>${lang}</language>`,
	});
}
