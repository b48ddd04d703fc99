import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles as absoluteHtmlFiles } from '../../src/lib/html-files';

/** Every HTML file under a built dist folder, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
	return absoluteHtmlFiles(dist).map((f) => relative(dist, f));
}

/** The HTML of a page by its URL path (without base), e.g. `/fr/about/`. */
export function page(dist: string, urlPath: string): string {
	const file = join(dist, urlPath, urlPath.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No built page for ${urlPath} (${file})`);
	return readFileSync(file, 'utf8');
}

/** The opening <html> tag's lang and dir. */
export function htmlLangDir(html: string): { lang: string | undefined; dir: string | undefined } {
	const tag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
	return { lang: /\blang="([^"]*)"/.exec(tag)?.[1], dir: /\bdir="([^"]*)"/.exec(tag)?.[1] };
}

/** The text inside the page's main content (Starlight's .sl-markdown-content), tags stripped. */
export function mainText(html: string): string {
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	const main = start >= 0 && end > start ? html.slice(start, end) : html;
	return main
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z#0-9]+;/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Share of letters in `text` that belong to a Unicode script, e.g. /\p{Script=Arabic}/u. */
export function scriptShare(text: string, script: RegExp): number {
	const letters = [...text].filter((c) => /\p{L}/u.test(c));
	if (letters.length === 0) return 0;
	return letters.filter((c) => script.test(c)).length / letters.length;
}
