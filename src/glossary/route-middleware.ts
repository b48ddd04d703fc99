import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection, getEntry } from 'astro:content';
import { localizedTerm } from '../lib/glossary';
import { initialOf } from './initials';

/**
 * The glossary page's "On this page" lists its letters: the Glossary component renders them from
 * data, so Starlight, which reads headings from the Markdown, does not see them.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const slug = route.locale ? route.id.slice(route.locale.length + 1) : route.id;
	if (slug !== 'reference/glossary' || !route.toc) return;
	const termbase = route.locale ? (await getEntry('termbase', route.locale))?.data : undefined;
	const collator = new Intl.Collator(route.lang, { sensitivity: 'base' });
	const initials = [
		...new Set((await getCollection('glossary')).map((e) => initialOf(localizedTerm(e.data, termbase).term, route.lang))),
	].sort((a, b) => collator.compare(a, b));
	route.toc.items.push(
		...initials.map((initial) => ({ depth: 2, slug: `letter-${encodeURIComponent(initial.toLowerCase())}`, text: initial, children: [] })),
	);
});
