import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest build-test files (about 90, 80 and 50 s on this 2-core machine in December 2026)
 * start first. Vitest orders files by their last durations, but a fresh clone has none and
 * falls back to file size: these short files then started last, and the run ended on one of
 * them while the other core sat idle.
 */
const slowest = ['tests/build/search-quality.test.ts', 'tests/build/accessibility.test.ts', 'tests/build/pdf.test.ts'];
class SlowestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (spec: TestSpecification) => {
			const i = slowest.findIndex((f) => spec.moduleId.endsWith(f));
			return i < 0 ? slowest.length : i;
		};
		const sorted = await super.sort(files);
		return sorted
			.map((spec, i) => ({ spec, i }))
			.sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
			.map(({ spec }) => spec);
	}
}

export default defineConfig({
	test: {
		sequence: { sequencer: SlowestFirst },
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
