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
					// Builds of the project share its .astro cache: never run two test files at once.
					// Fixture sites have caches of their own and build two at a time (one per core).
					fileParallelism: false,
					maxConcurrency: 2,
				},
			},
		],
	},
});
