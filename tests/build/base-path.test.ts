import { existsSync, readFileSync, statSync } from 'node:fs';
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

	it('has no broken internal link, anchor or asset in any language (a crawl of every page)', () => {
		const ids = new Map<string, Set<string>>();
		const idsOf = (file: string) => {
			let set = ids.get(file);
			if (!set) {
				const html = readFileSync(file, 'utf8');
				set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
				ids.set(file, set);
			}
			return set;
		};
		const broken: string[] = [];
		for (const f of files) {
			const html = readFileSync(join(dist, f), 'utf8');
			for (const url of new Set(urls(html))) {
				if (!url.startsWith(`${base}/`)) continue;
				const [path, hash] = decodeURI(url).split('#') as [string, string | undefined];
				const local = path.slice(base.length).split('?')[0]!;
				// This build prints no PDFs (nor the offline packs that hold them); the root build's are the same files.
				let target = /\.(pdf|zip)$/.test(local) ? join(builds.root.outDir, local) : join(dist, local);
				if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
				if (!existsSync(target)) {
					broken.push(`${f}: ${url} (no such file)`);
					continue;
				}
				if (hash && hash !== '_top' && target.endsWith('.html') && !idsOf(target).has(hash))
					broken.push(`${f}: ${url} (no element with id "${hash}")`);
			}
		}
		expect(broken).toEqual([]);
	});
});
