import { z } from 'astro/zod';

/**
 * Our own interface strings, on top of Starlight's. Every language file in content/i18n/ must
 * define each of them (a test checks this), so no reader sees an English label on a translated page.
 */
export const ourStringKeys = [
	'sources.heading',
	'sources.intro',
	'audience.label',
	'audience.reader',
	'audience.contributor',
	'audience.government',
	'audience.maintainer',
	'lastReviewed.label',
	'notFound.title',
	'notFound.home',
	'footer.licence',
	'glossary.also',
	'glossary.readMore',
	'licences.caption',
	'licences.id',
	'licences.name',
	'licences.family',
	'licences.obligations',
	'licences.patent',
	'licences.osi',
	'licences.yes',
	'licences.no',
	'licences.excluded',
	'licences.officialText',
	'family.permissive',
	'family.weak-copyleft',
	'family.strong-copyleft',
	'family.network-copyleft',
	'family.public-domain',
	'family.content',
	'family.data',
	'family.hardware',
	'scope.file',
	'scope.library',
	'scope.module',
	'scope.work',
	'print.contents',
	'print.whoFor',
	'print.edition',
	'print.inEnglish',
	'print.untranslatedNote',
	'print.glossary',
	'print.links',
	'print.onlineAt',
	'print.page',
	'print.publisher',
	'pdf.download',
	'pdf.pageCount',
	'downloads.guide',
	'downloads.language',
	'filter.guide',
	'filter.audience',
	'filter.type',
	'type.chapter',
	'type.overview',
	'type.reference',
	'type.event',
	'type.page',
] as const;

/** Pagefind UI strings (https://pagefind.app/docs/ui/#translations); Starlight passes `pagefind.*` keys through. */
export const pagefindStringKeys = [
	'pagefind.clear_search',
	'pagefind.load_more',
	'pagefind.search_label',
	'pagefind.filters_label',
	'pagefind.zero_results',
	'pagefind.many_results',
	'pagefind.one_result',
	'pagefind.alt_search',
	'pagefind.search_suggestion',
	'pagefind.searching',
] as const;

export const uiStringsSchema = z.object(
	Object.fromEntries([...ourStringKeys, ...pagefindStringKeys].map((k) => [k, z.string().min(1)])) as Record<
		(typeof ourStringKeys)[number] | (typeof pagefindStringKeys)[number],
		z.ZodString
	>
);
