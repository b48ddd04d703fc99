import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { guides } from '../../src/lib/guides';
import { locales, type LocaleKey } from '../../src/lib/locales';
import { guideEntries, pdfPath } from '../../src/pdf/edition';
import type { PdfManifestEntry } from '../../src/pdf/index';
import { projectRoot } from '../helpers/astro-build';
import { docFiles } from '../helpers/content';
import { builds } from '../helpers/builds';

const dist = builds.root.outDir;
const everything = JSON.parse(readFileSync(join(dist, 'downloads/manifest.json'), 'utf8')) as PdfManifestEntry[];
const manifest = everything.filter((m) => m.kind === 'edition');
const sheets = everything.filter((m) => m.kind === 'sheet');
const strings = (lang: string) =>
	JSON.parse(readFileSync(join(projectRoot, `content/i18n/${lang}.json`), 'utf8')) as Record<string, string>;

// The chapters each edition must hold, from the content files themselves.
const entries = docFiles().map((f) => ({
	id: f.id,
	data: { title: String(f.frontmatter['title']), sidebar: { order: (f.frontmatter['sidebar'] as { order?: number } | undefined)?.order } },
}));
const bodies = new Map(docFiles().map((f) => [f.id, f.body]));
const editions = guides
	.filter((g) => entries.some((e) => e.id === g.slug))
	.flatMap((g) => (Object.keys(locales) as LocaleKey[]).map((locale) => ({ guide: g.slug, locale, lang: locales[locale].lang })));

/** Each PDF is opened and its text extracted once, however many tests read it. */
const loaded = new Map<string, ReturnType<typeof open>>();
const load = (file: string) => {
	if (!loaded.has(file)) loaded.set(file, open(file));
	return loaded.get(file)!;
};
async function open(file: string) {
	const bytes = new Uint8Array(readFileSync(join(dist, file)));
	// pdf.js transfers (detaches) the buffer it is given, so each call gets its own copy.
	const doc = await getDocumentProxy(bytes.slice());
	// One pass over the pages gives their text, their lines with font sizes, and their links.
	const pages: string[] = [];
	const lines: Line[][] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		const items = content.items as { str: string; transform: number[]; height: number; hasEOL?: boolean }[];
		pages.push(items.map((i) => i.str + (i.hasEOL ? '\n' : ' ')).join(''));
		lines.push(linesOf(items, page.view[3]!));
	}
	// pdf-lib reads the objects (links, fonts, tags); pdf.js the text.
	const lib = await PDFDocument.load(bytes, { updateMetadata: false });
	return { doc, lib, pages, lines, links: linksOf(lib), meta: await getMeta(bytes.slice()) };
}

/**
 * Every link annotation: its page, and its target, a named destination, a page number or a URL.
 * Read with pdf-lib, which does it in a quarter of the time pdf.js's getAnnotations took (the
 * same links, checked over all 42 editions when this replaced it).
 */
