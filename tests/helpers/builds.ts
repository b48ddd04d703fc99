import { join } from 'node:path';
import { tmpRoot } from './astro-build';

/**
 * The real-site builds made once per run by tests/build/global-setup.ts and shared by every
 * build test. Only the root build prints the PDFs; the base-path build tests addresses, and its
 * links to PDFs are checked against the root build's files.
 */
export const builds = {
	/** The site as deployed at a domain root. */
	root: { outDir: join(tmpRoot, 'dist-root'), base: '', env: { SITE_URL: 'https://kc.example.org', BASE_PATH: '/' } },
	/** The same site served under a base path, as on GitHub Pages project sites. */
	kc: { outDir: join(tmpRoot, 'dist-kc'), base: '/kc', env: { SITE_URL: 'https://example.org', BASE_PATH: '/kc', SKIP_PDF: '1' } },
} as const;
