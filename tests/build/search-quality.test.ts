import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localePrefix } from '../../src/lib/locales';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { searchInDialog } from '../helpers/search-dialog';
import type { SearchCase } from '../search/queries';
import { suiteHalves } from '../search/suite';

/**
 * The search-quality suite, typed into the site's own search dialog in a real browser, from a
 * page in the query's language. Both halves are reported by language; each must put the
 * expected page in the top 3 for at least 90% of its queries.
 */
let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

/** A result address as a slug without language prefix: `/fr/about/` → `about`, `/` → ``. */
function slugOf(url: string): string {
	const path = new URL(url, 'http://x').pathname.replace(/^\/+|\/+$/g, '');
	const [first, ...rest] = path.split('/');
	return ['fr', 'es', 'ru', 'zh-cn', 'ar'].includes(first ?? '') ? rest.join('/') : path;
}

async function runLanguage(lang: SearchCase['lang'], cases: SearchCase[]): Promise<{ c: SearchCase; top: string[] }[]> {
	const prefix = localePrefix(lang);
	const { page } = await site.newPage();
	await page.goto(`${site.origin}${prefix ? `/${prefix}` : ''}/`);
	const out: { c: SearchCase; top: string[] }[] = [];
	for (const c of cases) out.push({ c, top: (await searchInDialog(page, c.query)).slice(0, 3).map(slugOf) });
	return out;
}

const percent = (hits: number, all: number) => `${((hits / all) * 100).toFixed(1)}%`;

// The two halves run side by side (the build project's maxConcurrency), each in its own pages.
describe.concurrent('search quality, through the dialog', () => {
	for (const { name, cases } of suiteHalves) {
		it(`finds the expected page in the top 3 for at least 90% of the ${name} half (${cases.length} queries)`, async () => {
			const byLang = new Map<SearchCase['lang'], SearchCase[]>();
			for (const c of cases) byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), c]);
			const results = (await Promise.all([...byLang].map(([lang, list]) => runLanguage(lang, list)))).flat();
			const hit = ({ c, top }: { c: SearchCase; top: string[] }) => [c.expect].flat().some((e) => top.includes(e));
			for (const r of results.filter((r) => !hit(r))) {
				console.log(
					`MISS ${name} [${r.c.lang}] "${r.c.query}" (${r.c.kind}): expected ${[r.c.expect].flat().join(' or ')}; top 3: ${r.top.join(', ') || '(none)'}`,
				);
			}
			const lines = [...byLang.keys()].map((lang) => {
				const mine = results.filter((r) => r.c.lang === lang);
				return `${lang} ${mine.filter(hit).length}/${mine.length} (${percent(mine.filter(hit).length, mine.length)})`;
			});
			const hits = results.filter(hit).length;
			console.log(
				`Search quality, ${name} half: ${hits}/${results.length} in the top 3 (${percent(hits, results.length)}); ${lines.join(', ')}`,
			);
			expect(cases.length).toBeGreaterThanOrEqual(100);
			expect(hits / results.length).toBeGreaterThanOrEqual(0.9);
		});
	}
});
