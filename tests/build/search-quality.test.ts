import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localePrefix } from '../../src/lib/locales';
import { correctQuery, mergedIndexes } from '../../src/search/terms';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { searchCases, type SearchCase } from '../search/queries';

/**
 * Runs every query of tests/search/queries.ts against the built Pagefind indexes in a real
 * browser, the way the site's search does it: typo correction against the site's vocabulary,
 * then Pagefind with the page language's index (plus the English one on translated pages).
 */
let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const dist = builds.root.outDir;
const vocabulary = (code: string): string[] =>
	JSON.parse(readFileSync(join(dist, 'search-vocabulary', `${code}.json`), 'utf8')) as string[];

/** A result URL as a slug without base or language prefix: `/fr/about/` → `about`, `/` → ``. */
function slugOf(url: string): string {
	const path = new URL(url, 'http://x').pathname.replace(/^\/+|\/+$/g, '');
	const [first, ...rest] = path.split('/');
	return ['fr', 'es', 'ru', 'zh-cn', 'ar'].includes(first ?? '') ? rest.join('/') : path;
}

/** Runs in the page: load the site's own Pagefind bundle and return the top 3 URLs per query. */
const inBrowser = `async ({ queries, merges }) => {
	const pagefind = await import(location.origin + '/pagefind/pagefind.js');
	await pagefind.options({ bundlePath: '/pagefind/' });
	await pagefind.init();
	for (const { bundlePath, ...options } of merges) await pagefind.mergeIndex(bundlePath, options);
	const out = [];
	for (const q of queries) {
		const search = await pagefind.search(q);
		const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
		out.push(data.map((d) => d.url));
	}
	return out;
}`;

async function runLanguage(lang: SearchCase['lang'], cases: SearchCase[]): Promise<{ c: SearchCase; top: string[] }[]> {
	const code = lang.toLowerCase();
	const prefix = localePrefix(lang);
	const words = new Set([...vocabulary(code), ...(code === 'en' ? [] : vocabulary('en'))]);
	const { page } = await site.newPage();
	await page.goto(`${site.origin}${prefix ? `/${prefix}` : ''}/`);
	const queries = cases.map((c) => correctQuery(c.query, words));
	const merges = mergedIndexes(code, `${site.origin}/pagefind/`);
	// Passed as source text: vitest would rewrite a dynamic import() inside a function.
	const tops = (await page.evaluate(`(${inBrowser})(${JSON.stringify({ queries, merges })})`)) as string[][];
	return cases.map((c, i) => ({ c, top: tops[i]!.map(slugOf) }));
}

describe('search quality', () => {
	it(`finds the expected page in the top 3 for at least 90% of ${searchCases.length} queries`, async () => {
		const byLang = new Map<SearchCase['lang'], SearchCase[]>();
		for (const c of searchCases) byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), c]);
		const results = (await Promise.all([...byLang].map(([lang, cases]) => runLanguage(lang, cases)))).flat();

		const misses = results.filter(({ c, top }) => ![c.expect].flat().some((e) => top.includes(e)));
		for (const { c, top } of misses) {
			console.log(
				`MISS [${c.lang}] "${c.query}" (${c.kind}): expected ${[c.expect].flat().join(' or ')}; top 3: ${top.join(', ') || '(none)'}`,
			);
		}
		const rate = (results.length - misses.length) / results.length;
		console.log(`Search quality: ${results.length - misses.length}/${results.length} queries in the top 3 (${(rate * 100).toFixed(1)}%)`);
		expect(searchCases.length).toBeGreaterThanOrEqual(80);
		expect(rate).toBeGreaterThanOrEqual(0.9);
	});
});
