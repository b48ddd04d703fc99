import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { xhtmlDocument } from './xhtml';

/** One content document of the book, in reading order. */
export interface BookDocument {
	file: string;
	title: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	body: ElementContent[];
	/** Listed in the navigation document (the cover is not). */
	inToc: boolean;
	/** EPUB structural semantics for the landmarks: cover, bodymatter, backmatter… */
	landmark?: 'cover' | 'bodymatter' | 'backmatter' | undefined;
}

export interface Book {
	/** A stable identity for this guide in this language, the same in every build. */
	identity: string;
	title: string;
	description: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	publisher: string;
	/** YYYY-MM-DD. */
	date: string;
	rights: string;
	contentsTitle: string;
	css: string;
	documents: BookDocument[];
}

const hasSvg = (node: ElementContent): boolean => node.type === 'element' && (node.tagName === 'svg' || node.children.some(hasSvg));

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A name-based UUID (version 5 layout) from the book's identity: the same book keeps its identifier. */
export function bookUuid(identity: string): string {
	const bytes = createHash('sha1').update(`unite-open-source-knowledge-centre:${identity}`).digest().subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const container = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
	<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** The package document: metadata (with accessibility metadata), manifest and spine. */
export function packageDocument(book: Book): string {
	// A content document with inline SVG must say so (EPUB 3.3, manifest item properties).
	const items = book.documents.map(
		(d, i) =>
			`\t\t<item id="d${i}" href="${escapeXml(d.file)}" media-type="application/xhtml+xml"${d.body.some(hasSvg) ? ' properties="svg"' : ''}/>`,
	);
	// The contents page is read after the cover, as in the PDF.
	const spine = book.documents.map((_, i) => `\t\t<itemref idref="d${i}"/>`);
	spine.splice(book.documents[0]?.landmark === 'cover' ? 1 : 0, 0, '\t\t<itemref idref="nav"/>');
	// Right-to-left books turn their pages the other way (EPUB 3.3, page-progression-direction).
	const progression = book.dir === 'rtl' ? ' page-progression-direction="rtl"' : ' page-progression-direction="ltr"';
	return `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${book.lang}" dir="${book.dir}">
	<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
		<dc:identifier id="uid">urn:uuid:${bookUuid(book.identity)}</dc:identifier>
		<dc:title>${escapeXml(book.title)}</dc:title>
		<dc:language>${book.lang}</dc:language>
		<dc:creator>${escapeXml(book.publisher)}</dc:creator>
		<dc:publisher>${escapeXml(book.publisher)}</dc:publisher>
		<dc:date>${book.date}</dc:date>
		<dc:description>${escapeXml(book.description)}</dc:description>
		<dc:rights>${escapeXml(book.rights)}</dc:rights>
		<meta property="dcterms:modified">${book.date}T00:00:00Z</meta>
		<meta property="schema:accessMode">textual</meta>
		<meta property="schema:accessModeSufficient">textual</meta>
		<meta property="schema:accessibilityFeature">structuralNavigation</meta>
		<meta property="schema:accessibilityFeature">tableOfContents</meta>
		<meta property="schema:accessibilityFeature">readingOrder</meta>
		<meta property="schema:accessibilityHazard">none</meta>
		<meta property="schema:accessibilitySummary">Text with headings, lists and tables; no images.</meta>
	</metadata>
	<manifest>
		<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
		<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
		<item id="css" href="style.css" media-type="text/css"/>
${items.join('\n')}
	</manifest>
	<spine toc="ncx"${progression}>
${spine.join('\n')}
	</spine>
</package>
`;
}

/** The navigation document: the contents (one entry per section) and the landmarks. */
export function navigationDocument(book: Book): string {
	const toc = h('nav', { 'epub:type': 'toc', id: 'toc' }, [
		h('h1', book.contentsTitle),
		h(
			'ol',
			book.documents.filter((d) => d.inToc).map((d) => h('li', { lang: d.lang, dir: d.dir }, [h('a', { href: d.file }, d.title)])),
		),
	]);
	const landmarks = h('nav', { 'epub:type': 'landmarks', hidden: true }, [
		h('h2', book.contentsTitle),
		h('ol', [
			...book.documents.filter((d) => d.landmark).map((d) => h('li', [h('a', { 'epub:type': d.landmark!, href: d.file }, d.title)])),
			h('li', [h('a', { 'epub:type': 'toc', href: 'nav.xhtml#toc' }, book.contentsTitle)]),
		]),
	]);
	return xhtmlDocument({ lang: book.lang, dir: book.dir, title: book.contentsTitle, body: [toc, landmarks] });
}

/**
 * The same contents as an NCX, for reading systems that predate EPUB 3's navigation document
 * (older e-readers still read only this).
 */
export function ncxDocument(book: Book): string {
	const points = book.documents
		.filter((d) => d.inToc)
		.map(
			(d, i) =>
				`\t\t<navPoint id="p${i + 1}" playOrder="${i + 1}"><navLabel><text>${escapeXml(d.title)}</text></navLabel><content src="${escapeXml(d.file)}"/></navPoint>`,
		);
	return `<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${book.lang}">
	<head><meta name="dtb:uid" content="urn:uuid:${bookUuid(book.identity)}"/></head>
	<docTitle><text>${escapeXml(book.title)}</text></docTitle>
	<navMap>
${points.join('\n')}
	</navMap>
</ncx>
`;
}

/**
 * The EPUB file: `mimetype` first and uncompressed (EPUB OCF), then the container, the package,
 * the navigation, the style sheet and the content documents. Every entry is dated with the
 * edition, so the same content makes the same bytes.
 */
export function packageEpub(book: Book): Uint8Array {
	const mtime = new Date(`${book.date}T12:00:00Z`);
	const files: Zippable = {
		mimetype: [strToU8('application/epub+zip'), { level: 0 }],
		'META-INF/container.xml': strToU8(container),
		'EPUB/package.opf': strToU8(packageDocument(book)),
		'EPUB/nav.xhtml': strToU8(navigationDocument(book)),
		'EPUB/toc.ncx': strToU8(ncxDocument(book)),
		'EPUB/style.css': strToU8(book.css),
	};
	for (const d of book.documents) {
		files[`EPUB/${d.file}`] = strToU8(xhtmlDocument({ lang: d.lang, dir: d.dir, title: d.title, body: d.body }));
	}
	return zipSync(files, { level: 9, mtime });
}
