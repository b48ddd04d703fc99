import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { localizedTerm, readGlossary, readTermbase } from '../../src/lib/glossary';
import { guides, sections } from '../../src/lib/guides';
import { htmlFiles, urlPathOf } from '../../src/lib/html-files';
import { locales } from '../../src/lib/locales';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { htmlLangDir, page } from '../helpers/dist';

/** The JSON-LD the pages carry (src/structured-data/), read back as a search engine reads it. */
const dist = builds.root.outDir;
const site = builds.root.env.SITE_URL;

type Node = Record<string, unknown> & { '@type'?: string };
interface Crumb {
	position: number;
	name: string;
	item: string;
}

/** The page's JSON-LD scripts, parsed: ours is one graph; an event page's details add an Event of their own. */
function scripts(html: string): Node[] {
	return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Node);
}
function nodes(html: string, type: string): Node[] {
	return scripts(html)
		.flatMap((s) => (s['@graph'] as Node[] | undefined) ?? [s])
		.filter((n) => n['@type'] === type);
}
const decode = (s: string) =>
	s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
const attr = (html: string, pattern: RegExp) => {
	const value = pattern.exec(html)?.[1];
	return value === undefined ? undefined : decode(value);
};
const canonicalOf = (html: string) => attr(html, /<link rel="canonical" href="([^"]*)"/);
const ogTitle = (html: string) => attr(html, /<meta property="og:title" content="([^"]*)"/);
const siteName = (html: string) => attr(html, /<meta property="og:site_name" content="([^"]*)"/);
const i18n = (lang: string) => JSON.parse(readFileSync(join(projectRoot, `content/i18n/${lang}.json`), 'utf8')) as Record<string, string>;

const prefixes = Object.entries(locales).map(([key, l]) => ({ key, lang: l.lang, prefix: key === 'root' ? '' : `/${key}` }));
const pages = htmlFiles(dist).map((file) => ({ file, path: urlPathOf(dist, file) }));
const isErrorPage = (path: string) => /^\/(?:[a-z-]+\/)?404(?:\.html|\/)$/.test(path);
const described = pages.filter((p) => !isErrorPage(p.path));

describe('every page', () => {
	it('carries JSON-LD on schema.org that parses, with no raw “<” that could end a script early', () => {
		const wrong: string[] = [];
		for (const { file, path } of described) {
			const html = readFileSync(file, 'utf8');
			const texts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			if (texts.length === 0) wrong.push(`${path}: no JSON-LD`);
			for (const text of texts) {
				if (text.includes('<')) wrong.push(`${path}: unescaped <`);
				if ((JSON.parse(text) as { '@context'?: unknown })['@context'] !== 'https://schema.org') wrong.push(`${path}: not schema.org`);
			}
		}
		expect(described.length).toBeGreaterThan(500);
		expect(wrong).toEqual([]);
	});

	it('has a breadcrumb trail from its language’s home to itself, each step a page of the site', () => {
		const built = new Set(pages.map((p) => `${site}${p.path}`));
		const wrong: string[] = [];
		for (const { file, path } of described) {
			const html = readFileSync(file, 'utf8');
			const lists = nodes(html, 'BreadcrumbList');
			if (lists.length !== 1) {
				wrong.push(`${path}: ${lists.length} breadcrumb lists`);
				continue;
			}
			const crumbs = lists[0]!['itemListElement'] as Crumb[];
			const { prefix } = prefixes.find((p) => p.lang === htmlLangDir(html).lang)!;
			const first = crumbs[0]!;
			const last = crumbs.at(-1)!;
			const isHome = path === `${prefix}/`;
			if (crumbs.some((c, i) => c.position !== i + 1)) wrong.push(`${path}: positions ${crumbs.map((c) => c.position).join(',')}`);
			if (first.item !== `${site}${prefix}/` || first.name !== siteName(html))
				wrong.push(`${path}: first step ${first.name} ${first.item}`);
			if (last.item !== canonicalOf(html)) wrong.push(`${path}: last step ${last.item} is not the canonical ${canonicalOf(html)}`);
			if (last.name !== (isHome ? siteName(html) : ogTitle(html))) wrong.push(`${path}: last step named ${last.name}`);
			// Home; a section's overview; or a page of a section: every other page belongs to one.
			const steps = isHome ? 1 : sections.some((s) => path === `${prefix}/${s.slug}/`) ? 2 : 3;
			if (crumbs.length !== steps) wrong.push(`${path}: ${crumbs.length} steps, not ${steps}`);
			for (const c of crumbs) if (!built.has(c.item)) wrong.push(`${path}: step ${c.item} is no page`);
		}
		expect(wrong).toEqual([]);
	});

	it('names the steps in the page’s language: a section by its label in the topic switcher', () => {
		for (const { prefix } of prefixes) {
			const html = page(dist, `${prefix}/licensing/licence-compatibility/`);
			const crumbs = nodes(html, 'BreadcrumbList')[0]!['itemListElement'] as Crumb[];
			// Starlight's topic switcher (starlight-sidebar-topics) shows the section's label.
			const topic = new RegExp(
				`<a href="${prefix}/licensing/" class="starlight-sidebar-topics-current[^"]*">[\\s\\S]*?</svg></div><div[^>]*>([^<]+)</div>`,
			).exec(html)?.[1];
			expect(topic, `${prefix}: the topic switcher's label`).toBeTruthy();
			expect(crumbs[1]).toEqual({ '@type': 'ListItem', position: 2, name: decode(topic!.trim()), item: `${site}${prefix}/licensing/` });
		}
		// The About topic lists pages that live in other folders: they sit in the About section.
		const partner = nodes(page(dist, '/fr/partnerships/member-states/'), 'BreadcrumbList')[0]!['itemListElement'] as Crumb[];
		expect(partner.map((c) => c.item)).toEqual([`${site}/fr/`, `${site}/fr/about/`, `${site}/fr/partnerships/member-states/`]);
	});

	it('except error pages, which are not to be indexed', () => {
		const errors = pages.filter((p) => isErrorPage(p.path));
		expect(errors).toHaveLength(prefixes.length);
		for (const { file, path } of errors) expect(scripts(readFileSync(file, 'utf8')), path).toEqual([]);
	});
});

