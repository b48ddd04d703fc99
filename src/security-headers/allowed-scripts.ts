import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cspHash } from '../lib/headers-file';

/**
 * The inline scripts the site's own code may emit: the `<script is:inline>` elements of our
 * components and of Starlight's, read from their source files. Astro leaves such scripts as they
 * are written, so their hashes are known before any page is built; a script that content smuggles
 * into a page is not among them, and the Content-Security-Policy blocks it. Scripts that Astro
 * processes are emitted as files (astro.config.mjs keeps them from being inlined) and are allowed
 * as 'self'. (docs/decisions/security.md)
 */
export function componentSourceFolders(root: string): string[] {
	// The package exports no package.json: find its folder from its entry point.
	const entry = createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components');
	const starlight = entry.slice(0, entry.lastIndexOf(join('@astrojs', 'starlight')) + join('@astrojs', 'starlight').length);
	return [join(root, 'src'), starlight];
}

const astroFiles = (dir: string) =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro') && !e.parentPath.includes('__tests__'))
		.map((e) => join(e.parentPath, e.name));

/** The body of each `<script is:inline>` in an Astro component's source. */
export function inlineScriptsOf(source: string): string[] {
	return [...source.matchAll(/<script\b(?=[^>]*\sis:inline\b)([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter((m) => !/\stype="(?!module|text\/javascript)[^"]*"/.test(m[1]!))
		.map((m) => m[2]!)
		.filter((s) => s.trim() !== '');
}

/** CSP hashes of every inline script our components and Starlight's can emit. */
export function allowedScriptHashes(root: string): Set<string> {
	const hashes = new Set<string>();
	for (const dir of componentSourceFolders(root))
		for (const file of astroFiles(dir)) for (const s of inlineScriptsOf(readFileSync(file, 'utf8'))) hashes.add(cspHash(s));
	return hashes;
}
