import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { searchText, termOccurrences, type FormPattern } from '../lib/glossary';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** A glossary term to mark: where its entry is, the short definition, and the patterns of its forms. */
export interface TermMark {
	id: string;
	href: string;
	title: string;
	patterns: readonly FormPattern[];
}

/** Prose: a term is marked only in text inside one of these. */
const prose = new Set(['p', 'li', 'td', 'dd']);

/**
 * Never marked inside: headings, links (a link in a link is invalid), code, terms already marked
 * up, and text that is interface or hidden rather than prose.
 */
const excluded = new Set([
	...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'dfn'],
	...['pre', 'code', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'noscript', 'svg', 'math'],
	...['button', 'label', 'select', 'textarea', 'summary', 'figcaption'],
]);
/** Asides' titles, the cited sources, and text for screen readers only (a heading link's "Section titled …"). */
const excludedClasses = ['starlight-aside__title', 'sources', 'sr-only'];

/** A link to a glossary entry, in any language and under any base path. */
const glossaryLink = /\/reference\/glossary\/#([^/?#]+)$/;

const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function isExcluded(el: Element): boolean {
	if (excluded.has(el.tagName) || attribute(el, 'aria-hidden') === 'true') return true;
	const classes = attribute(el, 'class')?.split(/\s+/) ?? [];
	return excludedClasses.some((c) => classes.includes(c));
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Marks the first use of each glossary term in a page's HTML: the first occurrence in document
 * order, in prose, becomes a link to the term's glossary entry carrying its short definition.
 * Where forms of two terms overlap, the one that starts first, then the longest, is the term
 * there ("Open Source Initiative" is not a use of "open source"), whether or not it is marked.
 *
 * The HTML is changed only where a term is marked: each such text node is replaced by its
 * escaped text with the links in it, and every other byte stays as it was.
 */
export function markTerms(html: string, terms: readonly TermMark[]): { html: string; marked: string[] } {
	const root = parseFragment(html, { sourceCodeLocationInfo: true });
	const nodes: TextNode[] = [];
	// A term the author already links to its glossary entry needs no second link.
	const linked = new Set<string>();
	const collect = (node: Node, inProse: boolean) => {
		if (node.nodeName === '#text') {
			if (inProse && node.sourceCodeLocation) nodes.push(node as TextNode);
			return;
		}
		if (!('childNodes' in node)) return;
		let here = inProse;
		if ('tagName' in node) {
			const entry = node.tagName === 'a' ? glossaryLink.exec(attribute(node, 'href') ?? '')?.[1] : undefined;
			if (entry) linked.add(decodeURIComponent(entry));
			if (isExcluded(node)) return;
			here ||= prose.has(node.tagName);
		}
		for (const child of node.childNodes) collect(child, here);
	};
	collect(root, false);

	// One pass over all the prose at once: the pieces joined by a character that is neither a
	// letter nor a space, so that no form matches across two pieces and each piece's start is
	// the start of a word, as it would be matched alone.
	const separator = '\u0000';
	const text = searchText(nodes.map((n) => n.value).join(separator));
	const starts: number[] = [];
	nodes.reduce((at, n) => (starts.push(at), at + n.value.length + separator.length), 0);
	const found = terms
		.flatMap((term) => termOccurrences(text, term.patterns).map((o) => ({ ...o, term })))
		.sort((a, b) => a.start - b.start || b.end - a.end);

	const marked = new Map<string, { start: number; end: number; term: TermMark }>();
	let taken = 0;
	let lastMark = -1;
	for (const occurrence of found) {
		if (occurrence.start < taken) continue;
		taken = occurrence.end;
		if (marked.has(occurrence.term.id) || linked.has(occurrence.term.id)) continue;
		// Two marks side by side ("copyleft licence") read as one link: the second term waits.
		if (lastMark >= 0 && /^\s*$/.test(text.text.slice(lastMark, occurrence.start))) continue;
		marked.set(occurrence.term.id, occurrence);
		lastMark = occurrence.end;
	}

	// Rewrite each text node that holds a mark; every other byte stays as it was.
	const byNode = new Map<number, { start: number; end: number; term: TermMark }[]>();
	for (const mark of marked.values()) {
		let i = starts.length - 1;
		while (starts[i]! > mark.start) i--;
		byNode.set(i, [...(byNode.get(i) ?? []), { ...mark, start: mark.start - starts[i]!, end: mark.end - starts[i]! }]);
	}
	let result = '';
	let at = 0;
	for (const [i, marks] of [...byNode].sort(([a], [b]) => a - b)) {
		const node = nodes[i]!;
		const location = node.sourceCodeLocation!;
		let copied = 0;
		result += html.slice(at, location.startOffset);
		for (const { start, end, term } of marks.sort((a, b) => a.start - b.start)) {
			result += escapeText(node.value.slice(copied, start));
			result += `<a class="term" href="${escapeAttribute(term.href)}" title="${escapeAttribute(term.title)}">${escapeText(node.value.slice(start, end))}</a>`;
			copied = end;
		}
		result += escapeText(node.value.slice(copied));
		at = location.endOffset;
	}
	return { html: result + html.slice(at), marked: [...marked.keys()] };
}
