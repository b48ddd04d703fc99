import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { initEpubFile } from '@lingo-reader/epub-parser';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EpubManifestEntry } from '../../src/epub/index';
import { guides } from '../../src/lib/guides';
import { dirOf, locales, type LocaleKey } from '../../src/lib/locales';
import { epubPath, guideEntries } from '../../src/pdf/edition';
import { builds } from '../helpers/builds';
import { docFiles } from '../helpers/content';

const dist = builds.root.outDir;
const manifest = JSON.parse(readFileSync(join(dist, 'downloads/epub-manifest.json'), 'utf8')) as EpubManifestEntry[];
const files = docFiles();
const entries = files.map((f) => ({
	id: f.id,
	data: { title: String(f.frontmatter['title']), sidebar: { order: (f.frontmatter['sidebar'] as { order?: number } | undefined)?.order } },
}));
const editions = guides
	.filter((g) => entries.some((e) => e.id === g.slug))
	.flatMap((g) => (Object.keys(locales) as LocaleKey[]).map((locale) => ({ guide: g.slug, locale, lang: locales[locale].lang })));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** The files of an EPUB, decoded as text. */
function unzip(file: string): Map<string, string> {
	const zip = unzipSync(new Uint8Array(readFileSync(join(dist, file))));
	return new Map(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('EPUB editions', () => {
	it('exist for every guide in every language, and only those', () => {
		expect(editions.length).toBeGreaterThanOrEqual(36);
		expect(manifest.map((m) => m.file).sort()).toEqual(editions.map((e) => epubPath(e.guide, e.locale)).sort());
	});

	it.each(['', 'fr/', 'ar/'])(
		'the %sdownloads page offers each guide’s EPUB in six languages, with its size in the page’s language',
		(prefix) => {
			const page = readFileSync(join(dist, prefix, 'downloads/index.html'), 'utf8');
			const pageLang = /<html[^>]* lang="([^"]+)"/.exec(page)![1]!;
			for (const { file } of manifest) {
				const meta = new RegExp(`<span[^>]*data-file-meta="${file}"[^>]*data-lang="([^"]+)"[^>]*>\\(([^)]+)\\)</span>`).exec(page);
				expect(meta?.[1], `${prefix}downloads: ${file}`).toBe(pageLang);
				expect(meta?.[2], `${prefix}downloads: size of ${file}`).toMatch(/\d/);
				expect(page).toContain(`href="/${file}" type="application/epub+zip"`);
			}
		},
	);

	describe.each(editions)('$guide in $lang', ({ guide, locale, lang }) => {
		const file = epubPath(guide, locale);
		const { chapters, overview } = guideEntries(entries, guide, locale);

		it('is valid EPUB 3 (EPUBCheck rules: no error, no warning)', async () => {
			const result = await EpubCheck.validate(new Uint8Array(readFileSync(join(dist, file))));
			const problems = result.messages.filter((m) => ['fatal', 'error', 'warning'].includes(m.severity));
			expect(problems.map((m) => `${m.id} ${m.location?.path ?? ''}:${m.location?.line ?? ''} ${m.message}`)).toEqual([]);
			expect(result.version).toMatch(/^3/);
		});

		it('carries its title, language and edition date, and one navigation entry per chapter', async () => {
			const epub = await initEpubFile(join(dist, file), join(builds.root.outDir, '../epub-resources'));
			const metadata = epub.getMetadata();
			expect(metadata.title).toBe(overview!.entry.data.title);
			expect(metadata.language).toBe(lang);
			const toc = epub.getToc().map((t) => t.label.trim());
			for (const c of chapters)
				expect(toc, `${file}: "${c.entry.data.title}"`).toContain(c.entry.data.title.replace(/[ \t\r\n]+/g, ' ').trim());
			const inManifest = manifest.find((m) => m.file === file)!;
			expect(toc).toEqual(inManifest.sections);
			// Who it is for, the chapters, the appendices and the glossary, the back page: nothing else.
			expect(toc.length).toBeGreaterThanOrEqual(chapters.length + 2);
			expect(toc.length).toBeLessThanOrEqual(chapters.length + 4);
			epub.destroy();
		});

		it('turns its pages in the language’s direction and marks each chapter’s own language', () => {
			const book = unzip(file);
			expect([...book.keys()][0], 'mimetype is the first entry').toBe('mimetype');
			const opf = xml.parse(book.get('EPUB/package.opf')!) as { package: { spine: Record<string, string>; 'xml:lang': string } };
			expect(opf.package.spine['page-progression-direction']).toBe(dirOf(lang));
			expect(opf.package['xml:lang']).toBe(lang);
			for (const c of chapters) {
				const doc = [...book.entries()].find(
					([name, text]) =>
						name.endsWith('.xhtml') &&
						name.includes('chapter-') &&
						text.includes(`<title>${c.entry.data.title.replace(/&/g, '&#x26;')}</title>`),
				);
				expect(doc, `${file}: a document for "${c.entry.data.title}"`).toBeDefined();
				const want = c.translated ? lang : 'en';
				expect(/<html[^>]* lang="([^"]+)"/.exec(doc![1])?.[1], `${file}: ${c.entry.id}`).toBe(want);
				expect(/<html[^>]* dir="([^"]+)"/.exec(doc![1])?.[1]).toBe(c.translated ? dirOf(lang) : 'ltr');
			}
		});

		it('links between its chapters inside the book, to anchors that exist', () => {
			const book = unzip(file);
			const docs = [...book.entries()].filter(([name]) => name.endsWith('.xhtml'));
			const ids = new Map(
				docs.map(([name, text]) => [name.replace('EPUB/', ''), new Set([...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!))]),
			);
			let inside = 0;
			for (const [name, text] of docs) {
				for (const [, href] of text.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
					expect(href, `${file} ${name}: site links are absolute or inside the book`).not.toMatch(/^\//);
					if (/^[a-z]+:/.test(href!)) continue;
					const [target, fragment] = href!.split('#');
					const doc = target || name.replace('EPUB/', '');
					expect(ids.has(doc), `${file} ${name} → ${href}`).toBe(true);
					if (fragment) expect(ids.get(doc)!.has(decodeURIComponent(fragment)), `${file} ${name} → ${href}`).toBe(true);
					inside++;
				}
			}
			expect(inside, `${file}: links inside the book`).toBeGreaterThan(0);
		});
	});
});
