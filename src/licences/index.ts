import type { AstroIntegration } from 'astro';
import { licencePageRoutes } from './pages/routes';

/**
 * Licences: data in content/licences/ (schema.ts, read by data.ts), the compatibility engine
 * (compatibility/), and the JSON API: /api/licences.json and /api/licence-compatibility.json.
 */
export function licences(): AstroIntegration {
	return {
		name: 'unite-licences',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/api/licences.json', entrypoint: new URL('./api/licences-route.ts', import.meta.url) });
				injectRoute({ pattern: '/api/licence-compatibility.json', entrypoint: new URL('./api/compatibility-route.ts', import.meta.url) });
				// The licence pages, the matrix and the explorer's data (pages/).
				for (const route of licencePageRoutes) injectRoute(route);
			},
		},
	};
}
