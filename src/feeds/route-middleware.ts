import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/base-path';

/** Every page announces its language's news feed to feed readers. */
export const onRequest = defineRouteMiddleware((context) => {
	if (!context.site) return; // no public address, no feed (src/feeds/route.ts)
	const route = context.locals.starlightRoute;
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
