import { EpubCheck } from '@likecoin/epubcheck-ts';
import { strFromU8, unzipSync } from 'fflate';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { packageEpub, type Book } from '../../src/epub/package';
import { bookSection, toXhtml, type LinkMap } from '../../src/epub/xhtml';

const sectionOf = (html: string) => select('article', fromHtml(`<article id="chapter-a">${html}</article>`, { fragment: true }))!;
const links = (origin = 'https://kc.example.org'): LinkMap => ({
	files: new Map([
		['/licensing/a/', 'chapter-a.xhtml'],
		['/ar/licensing/b/', 'chapter-b.xhtml'],
	]),
	ids: new Map([
		['chapter-a.xhtml', new Set(['intro'])],
		['chapter-b.xhtml', new Set(['copyleft'])],
	]),
	origin,
});
const xhtml = (node: Element) => toXhtml(node);

describe('bookSection', () => {
	it('keeps headings but not their anchor links', () => {
		const { node } = bookSection(
			sectionOf(
				'<div class="sl-heading-wrapper level-h2"><h2 id="intro">Intro</h2><a class="sl-anchor-link" href="#intro">§</a></div><p>x</p>',
			),
			links(),
		);
		expect(xhtml(node)).toContain('<h2 id="intro">Intro</h2><p>x</p>');
		expect(xhtml(node)).not.toContain('sl-anchor-link');
	});

	it('turns an Expressive Code figure into a plain code block with its lines and language', () => {
		const { node } = bookSection(
			sectionOf(
				'<div class="expressive-code"><figure class="frame"><figcaption class="header"><span class="title">build.sh</span></figcaption><pre data-language="sh"><code><div class="ec-line"><div class="code">npm ci</div></div><div class="ec-line"><div class="code">npm test &amp;&amp; echo ok</div></div></code></pre><div class="copy"><button>Copy</button></div></figure></div>',
			),
			links(),
		);
		const out = xhtml(node);
		expect(out).toContain(
			'<p class="code-title">build.sh</p><pre dir="ltr"><code class="language-sh">npm ci\nnpm test &#x26;&#x26; echo ok</code></pre>',
		);
		expect(out).not.toMatch(/button|ec-line|figure/);
	});

	it('points links to chapters of the book into the book, keeping anchors that exist there', () => {
		const { node, unlinked } = bookSection(
			sectionOf(
				'<p><a href="/ar/licensing/b/#copyleft">b</a> <a href="/licensing/a/#missing">a</a> <a href="/events/">events</a> <a href="https://spdx.org/">spdx</a> <a href="#intro">up</a></p>',
			),
			links(),
		);
		const out = xhtml(node);
		expect(out).toContain('href="chapter-b.xhtml#copyleft"');
		expect(out).toContain('href="chapter-a.xhtml"');
		expect(out).toContain('href="https://kc.example.org/events/"');
		expect(out).toContain('href="https://spdx.org/"');
		expect(out).toContain('href="#intro"');
		expect(unlinked).toEqual([]);
	});

	it('without a public address, keeps the text of a link it cannot write and reports it', () => {
		const { node, unlinked } = bookSection(sectionOf('<p>See <a href="/events/">the events</a>.</p>'), links(''));
		expect(xhtml(node)).toContain('<p>See <span>the events</span>.</p>');
		expect(unlinked).toEqual(['/events/']);
	});

	it('writes well-formed XML: closed empty elements, quoted boolean attributes, escaped text', () => {
		const { node } = bookSection(sectionOf('<details open><summary>a</summary>x<br>y &lt; z</details>'), links());
		expect(xhtml(node)).toContain('<details open=""><summary>a</summary>x<br></br>y &#x3C; z</details>');
	});
});

const book = (dir: 'ltr' | 'rtl'): Book => ({
	identity: `test/${dir}`,
	title: dir === 'rtl' ? 'دليل الترخيص' : 'Licensing',
	description: 'A guide.',
	lang: dir === 'rtl' ? 'ar' : 'en',
	dir,
	publisher: 'United Nations · Unite Open Source initiative',
	date: '2026-11-30',
	rights: 'CC BY 4.0',
	contentsTitle: dir === 'rtl' ? 'المحتويات' : 'Contents',
	css: 'body { line-height: 1.5; }',
	documents: [
		{
			file: 'cover.xhtml',
			title: 'Cover',
			lang: 'en',
			dir: 'ltr',
			body: [sectionOf('<h1>Licensing</h1>')],
			inToc: false,
			landmark: 'cover',
		},
		{
			file: 'chapter-a.xhtml',
			title: 'A & B',
			lang: 'en',
			dir: 'ltr',
			body: [sectionOf('<h1>A &amp; B</h1><p>Text</p>')],
			inToc: true,
			landmark: 'bodymatter',
		},
	],
});

describe('packageEpub', () => {
	it('stores mimetype first and uncompressed, and turns right-to-left books’ pages the other way', () => {
		for (const dir of ['ltr', 'rtl'] as const) {
			const bytes = packageEpub(book(dir));
			// The OCF container: "mimetype" is the first local file header's name, stored (method 0).
			expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
			expect(bytes[8]).toBe(0);
			const opf = strFromU8(unzipSync(bytes)['EPUB/package.opf']!);
			expect(opf).toContain(`<spine toc="ncx" page-progression-direction="${dir}">`);
			expect(opf).toContain('<dc:title>');
		}
	});

	it('makes the same bytes from the same book, and a valid EPUB 3', async () => {
		const a = packageEpub(book('rtl'));
		expect(Buffer.from(a).equals(Buffer.from(packageEpub(book('rtl'))))).toBe(true);
		const result = await EpubCheck.validate(a);
		expect(result.messages.filter((m) => m.severity !== 'info' && m.severity !== 'usage').map((m) => `${m.id} ${m.message}`)).toEqual([]);
	});
});

describe('packageDocument', () => {
	it('declares inline SVG on the documents that hold it', async () => {
		const { packageDocument } = await import('../../src/epub/package');
		const b = book('ltr');
		b.documents[1]!.body = [sectionOf('<h1>A</h1><figure><svg viewBox="0 0 1 1"><title>Diagram</title></svg></figure>')];
		const opf = packageDocument(b);
		expect(opf).toContain('href="chapter-a.xhtml" media-type="application/xhtml+xml" properties="svg"');
		expect(opf).toMatch(/href="cover.xhtml" media-type="application\/xhtml\+xml"\/>/);
		const result = await EpubCheck.validate(packageEpub(b));
		expect(result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal').map((m) => m.id)).toEqual([]);
	});
});