function linksOf(pdf: PDFDocument): { page: number; dest?: string | number; url?: string }[] {
	const pageRefs = pdf.getPages().map((p) => p.ref);
	const text = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString || v instanceof PDFName ? v.decodeText() : undefined);
	return pdf.getPages().flatMap((p, i) => {
		const annots = p.node.Annots();
		return Array.from({ length: annots?.size() ?? 0 }, (_, k) => annots!.lookup(k, PDFDict))
			.filter((a) => a.get(PDFName.of('Subtype')) === PDFName.of('Link'))
			.map((a) => {
				const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
				const target = a.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
				const explicit = target instanceof PDFArray ? pageRefs.indexOf(target.get(0) as (typeof pageRefs)[number]) + 1 : undefined;
				const dest = explicit ?? text(target);
				const url = action && text(action.lookup(PDFName.of('URI')));
				return { page: i + 1, ...(dest !== undefined ? { dest } : {}), ...(url !== undefined ? { url } : {}) };
			});
	});
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('printable guides', () => {
	it('exist for every guide in every language, and only those', () => {
		expect(editions.length).toBeGreaterThanOrEqual(6);
		expect(manifest.map((m) => m.file).sort()).toEqual(editions.map((e) => pdfPath(e.guide, e.locale)).sort());
		for (const e of editions) expect(existsSync(join(dist, pdfPath(e.guide, e.locale))), pdfPath(e.guide, e.locale)).toBe(true);
	});

	it.each(['', 'ar/', 'zh-cn/'])(
		'the %sdownloads page offers each guide as one card with its six languages, sizes and pages in the page’s language',
		(prefix) => {
			const page = readFileSync(join(dist, prefix, 'downloads/index.html'), 'utf8');
			const pageLang = /<html[^>]* lang="([^"]+)"/.exec(page)![1]!;
			// The guides' cards (the offline packs' card has no PDF).
			const cards = [...page.matchAll(/<section class="download-card(?! offline-card)[^"]*"[^>]*>([\s\S]*?)<\/section>/g)].map(
				(m) => m[1]!,
			);
			const guidesInPdf = new Set(editions.map((e) => e.guide));
			expect(cards.length).toBe(guidesInPdf.size + 1); // and the release checklist's sheet
			for (const card of cards) {
				const links = [...card.matchAll(/<a class="[^"]*\bpdf-download[^>]* href="\/(downloads\/[^"]+\.pdf)"/g)].map((m) => m[1]!);
				expect(links).toHaveLength(6);
				for (const file of links) {
					const meta = new RegExp(`<span[^>]*data-file-meta="${file}"[^>]*data-lang="([^"]+)"[^>]*>\\(([^)]+)\\)</span>`).exec(card);
					expect(meta?.[1], `${prefix}downloads: ${file} size written in the page's language`).toBe(pageLang);
					expect(meta?.[2], `${prefix}downloads: size and pages of ${file}`).toMatch(/\d/);
				}
			}
		},
	);

	describe.each(editions)('$guide in $lang', ({ guide, locale, lang }) => {
		const file = pdfPath(guide, locale);
		const { chapters, overview } = guideEntries(entries, guide, locale);

		it('holds every chapter, in the text and in the bookmarks, titled exactly as the chapters are', async () => {
			const { pages, doc } = await load(file);
			const all = squash(pages.join(' '));
			// Bookmark titles as written, in logical order (Arabic included), spaces kept.
			const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
			for (const c of chapters) {
				if (lang !== 'ar') expect(all, `${file}: chapter "${c.entry.data.title}"`).toContain(squash(c.entry.data.title));
				expect(outline, `${file}: bookmark "${c.entry.data.title}"`).toContain(c.entry.data.title.replace(/\s+/g, ' ').trim());
			}
			const entry = manifest.find((m) => m.file === file)!;
			const firstChapter = entry.outline.find((o) => o.title === chapters[0]!.entry.data.title);
			expect(firstChapter?.page, 'first chapter starts after cover and contents').toBeGreaterThan(2);
			// Page numbers: every page after the cover shows its number.
			for (let i = 1; i < pages.length; i++) expect(pages[i], `${file} page ${i + 1}`).toMatch(new RegExp(`(^|\\D)${i + 1}(\\D|$)`));
			expect(overview).toBeDefined();
		});

		it('leaves no blank page, no heading at the foot of a page, and no page that holds only link notes', async () => {
			const { doc, lines: allLines } = await load(file);
			const problems: string[] = [];
			const notesTitle = strings(lang)['print.links']!;
			for (let n = 1; n <= doc.numPages; n++) if (allLines[n - 1]!.length === 0) problems.push(`page ${n} is blank`);
			// The text starts after the cover and the contents, whose entries are set larger than text.
			const entry = manifest.find((m) => m.file === file)!;
			const firstText = Math.min(...entry.contents.map((c) => c.page));
			for (let n = firstText; n <= doc.numPages; n++) {
				const lines = allLines[n - 1]!;
				if (lines.length === 0) continue;
				const body = median(lines.map((l) => l.size));
				const last = lines.at(-1)!;
				if (last.size >= body * 1.25 && last.text.length < 120) problems.push(`page ${n} ends with the heading "${last.text}"`);
				const notes = lines.filter((l) => /https?:\/\//.test(l.text) || squash(l.text) === squash(notesTitle));
				if (notes.length === lines.length) problems.push(`page ${n} holds only link notes`);
			}
			expect(problems, file).toEqual([]);
		});

		it('links within the PDF lead to pages of the same PDF, and prints no development address', async () => {
			const { doc, pages, links } = await load(file);
			const destinations = await doc.getDestinations();
			let internal = 0;
			for (const a of links) {
				expect(a.url ?? '', `${file} page ${a.page}`).not.toMatch(/localhost|127\.0\.0\.1/);
				if (a.dest === undefined) continue;
				internal++;
				const dest = typeof a.dest === 'string' ? destinations[a.dest] : undefined;
				expect(
					typeof a.dest === 'number' || dest,
					`${file} page ${a.page}: a link to "${String(a.dest)}", which is not in the PDF`,
				).toBeTruthy();
				const page = typeof a.dest === 'number' ? a.dest : (await doc.getPageIndex(dest![0] as Parameters<typeof doc.getPageIndex>[0])) + 1;
				expect(page).toBeGreaterThanOrEqual(1);
				expect(page).toBeLessThanOrEqual(doc.numPages);
			}
			expect(internal, `${file}: the contents at least link inside the PDF`).toBeGreaterThan(chapters.length);
			expect(pages.join(' ')).not.toMatch(/localhost|127\.0\.0\.1/);
		});

		it('ends with a back page: licence, how to cite, and the other languages', async () => {
			const { pages } = await load(file);
			const t = strings(lang);
			const back = squash(pages.at(-1)!);
			if (lang !== 'ar') {
				expect(back).toContain(squash(t['print.backTitle']!));
				expect(back).toContain(squash(t['print.citeAs']!));
			}
			expect(back).toContain('CCBY4.0');
			for (const key of Object.keys(locales) as LocaleKey[])
				expect(back).toContain(`https://kc.example.org/${key === 'root' ? '' : `${key}/`}${guide}/`);
		});

		it('numbers every entry of the contents with the page on which that section starts', async () => {
			const { pages, doc } = await load(file);
			const entry = manifest.find((m) => m.file === file)!;
			const t = strings(lang);
			const chapterIds = chapters.map((c) => `chapter-${c.entry.id.split('/').pop()}`);
			const headings = new Map<string, string>([
				['print-who', t['print.whoFor']!],
				['print-licences', t['print.licenceAppendix']!],
				['print-glossary', t['print.glossary']!],
				...chapters.map((c, i) => [chapterIds[i]!, c.entry.data.title] as [string, string]),
			]);
			expect(entry.contents.map((c) => c.section)).toEqual(expect.arrayContaining(['print-who', ...chapterIds]));
			const destinations = await doc.getDestinations();
			const contentsText = squash(pages.slice(1, entry.contents[0]!.page - 1).join(' '));
			for (const { section, page } of entry.contents) {
				const heading = headings.get(section);
				expect(heading, `${file}: contents entry "${section}" is not a known section`).toBeDefined();
				// Chromium anchors each section's id where the section starts: an account of the
				// layout independent of the bookmarks the numbers were taken from.
				const dest = destinations[section];
				expect(dest, `${file}: no destination for "${section}"`).toBeDefined();
				expect((await doc.getPageIndex(dest![0])) + 1, `${file}: "${heading}" starts on another page than the contents say`).toBe(page);
				expect(contentsText, `${file}: the contents should show page ${page}`).toContain(`${page}`);
				// pdf.js gives Arabic text as presentation forms in visual order; other scripts read as written.
				if (lang !== 'ar') expect(squash(pages[page - 1] ?? ''), `${file}: "${heading}" on page ${page}`).toContain(squash(heading!));
			}
		});

		it('has the language, title and author in its metadata', async () => {
			const { meta } = await load(file);
			const info = meta.info as Record<string, unknown>;
			expect(info['Language']).toBe(lang);
			expect(String(info['Title'])).toContain(overview!.entry.data.title);
			expect(String(info['Author'])).toMatch(/Unite Open Source/);
		});

		it('prints no glossary marks: it links only to the glossary entries its pages link to', async () => {
			// A chapter's marks would each have become a link to the site's glossary, and a link note.
			const { links } = await load(file);
			const printed = links.flatMap((l) => /\/reference\/glossary\/#([^/?#]+)$/.exec(l.url ?? '')?.[1] ?? []);
			const authored = new Set(
				[overview!, ...chapters].flatMap((c) =>
					[...(bodies.get(c.entry.id) ?? '').matchAll(/\/reference\/glossary\/#([\w-]+)/g)].map((m) => m[1]!),
				),
			);
			expect(printed.filter((id) => !authored.has(id))).toEqual([]);
		});

		it('prints the guide’s web address on the cover and external addresses as notes', async () => {
			const { pages } = await load(file);
			const prefix = locale === 'root' ? '' : `${locale}/`;
			expect(squash(pages[0]!)).toContain(`https://kc.example.org/${prefix}${guide}/`);
			const body = pages.slice(2).join(' ');
			// Arabic runs come out of pdf.js a glyph at a time ("[ 1 ]"), so spaces are ignored.
			expect(squash(body)).toMatch(/\[1\]/);
			expect(body).toMatch(/https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
		});
	});

	it.each(['licensing', 'open-sourcing'])('%s carries the licence quick reference as an appendix', async (guide) => {
		const appendix = (JSON.parse(readFileSync(join(projectRoot, 'content/i18n/en.json'), 'utf8')) as Record<string, string>)[
			'print.licenceAppendix'
		]!;
		const entry = manifest.find((m) => m.guide === guide && m.locale === 'root')!;
		expect(entry.outline.map((o) => o.title)).toContain(appendix);
		const { pages } = await load(entry.file);
		const text = squash(pages.join(' '));
		for (const id of ['Apache-2.0', 'GPL-3.0-only', 'EUPL-1.2', 'CERN-OHL-S-2.0']) expect(text).toContain(id);
	});

	it('prints Arabic in Arabic script with an embedded Arabic font, and Chinese with a CJK font', async () => {
		for (const [locale, script, font] of [
			['ar', /\p{Script=Arabic}/u, /NotoSansArabic/],
			['zh-cn', /\p{Script=Han}/u, /NotoSansSC/],
		] as const) {
			const file = pdfPath(editions[0]!.guide, locale);
			const { pages, lib } = await load(file);
			expect(pages.slice(0, 2).join(' '), file).toMatch(script);
			expect(fontNames(lib), file).toEqual(expect.arrayContaining([expect.stringMatching(font)]));
		}
	});

	it.each(Object.keys(locales) as LocaleKey[])(
		'prints the release checklist as a one- or two-page sheet to tick, in %s',
		async (locale) => {
			const sheet = sheets.find((m) => m.locale === locale)!;
			expect(sheet, `no checklist sheet in ${locale}`).toBeDefined();
			expect(sheet.pages).toBeLessThanOrEqual(2);
			const { pages } = await load(sheet.file);
			const text = squash(pages.join(' '));
			const source =
				docFiles().find((f) => f.id === (locale === 'root' ? '' : `${locale}/`) + 'open-sourcing/release-checklist') ??
				docFiles().find((f) => f.id === 'open-sourcing/release-checklist')!;
			const actions = [...source.body.matchAll(/^- \[ \] \*\*(.+?)\*\*/gm)].map((m) => m[1]!.replace(/[.。]$/, ''));
			expect(actions.length).toBeGreaterThanOrEqual(40);
			if (locale !== 'ar') for (const a of actions) expect(text, `${sheet.file}: "${a}"`).toContain(squash(a));
			// Offered on the checklist's own page and on the downloads page, with its size and pages.
			const prefix = locale === 'root' ? '' : `${locale}/`;
			for (const html of [`${prefix}open-sourcing/release-checklist/index.html`, 'downloads/index.html']) {
				const page = readFileSync(join(dist, html), 'utf8');
				expect(page, `${html} links to ${sheet.file}`).toContain(`href="/${sheet.file}"`);
				const meta = new RegExp(`<span[^>]*data-file-meta="${sheet.file}"[^>]*>\\(([^)]+)\\)</span>`).exec(page);
				expect(meta?.[1], `${html}: size and pages of ${sheet.file}`).toMatch(/\d/);
			}
		},
	);

	it('is a tagged PDF', async () => {
		const { lib: pdf } = await load(manifest[0]!.file);
		expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
		const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
		expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
	});
});

interface Line {
	text: string;
	size: number;
	y: number;
}

/** The text lines of a page, top to bottom, with their largest font size; running head and page number left out. */
function linesOf(items: { str: string; transform: number[]; height: number }[], height: number): Line[] {
	const lines = new Map<number, Line>();
	for (const item of items) {
		if (!item.str.trim()) continue;
		const y = Math.round(item.transform[5]!);
		// The margins hold the running head and the page number (22 mm, about 62 pt).
		if (y < 62 || y > height - 62) continue;
		const line = lines.get(y) ?? { text: '', size: 0, y };
		line.text += item.str;
		line.size = Math.max(line.size, item.height);
		lines.set(y, line);
	}
	return [...lines.values()].sort((a, b) => b.y - a.y);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Base names of every font embedded in a PDF. */
function fontNames(pdf: PDFDocument): string[] {
	const names = new Set<string>();
	for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
		if (obj instanceof PDFDict && String(obj.get(PDFName.of('Type'))) === '/Font') {
			const base = obj.get(PDFName.of('BaseFont'));
			if (base) names.add(String(base));
		}
	}
	return [...names];
}
