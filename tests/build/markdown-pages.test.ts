import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { markdownStyle } from '../../src/markdown-pages/to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentFiles, type ContentFile } from '../../src/lib/content-files';
import { sectionOf } from '../../src/lib/guides';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { locales, type LocaleKey } from '../../src/lib/locales';
import { readGlossary } from '../../src/lib/glossary';
import { pageKind } from '../../src/lib/page-kind';
import { readLicences } from '../../src/licences/data';
import { siteTitles } from '../../src/lib/site';
import { projectRoot } from '../helpers/astro-build';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { htmlFiles } from '../helpers/dist';

const dist = builds.root.outDir;
const site = builds.root.env.SITE_URL;
const fields = ['title', 'description', 'language', 'last_updated', 'sources'];
const keys = Object.keys(locales) as LocaleKey[];
const prefix = (locale: LocaleKey) => (locale === 'root' ? '' : `/${locale}`);
/** One of our interface strings in a language, as the page shows it. */
function label(lang: string, key: string): string {
	const value = (JSON.parse(readFileSync(join(projectRoot, 'content/i18n', `${lang}.json`), 'utf8')) as Record<string, string>)[key];
	if (value === undefined) throw new Error(`content/i18n/${lang}.json has no "${key}"`);
	return value;
}

/** Every built page but the error pages, by URL path, with its HTML and its twin. */
const pages = htmlFiles(dist)
	.filter((f) => !/(^|\/)404(\/index)?\.html$/.test(f))
	.map((f) => {
		const urlPath = `/${f.replace(/index\.html$/, '')}`;
		return { urlPath, html: readFileSync(join(dist, f), 'utf8'), twinFile: join(dist, urlPath, 'index.md') };
	});

interface ReadTwin {
	frontmatter: Record<string, unknown>;
	body: string;
	/** The body parsed as Markdown with GFM, on first use. */
	readonly tree: Root;
}
const twins = new Map<string, ReadTwin>();
/** A twin, read once for all the tests. */
function readTwin(file: string): ReadTwin {
	const known = twins.get(file);
	if (known) return known;
	const text = readFileSync(file, 'utf8');
	const m = /^---\n([\s\S]*?)\n---\n\n/.exec(text);
	if (!m) throw new Error(`${file}: no frontmatter block`);
	const body = text.slice(m[0].length);
	let tree: Root | undefined;
	const twin = {
		frontmatter: parse(m[1]!) as Record<string, unknown>,
		body,
		get tree() {
			return (tree ??= markdownTree(body));
		},
	};
	twins.set(file, twin);
	return twin;
}
const markdownTree = (md: string): Root => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The text of an mdast node. */
const mdText = (node: Nodes): string =>
	'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map(mdText).join('') : '';
function mdNodes<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
	const out: Nodes[] = [];
	const walk = (n: Nodes) => {
		if (n.type === type) out.push(n);
		if ('children' in n) n.children.forEach(walk);
	};
	walk(tree);
	return out as Extract<Nodes, { type: T }>[];
}
const decode = (html: string) => hastText(fromHtml(html, { fragment: true }));

/** The page's main content element, as the twin reads it. */
function content(html: string): Element {
	const main = fromHtml(html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7), { fragment: true });
	const found = select('.sl-markdown-content', main);
	if (!found) throw new Error('no .sl-markdown-content');
	return found;
}

const files = contentFiles(projectRoot);
/** The page the site serves at a locale's address for an English page: its translation, or the English page. */
const served = (locale: LocaleKey, english: ContentFile) => files.find((f) => f.locale === locale && f.slug === english.slug) ?? english;
const guidePages = files.filter(
	(f) => f.locale === 'root' && sectionOf(f.slug)?.guide && ['chapter', 'overview'].includes(pageKind(f.slug)),
);
const chapterPaths = new Set(
	files.filter((f) => sectionOf(f.slug)?.guide && pageKind(f.slug) === 'chapter').map((f) => `${prefix(f.locale)}/${f.slug}/`),
);

