import type { AstroIntegration } from 'astro';

/**
 * Add integrations after every other one, including those Starlight adds for itself (sitemap,
 * Pagefind, links validator), so their build:done hooks see and can tidy the final output.
 */
export function runLast(...integrations: AstroIntegration[]): AstroIntegration {
	return {
		name: 'unite-run-last',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ integrations });
			},
		},
	};
}
