import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds';
import { htmlFiles } from '../helpers/dist';

const { outDir: dist, base } = builds.kc;

/** Every URL an HTML page asks the browser to load or follow. */
function urls(html: string): string[] {
	const found: string[] = [];
	for (const m of html.matchAll(/\s(?:href|src|action|poster|data-src)="([^"]+)"/g)) found.push(m[1]!);
	for (const m of html.matchAll(/\ssrcset="([^"]+)"/g)) {
		for (const part of m[1]!.split(',')) found.push(part.trim().split(/\s+/)[0]!);
	}
	return found;
}

describe(`a build under the base path ${base}/`, () => {
	const files = htmlFiles(dist);

	it('builds every page', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	it('has no root-relative link or asset URL that misses the base', () => {
		const misses: string[] = [];
		for (const f of files) {
			const html = readFileSync(join(dist, f), 'utf8');
			for (const url of urls(html)) {
				if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${base}/`)) misses.push(`${f}: ${url}`);
			}
		}
		expect(misses).toEqual([]);
	});

	it('keeps absolute links to its own pages under the base', () => {
		const html = readFileSync(join(dist, 'index.html'), 'utf8');
		expect(html).toContain('href="https://example.org/kc/fr/"');
	});
});
