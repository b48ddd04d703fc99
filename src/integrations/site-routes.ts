import type { AstroIntegration } from 'astro';

/**
 * Routes that are not documentation pages. srcDir is '.', so there is no top-level pages/
 * folder; each route is injected here instead (DESIGN.md, "Layout").
 */
export function siteRoutes(): AstroIntegration {
	return {
		name: 'unite-site-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/robots.txt', entrypoint: new URL('../routes/robots.txt.ts', import.meta.url) });
				injectRoute({ pattern: '/search-vocabulary/[code].json', entrypoint: new URL('../routes/search-vocabulary.ts', import.meta.url) });
				injectRoute({ pattern: '/events/[id].ics', entrypoint: new URL('../routes/event-calendar.ts', import.meta.url) });
				injectRoute({ pattern: '/templates/[file]', entrypoint: new URL('../routes/template-file.ts', import.meta.url) });
				injectRoute({ pattern: '/rss.xml', entrypoint: new URL('../routes/feed/english.ts', import.meta.url) });
				injectRoute({ pattern: '/[locale]/rss.xml', entrypoint: new URL('../routes/feed/translated.ts', import.meta.url) });
				// Print editions of the guides, turned into PDFs after the build (src/integrations/pdf/).
				injectRoute({ pattern: '/print/[guide]', entrypoint: new URL('../routes/print/english.astro', import.meta.url) });
				injectRoute({ pattern: '/[locale]/print/[guide]', entrypoint: new URL('../routes/print/translated.astro', import.meta.url) });
			},
		},
	};
}
