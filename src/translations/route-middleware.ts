import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * An untranslated page is the English text inside the reader's language: the frame — notice,
 * headings of ours, PDF link, sources heading, footer — stays in the page's language and
 * direction, and only the English content is marked English (MarkdownContent and PageTitle
 * isolate it). Starlight would otherwise mark all of <main> as English and left to right, which
 * turns an Arabic page's interface strings around.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.isFallback) route.entryMeta = { ...route.entryMeta, lang: route.lang, dir: route.dir };
});
