import { rmSync } from 'node:fs';
import { astroBuild, projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';

/** Build the real site once per configuration before the build tests run. */
export default function setup() {
	for (const [name, { outDir, env }] of Object.entries(builds)) {
		rmSync(outDir, { recursive: true, force: true });
		const started = Date.now();
		const result = astroBuild(projectRoot, outDir, env);
		if (!result.ok) {
			throw new Error(`The ${name} build failed:\n${result.output.slice(-6000)}`);
		}
		console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
}
