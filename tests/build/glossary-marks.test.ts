import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { locales, type LocaleKey } from '../../src/lib/locales';
import { pageKind } from '../../src/lib/page-kind';
import { projectRoot } from '../helpers/astro-build';
import { builds } from '../helpers/builds';
import { htmlFiles, page } from '../helpers/dist';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface Mark {
	id: string;
	href: string;
	title: string;
	text: string;
	/** Tag names of the mark's ancestors, nearest first. */
	ancestors: string[];
	inContent: boolean;
	inSources: boolean;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
	node.nodeName === '#text'
		? (node as DefaultTreeAdapterMap['textNode']).value
		: 'childNodes' in node
			? node.childNodes.map(textOf).join('')
			: '';

/** Every glossary mark of a built page, with where it sits. */
function marksOf(html: string): Mark[] {
	const marks: Mark[] = [];
	const walk = (node: Node, ancestors: Element[]) => {
		if (!('childNodes' in node)) return;
		if ('tagName' in node && node.tagName === 'a' && attr(node, 'class')?.split(' ').includes('term')) {
			const href = attr(node, 'href') ?? '';
			const classes = ancestors.map((a) => attr(a, 'class') ?? '');
			marks.push({
				id: decodeURIComponent(href.split('#')[1] ?? ''),
				href,
				title: attr(node, 'title') ?? '',
				text: textOf(node),
				ancestors: ancestors.map((a) => a.tagName),
				inContent: classes.some((c) => c.split(' ').includes('sl-markdown-content')),
				inSources: classes.some((c) => c.split(' ').includes('sources')),
			});
		}
		const next = 'tagName' in node ? [node as Element, ...ancestors] : ancestors;
		for (const child of node.childNodes) walk(child, next);
	};
	walk(parse(html), []);
	return marks;
}

/** The ids on a page. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

const dist = builds.root.outDir;
const files = contentFiles(projectRoot);
const chapters = files.filter((f) => f.locale === 'root' && pageKind(f.slug) === 'chapter').map((f) => f.slug);
const translated = new Set(files.filter((f) => f.locale !== 'root').map((f) => `${f.locale}/${f.slug}`));
const prefix = (locale: LocaleKey) => (locale === 'root' ? '' : `/${locale}`);
const pages = (Object.keys(locales) as LocaleKey[]).flatMap((locale) =>
	chapters.map((slug) => ({
		locale,
		path: `${prefix(locale)}/${slug}/`,
		translated: locale === 'root' || translated.has(`${locale}/${slug}`),
	})),
);
const marks = new Map(pages.map((p) => [p.path, marksOf(page(dist, p.path))]));

describe('glossary terms marked where chapters use them', () => {
	it('marks terms in every chapter of every language', () => {
		const counts = pages.map((p) => marks.get(p.path)!.length).sort((a, b) => a - b);
		const bytes = pages.map((p) => {
			const html = page(dist, p.path);
			// What the marks add: the page as built, and the same page with the marks taken out.
			const unmarked = html.replace(/<a class="term" href="[^"]*" title="[^"]*">([^<]*)<\/a>/g, '$1');
			return gzipSync(html).length - gzipSync(unmarked).length;
		});
		bytes.sort((a, b) => a - b);
		const median = (list: number[]) => list[Math.floor(list.length / 2)]!;
		console.log(
			`Glossary marks on ${pages.length} chapter pages: ${counts[0]}–${counts.at(-1)} a page (median ${median(counts)}); ` +
				`${bytes[0]}–${bytes.at(-1)} bytes gzip added (median ${median(bytes)}).`,
		);
		expect(pages.filter((p) => marks.get(p.path)!.length === 0).map((p) => p.path)).toEqual([]);
	});

	it('marks each term once a chapter, in the chapter’s text, never in a heading, link, code or the sources', () => {
		const wrong: string[] = [];
		for (const p of pages) {
			const seen = new Set<string>();
			for (const m of marks.get(p.path)!) {
				if (seen.has(m.id)) wrong.push(`${p.path}: "${m.id}" marked twice`);
				seen.add(m.id);
				const inside = m.ancestors.find((a) => /^(h[1-6]|a|code|pre|abbr|dfn)$/.test(a));
				if (inside) wrong.push(`${p.path}: "${m.text}" inside <${inside}>`);
				if (!m.ancestors.some((a) => /^(p|li|td|dd)$/.test(a))) wrong.push(`${p.path}: "${m.text}" not in prose`);
				if (!m.inContent || m.inSources) wrong.push(`${p.path}: "${m.text}" outside the chapter's text`);
				if (!m.title.trim()) wrong.push(`${p.path}: "${m.text}" has no definition`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('links each mark to an entry on the glossary page of the reader’s language', () => {
		const anchors = new Map((Object.keys(locales) as LocaleKey[]).map((l) => [l, idsOf(page(dist, `${prefix(l)}/reference/glossary/`))]));
		const wrong: string[] = [];
		for (const p of pages) {
			for (const m of marks.get(p.path)!) {
				if (m.href !== `${prefix(p.locale)}/reference/glossary/#${encodeURIComponent(m.id)}`) wrong.push(`${p.path}: ${m.href}`);
				if (!anchors.get(p.locale)!.has(m.id)) wrong.push(`${p.path}: no entry #${m.id} on the glossary page`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('marks Arabic and Chinese chapters with their own terms', () => {
		for (const [locale, script] of [
			['ar', /\p{Script=Arabic}/u],
			['zh-cn', /\p{Script=Han}/u],
		] as const) {
			const own = pages.filter((p) => p.locale === locale && p.translated).flatMap((p) => marks.get(p.path)!);
			expect(own.filter((m) => script.test(m.text)).length, locale).toBeGreaterThan(0);
			expect(own.filter((m) => script.test(m.title)).length, locale).toBe(own.length);
		}
	});

	it('marks nothing outside chapters: glossary, overviews, reference and home pages', () => {
		const others = htmlFiles(dist).filter((f) => {
			const slug = f.replace(/(^|\/)index\.html$/, '').replace(/^(fr|es|ru|zh-cn|ar)(\/|$)/, '');
			return f.endsWith('index.html') && !chapters.includes(slug) && !/(^|\/)print\//.test(f);
		});
		expect(others.length).toBeGreaterThan(50);
		const marked = others.filter((f) => readFileSync(join(dist, f), 'utf8').includes('class="term"'));
		expect(marked).toEqual([]);
	});
});

describe(`glossary marks under the base path ${builds.kc.base}/`, () => {
	it('link to the glossary under the base path', () => {
		const html = page(builds.kc.outDir, '/licensing/licence-compatibility/');
		const found = marksOf(html);
		expect(found.length).toBeGreaterThan(0);
		expect(found.filter((m) => !m.href.startsWith(`${builds.kc.base}/reference/glossary/#`))).toEqual([]);
	});
});
