import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// Components rendered with Astro's Container API, under Astro's own Vite configuration.
			'tests/components/vitest.config.ts',
			{
				// Fast tests: pure functions, schemas, and the content files as written.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
			},
			{
				// Tests over real builds of the site, made once in tests/.tmp by the global setup.
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/build/global-setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 900_000,
					// The project itself is built once, by the global setup, before any file runs; the
					// files only read those builds (fixture sites have caches of their own), so two
					// files run at once, one per core: the PDF files' parsing beside the browser tests.
					fileParallelism: true,
					maxWorkers: 2,
					maxConcurrency: 2,
				},
			},
		],
	},
});
