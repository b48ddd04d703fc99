import { defineHastPlugin, type HastPluginEntry } from 'satteri';

const headings = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Sätteri hast plugin: makes Markdown tables focusable and names them. Starlight lets a wide
 * table scroll sideways inside its own box; a keyboard user can only scroll it if it can take
 * focus (WCAG 2.1.1, axe rule scrollable-region-focusable), and a screen reader announces a
 * focused table by its name: the heading of the section it sits in.
 */
export function satteriFocusableTables(): HastPluginEntry {
	return defineHastPlugin({
		name: 'focusable-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				if (node.properties?.['tabIndex'] === undefined) ctx.setProperty(node, 'tabIndex', 0);
				if (node.properties?.['ariaLabel'] !== undefined || node.properties?.['ariaLabelledBy'] !== undefined) return;
				const parent = ctx.parent(node);
				const index = ctx.indexOf(node);
				if (!parent || index === undefined) return;
				for (let i = index - 1; i >= 0; i--) {
					const sibling = parent.children[i];
					if (sibling?.type === 'element' && headings.has(sibling.tagName)) {
						const name = ctx.textContent(sibling).trim();
						if (name) ctx.setProperty(node, 'ariaLabel', name);
						return;
					}
				}
			},
		},
	});
}
