import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin: makes Markdown tables focusable. Starlight lets a wide table scroll
 * sideways inside its own box; a keyboard user can only scroll it if it can take focus
 * (WCAG 2.1.1, axe rule scrollable-region-focusable).
 */
export function satteriFocusableTables(): HastPluginEntry {
	return defineHastPlugin({
		name: 'focusable-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				if (node.properties?.['tabIndex'] === undefined) ctx.setProperty(node, 'tabIndex', 0);
			},
		},
	});
}
