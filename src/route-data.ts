import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/base-path';

/**
 * Per-page adjustments that Starlight's configuration cannot express.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	let data = entry.data;

	// An untranslated page is served as an English copy under each locale. Keep those copies out
	// of that language's search index, or French searches would return English duplicates.
	// The entry object is shared with the English page, so copy it rather than mutate it.
	if (route.isFallback && data.pagefind !== false) {
		data = { ...data, pagefind: false };
	}

	// Hero buttons are frontmatter, not Markdown, so the base-links plugin does not see them.
	const actions = data.hero?.actions;
	if (data.hero && actions?.length) {
		const base = import.meta.env.BASE_URL;
		data = { ...data, hero: { ...data.hero, actions: actions.map((a) => ({ ...a, link: withBase(a.link, base) })) } };
	}

	if (data !== entry.data) route.entry = { ...entry, data };

	// Each language's news feed, for feed readers (src/routes/feed.ts).
	const prefix = route.locale ? `/${route.locale}` : '';
	route.head.push({
		tag: 'link',
		attrs: {
			rel: 'alternate',
			type: 'application/rss+xml',
			title: `${route.siteTitle} (RSS)`,
			href: withBase(`${prefix}/rss.xml`, import.meta.env.BASE_URL),
		},
		content: '',
	});
});
