import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files';
import { prunePage, scopeClassesIn } from './prune';

/**
 * Each page's inline stylesheet keeps only the component styles that page can use (prune.ts):
 * about a sixth of a chapter's CSS, 1.4 KB of its 40 KB first-visit budget
 * (docs/decisions/layout.md).
 */
export function cssPruning(): AstroIntegration {
	return {
		name: 'unite-css-pruning',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				// A scope class written in a script may be given to an element after the page loads.
				const assets = join(dist, '_astro');
				const scripts = (await readdir(assets).catch(() => [])).filter((f) => f.endsWith('.js'));
				const inScripts = new Set<string>();
				for (const f of scripts) for (const c of scopeClassesIn(await readFile(join(assets, f), 'utf8'))) inScripts.add(c);
				const cache = new Map<string, string>();
				let pages = 0;
				let before = 0;
				let after = 0;
				for (const file of htmlFiles(dist)) {
					const html = await readFile(file, 'utf8');
					const { html: pruned } = prunePage(html, inScripts, cache);
					before += html.length;
					after += pruned.length;
					if (pruned !== html) (await writeFile(file, pruned), pages++);
				}
				logger.info(`Unused component styles removed from ${pages} pages (${((before - after) / 1024 / 1024).toFixed(1)} MB in all).`);
			},
		},
	};
}
