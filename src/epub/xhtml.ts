import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';

/** Where each site address of the book lives inside it, and how to write the others. */
export interface LinkMap {
	/** Site path (with base, no hash) → the book file that holds it. */
	files: Map<string, string>;
	/** Book file → the ids it holds, to keep a `#fragment` only where it leads somewhere. */
	ids: Map<string, Set<string>>;
	/** The public origin (SITE_URL), for links to pages that are not in the book; '' when unknown. */
	origin: string;
}

/** Screen-only parts of a web page that mean nothing in a book: heading anchors, copy buttons, styles, scripts. */
const screenOnly = [
	'.sl-anchor-link',
	'script',
	'style',
	'button',
	'.copy',
	'svg[aria-hidden="true"]',
	'.starlight-aside__icon',
	'.file-download',
];

/**
 * A section of the print edition made ready for an EPUB content document: screen-only parts
 * removed, code blocks reduced to plain `<pre><code>`, links to other chapters pointed into the
 * book and other site links made absolute. Returns the links it could not keep (no SITE_URL),
 * which lose their address but keep their text.
 */
export function bookSection(node: Element, links: LinkMap): { node: Element; unlinked: string[] } {
	const section = structuredClone(node);
	const unlinked: string[] = [];
	const remove = new Set<ElementContent>(screenOnly.flatMap((selector) => selectAll(selector, section)));
	visit(section, 'element', (el, index, parent) => {
		if (!parent || index === undefined) return;
		if (remove.has(el)) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		const classes = (el.properties['className'] as string[] | undefined) ?? [];
		// Starlight wraps each heading with its anchor link; the book keeps the heading alone.
		if (classes.includes('sl-heading-wrapper')) {
			parent.children.splice(index, 1, ...el.children);
			return [SKIP, index];
		}
		if (classes.includes('expressive-code')) {
			parent.children.splice(index, 1, ...codeBlock(el));
			return SKIP;
		}
		if (el.tagName === 'a' && typeof el.properties['href'] === 'string') {
			const href = bookHref(el.properties['href'], links);
			if (href === undefined) {
				unlinked.push(el.properties['href']);
				parent.children.splice(index, 1, h('span', el.children));
				return [SKIP, index];
			}
			el.properties['href'] = href;
		}
		return undefined;
	});
	return { node: section, unlinked };
}

/** An address inside the book, an absolute public one, or undefined when neither can be written. */
function bookHref(href: string, links: LinkMap): string | undefined {
	// Fragments are written as the ids are (IRIs): reading systems compare them unencoded.
	if (href.startsWith('#')) return `#${decodeURIComponent(href.slice(1))}`;
	if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
	const url = new URL(href, 'http://site.invalid');
	const file = links.files.get(url.pathname);
	if (file) {
		const id = decodeURIComponent(url.hash.slice(1));
		return id && links.ids.get(file)?.has(id) ? `${file}#${id}` : file;
	}
	return links.origin ? `${links.origin}${url.pathname}${url.search}${url.hash}` : undefined;
}

/** Expressive Code's figure (title bar, one element per line, copy button) as a plain code block. */
function codeBlock(block: Element): ElementContent[] {
	const pre = selectAll('pre', block)[0];
	if (!pre) return [];
	const lines = selectAll('.ec-line', pre);
	const text = lines.length ? lines.map((line) => toString(line)).join('\n') : toString(pre);
	const language = pre.properties['dataLanguage'];
	const title = selectAll('figcaption .title', block)[0];
	return [
		...(title ? [h('p', { className: ['code-title'] }, toString(title))] : []),
		h('pre', { dir: 'ltr' }, [h('code', language ? { className: [`language-${language}`] } : {}, text)]),
	];
}

/** Every id inside an element. */
export function idsIn(node: Element): Set<string> {
	const ids = new Set<string>();
	visit(node, 'element', (el) => {
		if (el.properties['id']) ids.add(String(el.properties['id']));
	});
	return ids;
}

/**
 * An XHTML content document: XML declaration, the language on `<html>` both as `lang` and
 * `xml:lang` (reading systems read either), every element closed, attributes quoted, and the
 * `epub:` namespace for `epub:type`.
 */
export function xhtmlDocument({
	lang,
	dir,
	title,
	body,
}: {
	lang: string;
	dir: 'ltr' | 'rtl';
	title: string;
	body: ElementContent[];
}): string {
	const page = h('html', { lang, xmlLang: lang, dir }, [
		h('head', [h('meta', { charset: 'utf-8' }), h('title', title), h('link', { rel: 'stylesheet', href: 'style.css' })]),
		h('body', body),
	]);
	const xml = toXast(page);
	if (xml.type === 'element') xml.attributes['xmlns:epub'] = 'http://www.idpf.org/2007/ops';
	return `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n${toXml(xml)}\n`;
}

/** Serialize hast as well-formed XML (the XHTML namespace, every element closed, `open=""` for booleans). */
export function toXhtml(node: Element): string {
	return toXml(toXast(node));
}
