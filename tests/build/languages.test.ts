import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { sections } from '../../src/lib/guides';
import { contentFiles } from '../../src/lib/content-files';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { htmlFiles, htmlLangDir, mainText, page, scriptShare } from '../helpers/dist';

const dist = builds.root.outDir;
const prefixes = Object.entries(locales).map(([key, l]) => ({ key, ...l, prefix: key === 'root' ? '' : `/${key}` }));

/** The script each language is written in, to tell a real translation from the English fallback. */
const scripts: Record<string, RegExp> = {
	en: /\p{Script=Latin}/u,
	fr: /\p{Script=Latin}/u,
	es: /\p{Script=Latin}/u,
	ru: /\p{Script=Cyrillic}/u,
	'zh-CN': /\p{Script=Han}/u,
	ar: /\p{Script=Arabic}/u,
};

describe.each(prefixes)('$label ($lang)', ({ lang, prefix }) => {
	const expectedDir = lang === 'ar' ? 'rtl' : 'ltr';

	it('offers a “report a problem” link that opens the correction form for this page, language and build', () => {
		const html = page(dist, `${prefix}/licensing/licence-compatibility/`);
		const href = /<p class="report-problem[^"]*"><a href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
		expect(href).toBeTruthy();
		const url = new URL(href!);
		expect(url.pathname).toMatch(/\/issues\/new$/);
		expect(url.searchParams.get('template')).toBe('content-correction.yml');
		expect(url.searchParams.get('page')).toBe(`https://kc.example.org${prefix}/licensing/licence-compatibility/`);
		expect(url.searchParams.get('language')).toBe(prefixes.find((p) => p.prefix === prefix)!.label);
		expect(url.searchParams.get('build')).toMatch(/^[0-9a-f]{40}$/);
	});

	it.each(['/', '/about/', '/partnerships/member-states/', '/partnerships/open-source-your-tool/'])(
		'has a translated %s page with lang and dir set',
		(path) => {
			const html = page(dist, `${prefix}${path}`);
			expect(htmlLangDir(html)).toEqual({ lang, dir: expectedDir });
			// A fallback copy would carry Starlight's "not translated yet" notice and English text.
			expect(html).not.toContain('This content is not available in your language yet');
			// Product names, acronyms and file names (Unite Open Source, DCO, GOVERNANCE.md) stay in Latin script.
			expect(scriptShare(mainText(html), scripts[lang]!)).toBeGreaterThan(0.6);
		},
	);

	it('has an overview page for every section', () => {
		for (const s of sections) {
			const html = page(dist, `${prefix}/${s.slug}/`);
			expect(htmlLangDir(html).lang).toBe(lang);
		}
	});
});

describe('fallback pages', () => {
	// Every English page without a translation in a language is served in English under that
	// language's prefix, with our notice in the page's language, and kept out of its search index.
	const files = contentFiles(projectRoot);
	const translated = new Set(files.filter((f) => f.locale !== 'root').map((f) => `${f.locale}/${f.slug}`));
	const english = files.filter((f) => f.locale === 'root' && f.path !== '404.mdx' && f.slug !== 'index');
	const cases = prefixes
		.filter((p) => p.key !== 'root')
		.map((p) => ({ ...p, pages: english.filter((f) => !translated.has(`${p.key}/${f.slug}`)).map((f) => f.slug) }));

	it.each(cases)('every untranslated page in $lang is a marked fallback, out of search', ({ key, lang, pages }) => {
		const notice = (JSON.parse(readFileSync(join(projectRoot, `content/i18n/${lang}.json`), 'utf8')) as Record<string, string>)[
			'i18n.untranslatedContent'
		]!;
		const wrong: string[] = [];
		for (const slug of pages) {
			const html = page(dist, `/${key}/${slug}/`);
			if (htmlLangDir(html).lang !== lang) wrong.push(`${slug}: <html lang> is not ${lang}`);
			if (!html.includes(notice.replace(/’/g, '&#39;')) && !html.includes(notice)) wrong.push(`${slug}: no notice in ${lang}`);
			if (html.includes('data-pagefind-body')) wrong.push(`${slug}: indexed for search`);
		}
		expect(wrong).toEqual([]);
	});

	it.each(cases)('a translated page in $lang carries no fallback notice', ({ key, lang }) => {
		const notice = (JSON.parse(readFileSync(join(projectRoot, `content/i18n/${lang}.json`), 'utf8')) as Record<string, string>)[
			'i18n.untranslatedContent'
		]!;
		const mine = files.filter((f) => f.locale === key && f.slug !== 'index');
		expect(mine.length).toBeGreaterThan(0);
		for (const f of mine) expect(page(dist, `/${key}/${f.slug}/`), f.repoPath).not.toContain(notice);
	});
});

describe('search indexes', () => {
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};

	it.each(prefixes)('has a Pagefind index for $lang', ({ lang }) => {
		const key = Object.keys(entry.languages).find((k) => k.toLowerCase() === lang.toLowerCase());
		expect(key, `languages in index: ${Object.keys(entry.languages).join(', ')}`).toBeDefined();
		expect(entry.languages[key!]!.page_count).toBeGreaterThan(0);
	});

	it('indexes exactly the pages that are written in each language', () => {
		for (const p of prefixes) {
			const files = htmlFiles(dist).filter((f) => (p.key === 'root' ? !/^(fr|es|ru|zh-cn|ar)\//.test(f) : f.startsWith(`${p.key}/`)));
			const indexed = files.filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));
			const key = Object.keys(entry.languages).find((k) => k.toLowerCase() === p.lang.toLowerCase())!;
			expect(entry.languages[key]!.page_count, p.lang).toBe(indexed.length);
		}
	});
});

describe('site furniture', () => {
	it('serves robots.txt pointing at the sitemap', () => {
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain('Sitemap: https://kc.example.org/sitemap-index.xml');
	});

	it('has a sitemap with language alternates', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('hreflang="ar"');
		expect(sitemap).toContain('hreflang="zh-CN"');
		expect(sitemap).toContain('https://kc.example.org/fr/about/');
	});

	it('has a favicon and a 404 page', () => {
		expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
		expect(existsSync(join(dist, '404.html'))).toBe(true);
	});

	it('gives every page a description and Open Graph metadata', () => {
		for (const f of htmlFiles(dist)) {
			const html = readFileSync(join(dist, f), 'utf8');
			expect(html, f).toMatch(/<meta name="description" content="[^"]{20,}"/);
			expect(html, f).toMatch(/<meta property="og:title" content="[^"]+"/);
			expect(html, f).toMatch(/<meta property="og:description" content="[^"]+"/);
		}
	});
});
