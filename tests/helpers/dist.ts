import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file under a built dist folder, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(p);
			} else if (entry.name.endsWith('.html')) out.push(relative(dist, p));
		}
	};
	walk(dist);
	return out.sort();
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