describe('Markdown twins', () => {
	it('exist for every page but the error pages, beside the HTML', () => {
		expect(pages.length).toBeGreaterThan(500);
		expect(pages.filter((p) => !existsSync(p.twinFile)).map((p) => p.urlPath)).toEqual([]);
		for (const locale of keys) expect(existsSync(join(dist, prefix(locale), 'index.md')), `${locale} home`).toBe(true);
	});

	it('have exactly title, description, language, last updated and sources, with the values the page shows', () => {
		for (const { urlPath, html, twinFile } of pages) {
			const { frontmatter } = readTwin(twinFile);
			const where = `${urlPath}index.md`;
			const present = Object.keys(frontmatter);
			expect(present, where).toEqual(fields.filter((f) => present.includes(f)));
			const htmlLang = /<html[^>]*\blang="([^"]+)"/.exec(html)![1]!;
			const titleText = decode(/<title>([\s\S]*?)<\/title>/.exec(html)![1]!);
			const siteTitle = siteTitles[htmlLang as keyof typeof siteTitles];
			expect(frontmatter['title'], where).toBe(titleText === siteTitle ? siteTitle : titleText.replace(` | ${siteTitle}`, ''));
			expect(frontmatter['description'], where).toBe(decode(/<meta name="description" content="([^"]*)"/.exec(html)![1]!));
			// The language of the text: English where the page is not translated yet.
			expect(frontmatter['language'], where).toBe(html.includes('class="fallback-content"') ? 'en' : htmlLang);
			const shown = /<footer[\s\S]*?<time datetime="(\d{4}-\d\d-\d\d)/.exec(html)?.[1];
			expect(shown, `${where}: the page shows no date`).toBeTruthy();
			expect(frontmatter['last_updated'], where).toBe(shown);
			const cited = [...(/<section class="sources[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/<a href="([^"]+)"/g)].map((m) =>
				decode(m[1]!),
			);
			const sources = (frontmatter['sources'] ?? []) as { title: string; url: string }[];
			expect(
				sources.map((s) => s.url),
				where,
			).toEqual(cited);
			for (const s of sources) expect(Object.keys(s)).toEqual(['title', 'url']);
		}
	});

	it('of a chapter hold its text: the h1, every h2, every table as a GFM table, every link', () => {
		const chapters = pages.filter((p) => chapterPaths.has(p.urlPath));
		expect(chapters.length).toBeGreaterThan(300);
		for (const { urlPath, html, twinFile } of chapters) {
			const { tree } = readTwin(twinFile);
			const main = content(html);
			const headings = mdNodes(tree, 'heading');
			expect(headings.filter((h) => h.depth === 1).map(mdText), urlPath).toEqual([
				decode(/<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!),
			]);
			expect(
				headings.filter((h) => h.depth === 2).map((h) => collapse(mdText(h))),
				urlPath,
			).toEqual(selectAll('h2', main).map((h) => collapse(hastText(h))));
			const tables = selectAll('table', main);
			const mdTables = mdNodes(tree, 'table');
			expect(mdTables.length, `${urlPath}: tables`).toBe(tables.length);
			tables.forEach((table, i) => {
				expect(mdTables[i]!.children.length, `${urlPath}: rows of table ${i + 1}`).toBe(selectAll('tr', table).length);
				expect(
					mdTables[i]!.children[0]!.children.map((c) => collapse(mdText(c))),
					`${urlPath}: header of table ${i + 1}`,
				).toEqual(selectAll('thead th', table).map((c) => collapse(hastText(c))));
			});
			const links = new Set(mdNodes(tree, 'link').map((l) => l.url));
			const hrefs = selectAll('a[href]', main)
				.filter((a) => !(a.properties['className'] as string[] | undefined)?.includes('sl-anchor-link'))
				.map((a) => String(a.properties['href']));
			expect(
				hrefs.filter((h) => !links.has(h)),
				urlPath,
			).toEqual([]);
		}
	});

	it('are Markdown that parses back and prints the same, with internal links as absolute paths', () => {
		// The licence pages share one template: four of each language's 62 stand for them (the matrix
		// pages, a megabyte each, are left to the other tests).
		const sample = /\/reference\/licences\/(?!mit\/|gpl-3\.0-or-later\/|cc-by-sa-4\.0\/|busl-1\.1\/)[^/]+\/$/;
		for (const { urlPath, twinFile } of pages.filter((p) => !sample.test(p.urlPath))) {
			const { body, tree } = readTwin(twinFile);
			const printed = toMarkdown(tree, markdownStyle);
			expect(printed, urlPath).toBe(body);
			const relative = mdNodes(tree, 'link').filter((l) => !/^(\/|#|https?:|mailto:)/.test(l.url));
			expect(
				relative.map((l) => l.url),
				urlPath,
			).toEqual([]);
		}
	});

	it('leave the screen-only chrome out and keep code blocks with their language', () => {
		for (const { urlPath, twinFile } of pages) {
			const text = readFileSync(twinFile, 'utf8');
			expect(text, urlPath).not.toMatch(/Section titled|sl-anchor|data-pdf-meta|Copy to clipboard|NNN/);
		}
		const { tree } = readTwin(join(dist, 'governance/writing-governance-md/index.md'));
		const html = readFileSync(join(dist, 'governance/writing-governance-md/index.html'), 'utf8');
		const languages = [...html.matchAll(/<pre data-language="([^"]+)"/g)].map((m) => m[1]);
		expect(languages.length).toBeGreaterThan(0);
		expect(mdNodes(tree, 'code').map((c) => c.lang)).toEqual(languages);
	});

	it('hold what the reference components render: the licence table, the glossary, the templates, the events', () => {
		const licences = readTwin(join(dist, 'reference/licence-quick-reference/index.md'));
		const ids = readLicences(projectRoot)
			.filter((l) => l.quick_reference)
			.map((l) => l.id);
		const [table] = mdNodes(licences.tree, 'table');
		expect(table!.children.length).toBe(ids.length + 1);
		for (const id of ids)
			expect(
				table!.children.some((row) => mdText(row.children[0]!).includes(id)),
				id,
			).toBe(true);

		const glossary = readTwin(join(dist, 'reference/glossary/index.md'));
		const terms = readGlossary(projectRoot);
		const strong = new Set(mdNodes(glossary.tree, 'strong').map((s) => mdText(s)));
		expect(terms.filter((t) => ![...strong].some((s) => s.startsWith(t.term))).map((t) => t.term)).toEqual([]);

		const templates = readTwin(join(dist, 'reference/templates/index.md'));
		const code = mdNodes(templates.tree, 'code');
		for (const file of readdirSync(join(projectRoot, 'content/templates')).filter((f) => f.endsWith('.md'))) {
			const block = code.find((c) => c.meta === `title="${file}"`);
			expect(block?.lang, file).toBe('markdown');
			expect(block?.value, file).toBe(readFileSync(join(projectRoot, 'content/templates', file), 'utf8').replace(/\n$/, ''));
		}

		const events = readTwin(join(dist, 'events/index.md'));
		const eventLinks = mdNodes(events.tree, 'link').map((l) => l.url);
		for (const file of readdirSync(join(projectRoot, 'content/events')))
			expect(eventLinks, file).toContain(`/events/${file.replace(/\.yaml$/, '')}/`);
	});

	it('are linked from their page, by "View as Markdown" and by an alternate link in the head', () => {
		for (const { urlPath, html } of pages) {
			const twin = `${urlPath}index.md`;
			expect(html, urlPath).toContain(`<link rel="alternate" type="text/markdown"`);
			expect(/<link rel="alternate" type="text\/markdown"[^>]*href="([^"]+)"/.exec(html)?.[1], urlPath).toBe(twin);
			expect(/<p class="page-actions[^"]*"[^>]*><a href="([^"]+)"/.exec(html)?.[1], urlPath).toBe(twin);
		}
		expect(readFileSync(join(dist, '404.html'), 'utf8')).not.toContain('text/markdown');
	});

	it('are served as text/markdown, and llms.txt as text/plain, in UTF-8', () => {
		const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
		expect(headersFor(rules, '/fr/licensing/licence-compatibility/index.md')['Content-Type']).toBe('text/markdown; charset=utf-8');
		expect(headersFor(rules, '/ar/llms-full.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
		const nginx = readFileSync(join(dist, '_nginx-headers.conf'), 'utf8');
		expect(nginx).toContain('location ~* \\.md$ { types { } default_type "text/markdown; charset=utf-8"; }');
	});
});

describe('llms.txt', () => {
	it.each(keys)('of %s lists every guide page the site serves in that language, with its summary', (locale) => {
		const text = readFileSync(join(dist, prefix(locale), 'llms.txt'), 'utf8');
		const { lang } = locales[locale];
		expect(text.startsWith(`# ${siteTitles[lang]}\n\n> `)).toBe(true);
		expect(text).toMatch(/\n## Optional\n/);
		for (const english of guidePages) {
			const page = served(locale, english);
			const twin = `${prefix(locale)}/${english.slug}/index.md`;
			expect(existsSync(join(dist, twin)), twin).toBe(true);
			const summary = collapse(String(page.frontmatter['summary']));
			expect(text, twin).toContain(`](${site}${twin}): ${summary}\n`);
		}
		// Reference pages are optional reading.
		const optional = text.slice(text.indexOf('\n## Optional\n'));
		expect(optional).toContain(`](${site}${prefix(locale)}/reference/glossary/index.md): `);
	});

	it.each(keys)('of %s has an llms-full.txt with every guide page of that language', (locale) => {
		const full = readFileSync(join(dist, prefix(locale), 'llms-full.txt'), 'utf8');
		for (const english of guidePages) {
			const title = String(served(locale, english).frontmatter['title']);
			expect(full, title).toContain(`\n# ${title}\n`);
		}
		expect(readFileSync(join(dist, prefix(locale), 'llms.txt'), 'utf8')).toContain(
			`[llms-full.txt](${site}${prefix(locale)}/llms-full.txt)`,
		);
	});

	it('is linked from the downloads page of every language', () => {
		for (const locale of keys) {
			const html = readFileSync(join(dist, prefix(locale), 'downloads/index.html'), 'utf8');
			expect(html).toContain(`href="${prefix(locale)}/llms.txt"`);
			expect(html).toContain(`href="${prefix(locale)}/llms-full.txt"`);
		}
	});
});

describe(`under the base path ${builds.kc.base}/`, () => {
	const kc = builds.kc.outDir;
	it('twins, the links to them and llms.txt carry the base', () => {
		const html = readFileSync(join(kc, 'licensing/licence-compatibility/index.html'), 'utf8');
		expect(/<link rel="alternate" type="text\/markdown"[^>]*href="([^"]+)"/.exec(html)?.[1]).toBe(
			'/kc/licensing/licence-compatibility/index.md',
		);
		expect(html).toMatch(/<p class="page-actions[^"]*"[^>]*><a href="\/kc\/licensing\/licence-compatibility\/index\.md"/);
		const { tree } = readTwin(join(kc, 'licensing/licence-compatibility/index.md'));
		expect(mdNodes(tree, 'link').map((l) => l.url)).toContain('/kc/reference/licence-quick-reference/');
		expect(readFileSync(join(kc, 'fr/llms.txt'), 'utf8')).toContain(
			`](${builds.kc.env.SITE_URL}/kc/fr/licensing/licence-compatibility/index.md): `,
		);
	});
});

describe('"Copy page as Markdown" in a real browser', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openSite(dist);
	});
	afterAll(async () => session?.close());

	it.each([
		{ path: '/licensing/licence-compatibility/', lang: 'en' },
		{ path: '/ar/licensing/licence-compatibility/', lang: 'ar' },
	])('copies $path as its twin and says so to screen readers', async ({ path, lang }) => {
		const t = (key: string) => label(lang, key);
		const { page, context, foreign } = await session.newPage();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
		await page.goto(`${session.origin}${path}`);
		const button = page.getByRole('button', { name: t('pageActions.copy') });
		await button.click();
		await expect.poll(() => page.locator('.page-actions [role="status"]').textContent()).toBe(t('pageActions.copied'));
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(readFileSync(join(dist, path, 'index.md'), 'utf8'));
		expect(foreign).toEqual([]);
	});

	it('shows only the link without JavaScript, and the link opens the Markdown', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`${session.origin}/fr/licensing/licence-compatibility/`);
			const t = (key: string) => label('fr', key);
			expect(await page.getByRole('button', { name: t('pageActions.copy') }).count()).toBe(0);
			const link = page.getByRole('link', { name: t('pageActions.view') });
			const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
			expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
			expect(await response.text()).toContain('\nlanguage: fr\n');
		} finally {
			await context.close();
		}
	});
});
