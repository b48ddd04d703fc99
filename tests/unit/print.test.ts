import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/format';
import { termsUsedIn } from '../../src/lib/glossary';
import { guideEntries, isPrintPath, pdfPath, printPath } from '../../src/pdf/edition';
import { sectionPages } from '../../src/pdf/contract';

const entry = (id: string, order?: number) => ({ id, data: { title: id, sidebar: { order } } });

describe('guideEntries', () => {
	const entries = [
		entry('licensing', 0),
		entry('licensing/b', 2),
		entry('licensing/a', 1),
		entry('licensing/c'),
		entry('fr/licensing/b', 2),
		entry('fr/licensing', 0),
		entry('governance/x', 1),
	];

	it('lists English chapters in sidebar order', () => {
		const { overview, chapters } = guideEntries(entries, 'licensing', 'root');
		expect(overview?.entry.id).toBe('licensing');
		expect(chapters.map((c) => c.entry.id)).toEqual(['licensing/a', 'licensing/b', 'licensing/c']);
		expect(chapters.every((c) => c.translated)).toBe(true);
	});

	it('uses translations where they exist and marks English stand-ins', () => {
		const { overview, chapters } = guideEntries(entries, 'licensing', 'fr');
		expect(overview).toMatchObject({ entry: { id: 'fr/licensing' }, translated: true });
		expect(chapters.map((c) => [c.entry.id, c.translated])).toEqual([
			['licensing/a', false],
			['fr/licensing/b', true],
			['licensing/c', false],
		]);
	});
});

describe('paths', () => {
	it('name PDFs and print pages by guide and language', () => {
		expect(pdfPath('governance', 'root')).toBe('downloads/unite-open-source-governance-en.pdf');
		expect(pdfPath('governance', 'zh-cn')).toBe('downloads/unite-open-source-governance-zh-cn.pdf');
		expect(printPath('governance', 'root')).toBe('/print/governance/');
		expect(printPath('governance', 'ar')).toBe('/ar/print/governance/');
	});

	it('recognize print editions, so that the sitemap leaves them out', () => {
		expect(isPrintPath(printPath('governance', 'root'))).toBe(true);
		expect(isPrintPath(printPath('governance', 'zh-cn'))).toBe(true);
		expect(isPrintPath('/licensing/printing-guides/')).toBe(false);
		expect(isPrintPath('/governance/')).toBe(false);
	});
});

describe('sectionPages (the contents matched to bookmarks by order)', () => {
	const outline = [
		{ title: 'Cover', page: 1 },
		{ title: 'Contents', page: 2 },
		{ title: 'Who this is for', page: 3 },
		{ title: 'Chapter one', page: 4 },
		{ title: 'Chapter one', page: 9 },
	];

	it('gives each section the page of the bookmark at its heading’s position, titles aside', () => {
		// Two chapters with the same title, and one whose bookmark title Chromium reversed, still match.
		const pages = sectionPages([undefined, undefined, 'print-who', 'chapter-a', 'chapter-b'], outline);
		expect([...pages]).toEqual([
			['print-who', 3],
			['chapter-a', 4],
			['chapter-b', 9],
		]);
	});

	it('refuses to guess when headings and bookmarks differ in number', () => {
		expect(() => sectionPages(['print-who', 'chapter-a'], outline)).toThrow(/2 top-level headings but the PDF has 5/);
	});
});

describe('termsUsedIn', () => {
	const terms = [
		{ id: 'cla', term: 'CLA', expansion: 'Contributor Licence Agreement', aliases: [] },
		{ id: 'copyleft', term: 'Copyleft', aliases: [] },
		{ id: 'sbom', term: 'SBOM', expansion: 'Software bill of materials', aliases: ['软件物料清单'] },
	];

	it('matches acronyms case-sensitively and words in any case', () => {
		expect(termsUsedIn('Read the clause carefully.', terms)).toEqual([]);
		expect(termsUsedIn('Sign the CLA first.', terms).map((t) => t.id)).toEqual(['cla']);
		expect(termsUsedIn('Strong copyleft licences…', terms).map((t) => t.id)).toEqual(['copyleft']);
	});

	it('matches expansions and aliases, including Chinese', () => {
		expect(termsUsedIn('Publish a software bill of materials.', terms).map((t) => t.id)).toEqual(['sbom']);
		expect(termsUsedIn('发布软件物料清单。', terms).map((t) => t.id)).toEqual(['sbom']);
	});

	it('matches an Arabic term with the article and attached words on any of its words', () => {
		const arabic = [{ id: 'open-source', term: 'مصدر مفتوح', aliases: [] }];
		expect(termsUsedIn('مشروعات المصدر المفتوح', arabic)).toHaveLength(1);
		expect(termsUsedIn('وبالمصدر المفتوح', arabic)).toHaveLength(1);
		expect(termsUsedIn('للمصدر المفتوح', arabic)).toHaveLength(1);
		expect(termsUsedIn('برمجيات مفتوحة', arabic)).toHaveLength(0);
	});
});

describe('formatBytes', () => {
	it('writes sizes in the reader’s language', () => {
		expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
		expect(formatBytes(840_000, 'en')).toBe('840 kB');
		expect(formatBytes(1_234_567, 'fr')).toMatch(/^1,2\s?Mo$/);
	});
});
