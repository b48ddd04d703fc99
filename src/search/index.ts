import type { AstroIntegration } from 'astro';

/**
 * Site search (Pagefind, through Starlight): this feature owns the search button and dialog
 * (Search.astro, loaded on first use), the hidden text each page adds to the index
 * (SearchMeta.astro), the per-language word lists that correct misspelled queries, and the
 * route middleware that keeps untranslated copies out of each language's index.
 */
export function siteSearch(): AstroIntegration {
	return {
		name: 'unite-search',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/search-vocabulary/[code].json', entrypoint: new URL('./vocabulary-route.ts', import.meta.url) });
			},
		},
	};
}