describe.each(prefixes)('chapters in $lang', ({ key, lang, prefix }) => {
	const translated = new Set(contentFiles(projectRoot).map((f) => (f.locale === 'root' ? f.slug : `${f.locale}/${f.slug}`)));
	const chapters = contentFiles(projectRoot).filter((f) => f.locale === 'root' && guides.some((g) => f.slug.startsWith(`${g.slug}/`)));
	const strings = i18n(lang);

	it('are each a TechArticle of their guide, with the page’s own title, dates, language and address', () => {
		expect(chapters.length).toBeGreaterThan(50);
		const wrong: string[] = [];
		for (const chapter of chapters) {
			const path = `${prefix}/${chapter.slug}/`;
			const html = page(dist, path);
			const articles = nodes(html, 'TechArticle');
			if (articles.length !== 1) {
				wrong.push(`${path}: ${articles.length} articles`);
				continue;
			}
			const a = articles[0]!;
			const check = (field: string, actual: unknown, expected: unknown) => {
				if (JSON.stringify(actual) !== JSON.stringify(expected))
					wrong.push(`${path}: ${field} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`);
			};
			const isTranslated = key === 'root' || translated.has(`${key}/${chapter.slug}`);
			const canonical = canonicalOf(html);
			check('url', a['url'], canonical);
			check('mainEntityOfPage', a['mainEntityOfPage'], { '@type': 'WebPage', '@id': canonical });
			check('headline', a['headline'], ogTitle(html));
			check('description', a['description'], attr(html, /<meta name="description" content="([^"]*)"/));
			// An untranslated page is English text in the language's frame, and says so.
			check('inLanguage', a['inLanguage'], isTranslated ? htmlLangDir(html).lang : 'en');
			// The date the page shows under "Last updated".
			const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
			check('dateModified', a['dateModified'], /<time datetime="([^"]+)"/.exec(footer)?.[1]);
			const published = String(a['datePublished']);
			if (!(Date.parse(published) <= Date.parse(String(a['dateModified'])))) wrong.push(`${path}: published ${published}`);
			check('license', a['license'], 'https://creativecommons.org/licenses/by/4.0/');
			check('publisher', a['publisher'], { '@type': 'Organization', name: strings['print.publisher'] });
			const guide = chapter.slug.split('/')[0];
			const overview = page(dist, `${prefix}/${guide}/`);
			check('isPartOf', a['isPartOf'], {
				'@type': 'CreativeWork',
				'@id': `${site}${prefix}/${guide}/`,
				name: ogTitle(overview),
				url: `${site}${prefix}/${guide}/`,
				inLanguage: key === 'root' || translated.has(`${key}/${guide}`) ? lang : 'en',
			});
		}
		expect(wrong).toEqual([]);
	});

	it('name the licence the footer names', () => {
		expect(strings['footer.licence']).toContain('CC BY 4.0');
		const a = nodes(page(dist, `${prefix}/licensing/licence-compatibility/`), 'TechArticle')[0]!;
		expect(a['license']).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
	});

	it('only chapters are articles: not overviews, reference pages or events', () => {
		for (const path of ['/', '/licensing/', '/reference/glossary/', '/events/ospos-for-good-2024/', '/about/'])
			expect(nodes(page(dist, `${prefix}${path}`), 'TechArticle'), path).toEqual([]);
	});
});

describe.each(prefixes)('the glossary in $lang', ({ key, prefix }) => {
	const html = page(dist, `${prefix}/reference/glossary/`);
	const sets = nodes(html, 'DefinedTermSet');
	const terms = readGlossary(projectRoot);
	const termbase = key === 'root' ? undefined : readTermbase(key, projectRoot);

	it('is a DefinedTermSet with one term per entry of terms.yaml, each at an anchor that exists on the page', () => {
		expect(sets).toHaveLength(1);
		const set = sets[0]!;
		const url = canonicalOf(html)!;
		expect(set['url']).toBe(url);
		expect(set['name']).toBe(ogTitle(html));
		const defined = set['hasDefinedTerm'] as Node[];
		expect(defined).toHaveLength(terms.length);
		const missing = defined
			.map((t) => String(t['url']))
			.filter((u) => !u.startsWith(`${url}#`) || !html.includes(`id="${u.slice(url.length + 1)}"`));
		expect(missing).toEqual([]);
		expect(new Set(defined.map((t) => t['url']))).toEqual(new Set(terms.map((t) => `${url}#${t.id}`)));
		for (const t of defined) expect(t['inDefinedTermSet']).toEqual({ '@id': set['@id'] });
	});

	it('names and defines each term as the page does, from the termbase of its language', () => {
		const byUrl = new Map((sets[0]!['hasDefinedTerm'] as Node[]).map((t) => [String(t['url']).split('#')[1], t]));
		for (const term of terms) {
			const shown = localizedTerm({ ...term }, termbase);
			expect(byUrl.get(term.id), term.id).toMatchObject({ '@type': 'DefinedTerm', name: shown.term, description: shown.definition.trim() });
		}
	});
});
