import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { locales } from '../lib/locales';
import { isPrintPath } from '../pdf/edition';

/**
 * The sitemap, with every page's language alternates, as Starlight would configure it, but
 * without the print editions, which are removed after printing. Starlight adds its own sitemap
 * only when there is none, so this one takes its place. Also serves robots.txt pointing at it.
 */
export function siteMap({ base }: { base: string }): AstroIntegration[] {
	const prefix = base === '/' ? '' : base.replace(/\/$/, '');
	return [
		sitemap({
			i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([key, l]) => [key, l.lang])) },
			filter: (page) => !isPrintPath(new URL(page).pathname.slice(prefix.length)),
		}),
		{
			name: 'unite-robots',
			hooks: {
				'astro:config:setup': ({ injectRoute }) => {
					injectRoute({ pattern: '/robots.txt', entrypoint: new URL('./robots-route.ts', import.meta.url) });
				},
			},
		},
	];
}
