import { existsSync, rmSync } from 'node:fs';
import { astroBuildAsync, projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';

/**
 * Build the real site once per configuration before the build tests run, the two builds side
 * by side (tests/helpers/builds.ts). REUSE_BUILDS=1 keeps builds made by an earlier run, for
 * working on a test rather than on the site.
 */
export default async function setup() {
	const started = Date.now();
	const results = await Promise.all(
		Object.entries(builds).map(async ([name, { outDir, env, priority }]) => {
			if (process.env['REUSE_BUILDS'] === '1' && existsSync(outDir)) {
				console.log(`reusing the ${name} build in ${outDir} (REUSE_BUILDS=1)`);
				return undefined;
			}
			rmSync(outDir, { recursive: true, force: true });
			const result = await astroBuildAsync(projectRoot, outDir, env, { priority });
			console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			return result.ok ? undefined : `The ${name} build failed:\n${result.output.slice(-6000)}`;
		}),
	);
	const failed = results.filter(Boolean);
	if (failed.length) throw new Error(failed.join('\n\n'));
}
