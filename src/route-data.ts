import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/base-path';

/**
 * Hero buttons are frontmatter, not Markdown, so the base-links Markdown plugin does not see
 * them: give their links the base path here. (Features add their own route middleware:
 * src/search/ and src/feeds/.)
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	// A home page's title is the site's name, not "name | name".
	if (route.id === (route.locale ?? 'index') || route.id === '') {
		for (const item of route.head) if (item.tag === 'title') item.content = route.siteTitle;
	}
	const actions = entry.data.hero?.actions;
	if (!entry.data.hero || !actions?.length) return;
	const base = import.meta.env.BASE_URL;
	route.entry = {
		...entry,
		data: { ...entry.data, hero: { ...entry.data.hero, actions: actions.map((a) => ({ ...a, link: withBase(a.link, base) })) } },
	};
});
