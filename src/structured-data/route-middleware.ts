import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection, getEntry } from 'astro:content';
import type { Thing } from 'schema-dts';
import { withBase } from '../lib/base-path';
import { fileHistory } from '../lib/git-dates';
import { localizedTerm } from '../lib/glossary';
import { sectionOf } from '../lib/guides';
import { locales, splitLocale, toLocaleKey } from '../lib/locales';
import { pageKind } from '../lib/page-kind';
import { contentLicenceUrl } from '../lib/site';
import { breadcrumbList, definedTermSet, jsonLdText, techArticle } from './graph';
import { trail } from './trail';

/**
 * Every page describes itself to search engines as JSON-LD: its breadcrumb trail; a chapter also
 * as an article of its guide, the glossary as a set of defined terms. A data script is never run,
 * so the Content-Security-Policy need not allow it. Error pages have none (print editions, removed
 * once printed, carry one that nobody reads).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const slug = (route.locale ? route.id.slice(route.locale.length + 1) : route.id).replace(/^index$/, '');
	if (slug === '404') return;

	const lang = locales[toLocaleKey(route.locale)].lang;
	const prefix = route.locale ? `/${route.locale}` : '';
	// Absolute with a public address; without one the build writes none, so root-relative.
	const address = (path: string) => {
		const href = withBase(path, import.meta.env.BASE_URL);
		return context.site ? new URL(href, context.site).href : href;
	};
	const canonical = route.head.find((h) => h.tag === 'link' && h.attrs?.['rel'] === 'canonical')?.attrs?.['href'];
	const url = typeof canonical === 'string' ? canonical : context.url.pathname;
	const { entry } = route;

	const nodes: Thing[] = [
		breadcrumbList(
			trail({
				slug,
				title: entry.data.title,
				url,
				lang,
				home: route.siteTitle,
				address: (s) => address(s ? `${prefix}/${s}/` : `${prefix}/`),
			}),
		),
	];

	const guide = sectionOf(slug);
	if (pageKind(slug) === 'chapter' && guide) {
		const overview = (route.locale && (await getEntry('docs', `${route.locale}/${guide.slug}`))) || (await getEntry('docs', guide.slug));
		if (!overview) throw new Error(`content/docs/${guide.slug}/index.mdx: guide "${guide.slug}" has no overview page.`);
		nodes.push(
			techArticle({
				url,
				headline: entry.data.title,
				description: entry.data.description ?? entry.data.summary,
				// An untranslated page is the English entry: its text is English whatever the frame's language.
				lang: locales[splitLocale(entry.id).locale].lang,
				dateModified: route.lastUpdated,
				datePublished: fileHistory(entry.filePath).firstDate,
				licence: contentLicenceUrl,
				guide: { name: overview.data.title, url: address(`${prefix}/${guide.slug}/`), lang: locales[splitLocale(overview.id).locale].lang },
				publisher: context.locals.t('print.publisher'),
			}),
		);
	}

	if (slug === 'reference/glossary') {
		// As the Glossary component renders it: the termbase's rendering where the language has one.
		const termbase = route.locale ? (await getEntry('termbase', route.locale))?.data : undefined;
		const terms = (await getCollection('glossary')).map((e) => localizedTerm(e.data, termbase));
		nodes.push(
			definedTermSet({
				url,
				name: entry.data.title,
				lang,
				terms: terms.map((t) => ({ id: t.id, name: t.term, expansion: t.expansion, description: t.definition })),
			}),
		);
	}

	route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdText(nodes) });
});
