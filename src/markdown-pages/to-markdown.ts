import type { Element, ElementContent, Root } from 'hast';
import { defaultHandlers, toMdast } from 'hast-util-to-mdast';
import type { Nodes } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

/**
 * Markdown of a cleaned content tree (clean-html.ts): GFM, so tables stay tables; fenced code
 * with its language, and the file name Expressive Code showed as `title="…"`, as Starlight
 * writes it. Table pipes are not padded to align: the licence and glossary tables would grow
 * by half in Chinese and Arabic for nothing a reader or a parser needs.
 */
/** How the twins are written; a test prints a parsed twin with it and expects the same text. */
export const markdownStyle: Options = {
	bullet: '-',
	emphasis: '_',
	fences: true,
	listItemIndent: 'one',
	rule: '-',
	extensions: [gfmToMarkdown({ tablePipeAlign: false })],
};

export function toMarkdownText(children: ElementContent[]): string {
	const root: Root = { type: 'root', children };
	const mdast = toMdast(root, {
		handlers: {
			pre(state, node: Element) {
				const code = defaultHandlers.pre(state, node);
				const title = node.properties['dataTitle'];
				if (code.type === 'code' && typeof title === 'string') code.meta = `title=${JSON.stringify(title)}`;
				return code;
			},
		},
	}) as Nodes;
	return toMarkdown(mdast, markdownStyle);
}
