import { join } from 'node:path';
import { tmpRoot } from './astro-build';

/**
 * The real-site builds made once per run by tests/build/global-setup.ts and shared by every
 * build test. Only the root build prints the PDFs; the base-path build tests addresses, and its
 * links to PDFs are checked against the root build's files. The two build at once, the
 * base-path one with a cache of its own and at the lowest priority (`priority`), so that it
 * uses the processor time the root build leaves while it waits on Chromium or runs on one core.
 */
export const builds = {
	/** The site as deployed at a domain root. */
	root: { outDir: join(tmpRoot, 'dist-root'), base: '', env: { SITE_URL: 'https://kc.example.org', BASE_PATH: '/' }, priority: undefined },
	/** The same site served under a base path, as on GitHub Pages project sites. */
	kc: {
		outDir: join(tmpRoot, 'dist-kc'),
		base: '/kc',
		env: { SITE_URL: 'https://example.org', BASE_PATH: '/kc', SKIP_PDF: '1', ASTRO_CACHE_DIR: join(tmpRoot, 'cache-kc') },
		priority: 19,
	},
} as const;
