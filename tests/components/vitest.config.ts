import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/**
 * Components rendered on their own with Astro's Container API, compiled by Astro's own Vite
 * configuration (astro.config.mjs) so that .astro files and `astro:*` modules resolve. Its own
 * cache folder: loading the configuration syncs content, which must not touch the cache of the
 * site builds that the build tests run at the same time.
 */
export default getViteConfig(
	{
		root: fileURLToPath(new URL('../..', import.meta.url)),
		test: { name: 'components', include: ['tests/components/**/*.test.ts'] },
	},
	{ cacheDir: './node_modules/.astro-components' },
);
