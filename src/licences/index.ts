import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { licencePageRoutes } from './pages/routes';

/**
 * Licences: data in content/licences/ (schema.ts, read by data.ts), the compatibility engine
 * (compatibility/), and the JSON API: /api/licences.json and /api/licence-compatibility.json.
 * The API and the generated pages belong to the explorer: a site without its page
 * (content/docs/reference/licences.mdx), such as a test's small fixture site, builds without them.
 */
export function licences(): AstroIntegration {
	return {
		name: 'unite-licences',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				if (!existsSync(fileURLToPath(new URL('content/docs/reference/licences.mdx', config.root)))) return;
				injectRoute({ pattern: '/api/licences.json', entrypoint: new URL('./api/licences-route.ts', import.meta.url) });
				injectRoute({ pattern: '/api/licence-compatibility.json', entrypoint: new URL('./api/compatibility-route.ts', import.meta.url) });
				// The licence pages, the matrix and the explorer's data (pages/).
				for (const route of licencePageRoutes) injectRoute(route);
			},
		},
	};
}
