import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds';

/**
 * A production build publishes its own address (SITE_URL) and never that of a development server:
 * not in pages, sitemap, robots.txt, feeds, calendars or data files (the PDFs are checked, text
 * and links, in pdf.test.ts).
 */
const textFiles = (dir: string) =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(html|xml|txt|ics|json|css|js|md|conf)$/.test(e.name) && !e.parentPath.includes('pagefind'))
		.map((e) => join(e.parentPath, e.name));

describe.each(Object.entries(builds))('the %s build', (_, { outDir, env }) => {
	it('writes no development address into any file', () => {
		const found = textFiles(outDir).filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
		expect(found.map((f) => f.slice(outDir.length))).toEqual([]);
	});

	it('uses its public address in canonical links, the sitemap and feeds', () => {
		const site = env.SITE_URL;
		const base = env.BASE_PATH === '/' ? '' : env.BASE_PATH;
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${site}${base}/"`);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}/sitemap-index.xml`);
		expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(`<link>${site}${base}/</link>`);
	});
});
