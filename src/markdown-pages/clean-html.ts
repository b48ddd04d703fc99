import type { Element, ElementContent, Properties } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/**
 * A built page's content made plain for Markdown: the screen-only chrome goes (heading anchor
 * links, icons, buttons, empty PDF size placeholders) and the markup of Starlight's, Expressive
 * Code's and our components becomes the elements Markdown has: code blocks with their language,
 * block quotes for asides, lists for link cards, one line per table cell. Screen-reader-only text
 * stays: it is the text of what the page shows as an icon. The tree is changed in place.
 */

/**
 * What never reaches the Markdown: interface chrome, and what a reader does not see. Plain tests
 * rather than CSS selectors, which would be parsed again for each of a page's thousands of elements.
 */
const chromeTags = new Set(['script', 'style', 'link', 'template', 'svg', 'button']);
function isChrome(node: Element): boolean {
	const p = node.properties;
	if (chromeTags.has(node.tagName) || p['hidden'] === true || p['hidden'] === '') return true;
	if (hasClass(node, 'sl-anchor-link')) return true;
	// Icons and symbols that repeat for the eye what the element's text says (an aside's title is its name).
	if (p['ariaHidden'] === 'true' && !hasClass(node, 'starlight-aside__title')) return true;
	// An empty list (no upcoming event), and a PDF's size placeholder the PDF step did not fill (SKIP_PDF).
	return (node.tagName === 'ul' || node.tagName === 'ol' || p['dataPdfMeta'] !== undefined) && !toString(node).trim();
}

export const hasClass = (node: Element, name: string): boolean => {
	const c = node.properties['className'];
	return Array.isArray(c) && c.includes(name);
};

/**
 * Items whose parts the site's CSS stacks as blocks although they are inline elements (an event's
 * title, facts and summary): each part becomes a paragraph, or Markdown would run them together.
 */
const stackedList = 'event-list';

/**
 * What separates the paragraphs and list items of a table cell, which a Markdown table cannot
 * hold: the middle dot the site's own lists of facts use in every language ("In person · Americas").
 */
const cellSeparator = ' · ';

export const element = (tagName: string, children: ElementContent[] = [], properties: Properties = {}): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const strongParagraph = (value: string): Element => element('p', [element('strong', [text(value.trim())])]);

/** Clean `node`'s children in place and return it. */
export function cleanContent(node: Element): Element {
	node.children = node.children.flatMap(cleanNode);
	return node;
}

function cleanNode(node: ElementContent): ElementContent[] {
	if (node.type === 'comment') return [];
	if (node.type !== 'element') return [node];
	if (isChrome(node)) return [];
	return replace(node) ?? [cleanContent(node)];
}

/** The Markdown-shaped replacement of a component's markup, or undefined to keep the element. */
function replace(node: Element): ElementContent[] | undefined {
	// A heading inside its anchor-link wrapper: the heading alone.
	if (hasClass(node, 'sl-heading-wrapper')) return cleanContent(node).children;
	if (hasClass(node, 'expressive-code')) return [codeBlock(node)];
	if (node.tagName === 'aside' && hasClass(node, 'starlight-aside')) return [aside(node)];
	if (hasClass(node, 'card-grid') && node.children.every((c) => c.type !== 'element' || hasClass(c, 'sl-link-card')))
		return [
			element(
				'ul',
				selectAll('.sl-link-card', node).map((c) => element('li', linkCard(c))),
			),
		];
	if (hasClass(node, 'sl-link-card')) return linkCard(node);
	if (node.tagName === 'article' && hasClass(node, 'card')) return card(node);
	if (node.tagName === 'table') return table(node);
	if (node.tagName === 'dt') return [element('dt', [element('strong', cleanContent(node).children)])];
	if (hasClass(node, stackedList)) {
		for (const li of cleanContent(node).children)
			if (li.type === 'element') li.children = li.children.map((c) => (c.type === 'element' ? element('p', [c]) : c));
		return [node];
	}
	if (node.tagName === 'a' && typeof node.properties['title'] === 'string') return [titledLink(node)];
	return undefined;
}

/** A link shown as an icon takes its title as its text; a title that repeats the text goes. */
function titledLink(node: Element): Element {
	const title = String(node.properties['title']);
	const label = toString(cleanContent(node)).trim();
	if (!label) node.children = [text(title)];
	if (!label || label === title) delete node.properties['title'];
	return node;
}

/**
 * Expressive Code's frame → `<pre><code class="language-x">`, one text line per `.ec-line`; the
 * frame's copy button and "Terminal window" label stay behind.
 */
function codeBlock(node: Element): Element {
	const pre = select('pre', node);
	const lines = pre ? selectAll('.ec-line', pre) : [];
	// An empty line holds a lone newline, so that it can be selected and copied.
	const code = lines.length > 0 ? lines.map((l) => toString(l).replace(/\n$/, '')).join('\n') : pre ? toString(pre) : '';
	const language = pre?.properties['dataLanguage'];
	const title = select('figcaption .title', node);
	return element(
		'pre',
		[element('code', [text(code)], { className: language ? [`language-${String(language)}`] : [] })],
		title ? { dataTitle: toString(title) } : {},
	);
}

/** An aside → a block quote that starts with its title in bold. */
function aside(node: Element): Element {
	const title = select('.starlight-aside__title', node);
	const content = select('.starlight-aside__content', node);
	return element('blockquote', [...(title ? [strongParagraph(toString(title))] : []), ...(content ? cleanContent(content).children : [])]);
}

/** A link card → its linked title, then its description as a paragraph. */
function linkCard(node: Element): ElementContent[] {
	const link = select('a', node);
	const title = select('.title', node);
	const description = select('.description', node);
	if (!link) return cleanContent(node).children;
	const heading = element('p', [element('a', [text(toString(title ?? link))], { href: link.properties['href'] })]);
	return [heading, ...(description ? [element('p', cleanContent(description).children)] : [])];
}

/** A card → its title in bold, then its body. */
function card(node: Element): ElementContent[] {
	const title = select('.title', node);
	const body = select('.body', node);
	return [...(title ? [strongParagraph(toString(title))] : []), ...(body ? cleanContent(body).children : [])];
}

/** A table → its caption as a bold paragraph before it (Markdown tables have none), every cell on one line. */
function table(node: Element): ElementContent[] {
	const caption = select('caption', node);
	cleanContent(node);
	for (const cell of selectAll('td, th', node)) cell.children = flattenCell(cell.children);
	node.children = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'caption'));
	return [...(caption ? [strongParagraph(toString(caption))] : []), node];
}

const blockTags = new Set(['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'section', 'dl', 'dt', 'dd', 'pre', 'figure']);

/** A cell's paragraphs and list items as one run of text, separated by `cellSeparator`. */
function flattenCell(children: ElementContent[]): ElementContent[] {
	const out: ElementContent[] = [];
	let pendingSeparator = false;
	for (const child of children) {
		if (child.type === 'element' && child.tagName === 'br') {
			out.push(text(' '));
		} else if (child.type === 'element' && blockTags.has(child.tagName)) {
			const parts =
				child.tagName === 'ul' || child.tagName === 'ol'
					? child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
					: [child];
			for (const part of parts) {
				const inline = flattenCell(part.children);
				if (!toString({ type: 'root', children: inline }).trim()) continue;
				if (out.some((c) => toString(c).trim())) out.push(text(cellSeparator));
				out.push(...inline);
			}
			pendingSeparator = true;
		} else {
			if (toString(child).trim()) {
				if (pendingSeparator) out.push(text(cellSeparator));
				pendingSeparator = false;
			}
			out.push(child);
		}
	}
	return out;
}
