import { existsSync, rmSync } from 'node:fs';
import { astroBuild, projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';

/**
 * Build the real site once per configuration before the build tests run. REUSE_BUILDS=1 keeps
 * builds made by an earlier run, for working on a test rather than on the site.
 */
export default function setup() {
	for (const [name, { outDir, env }] of Object.entries(builds)) {
		if (process.env['REUSE_BUILDS'] === '1' && existsSync(outDir)) {
			console.log(`reusing the ${name} build in ${outDir} (REUSE_BUILDS=1)`);
			continue;
		}
		rmSync(outDir, { recursive: true, force: true });
		const started = Date.now();
		const result = astroBuild(projectRoot, outDir, env);
		if (!result.ok) {
			throw new Error(`The ${name} build failed:\n${result.output.slice(-6000)}`);
		}
		console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
}
