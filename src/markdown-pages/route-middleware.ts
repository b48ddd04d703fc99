import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { splitLocale } from '../lib/locales';
import { hasTwin, twinPath } from './paths';

/** Every page names its Markdown twin in its head, where tools that read pages look for it. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!hasTwin(splitLocale(route.id).slug)) return;
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'text/markdown', title: route.entry.data.title, href: twinPath(context.url.pathname) },
		content: '',
	});
});
