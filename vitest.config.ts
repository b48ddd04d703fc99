import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
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
					// Builds share the project's .astro cache: never run two at once.
					fileParallelism: false,
				},
			},
		],
	},
});
