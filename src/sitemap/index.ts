import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { locales } from '../lib/locales';
import { isPrintPath } from '../pdf/edition';

/**
 * The sitemap, with every page's language alternates, as Starlight would configure it, but
 * without the print editions, which are removed after printing. Starlight adds its own sitemap
 * only when there is none, so this one takes its place. Also serves robots.txt pointing at it, and
 * warns, loudly, about a build that has no public address (SITE_URL) for any of them.
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
				'astro:config:setup': ({ injectRoute, config, command, logger }) => {
					injectRoute({ pattern: '/robots.txt', entrypoint: new URL('./robots-route.ts', import.meta.url) });
					if (command === 'build' && !config.site) {
						for (const line of [
							'SITE_URL is not set: this build has no public address.',
							'It writes no canonical or language-alternate links, no sitemap, no feeds, no event URLs and no',
							'printed web addresses in the PDFs. Set SITE_URL=https://your.domain for a build you publish.',
						])
							logger.warn(line);
					}
				},
			},
		},
	];
}
