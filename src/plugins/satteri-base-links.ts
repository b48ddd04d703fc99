import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBase } from '../lib/base-path';

/** Components whose `href` attribute is a link, as authors use them in MDX. */
const linkComponents = new Set(['a', 'LinkCard', 'LinkButton']);

/**
 * Sätteri hast plugin: prefixes the base path to root-relative links in Markdown and MDX, so a
 * link written as `/licensing/` works when the site is served from `/kc/`. It must run before
 * starlight-links-validator's plugin (which Starlight appends later), so the validator checks the
 * links as they are published.
 */
export function satteriBaseLinks(base: string): HastPluginEntry {
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string') return;
				const next = withBase(href, base);
				if (next !== href) ctx.setProperty(node, 'href', next);
			},
		},
		mdxJsxFlowElement: { filter: [], visit: (node) => rewriteJsx(node, base) },
		mdxJsxTextElement: { filter: [], visit: (node) => rewriteJsx(node, base) },
	});
}

type JsxNode = { name: string | null; attributes: Array<{ type: string; name?: string; value?: unknown }> };

function rewriteJsx<N extends JsxNode>(node: Readonly<N>, base: string): N | void {
	if (!node.name || !linkComponents.has(node.name)) return;
	let changed = false;
	const attributes = node.attributes.map((attr) => {
		if (attr.type !== 'mdxJsxAttribute' || attr.name !== 'href' || typeof attr.value !== 'string') return attr;
		const value = withBase(attr.value, base);
		if (value === attr.value) return attr;
		changed = true;
		return { ...attr, value };
	});
	return changed ? ({ ...node, attributes } as N) : undefined;
}
