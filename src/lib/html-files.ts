import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML file of a built site, as absolute paths in path order. Pagefind's and Astro's asset
 * folders hold no pages and are skipped.
 */
export function htmlFiles(dist: string): string[] {
	return readdirSync(dist, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.filter((p) => !/[\\/](pagefind|_astro)[\\/]/.test(relative(dist, p).split(sep).join('/').replace(/^/, '/')))
		.sort();
}

/** The URL path of a built HTML file: `fr/about/index.html` → `/fr/about/`, `404.html` → `/404.html`. */
export function urlPathOf(dist: string, file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The text of each inline script a browser would run, in order: no `src`, and no data type such
 * as `application/ld+json` (structured data is never executed, so a policy need not allow it).
 */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter((m) => isExecutableType(/\btype="([^"]*)"/i.exec(m[1]!)?.[1]))
		.map((m) => m[2]!)
		.filter((s) => s.trim() !== '');
}

/** Script types a browser executes: none given, a JavaScript MIME type, or `module`. */
export function isExecutableType(type: string | undefined): boolean {
	return type === undefined || type === '' || /^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(type.trim());
}
