import type { AstroIntegration } from 'astro';

/** News feeds: one RSS feed per language (/rss.xml, /<locale>/rss.xml), announced on every page. */
export function newsFeeds(): AstroIntegration {
	return {
		name: 'unite-feeds',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/[...locale]/rss.xml', entrypoint: new URL('./route.ts', import.meta.url) });
			},
		},
	};
}
