import type { InjectedRoute } from 'astro';

/**
 * The generated licence pages, for the licences integration (../index.ts) to inject: one page
 * per licence, the matrix, and the explorer's data. The explorer itself is a content page
 * (content/docs/reference/licences.mdx), so the sidebar, search and translations treat it as one.
 */
export const licencePageRoutes: InjectedRoute[] = [
	{ pattern: '/[...locale]/reference/licences/compatibility', entrypoint: new URL('./compatibility.astro', import.meta.url) },
	{ pattern: '/[...locale]/reference/licences/explorer-data.json', entrypoint: new URL('./explorer-data.ts', import.meta.url) },
	{ pattern: '/[...locale]/reference/licences/[id]', entrypoint: new URL('./licence.astro', import.meta.url) },
];
