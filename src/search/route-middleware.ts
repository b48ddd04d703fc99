import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * An untranslated page is served as an English copy under each locale. Keep those copies out
 * of that language's search index, or French searches would return English duplicates. The
 * entry object is shared with the English page, so copy it rather than mutate it.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.isFallback && route.entry.data.pagefind !== false) {
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
	}
});
