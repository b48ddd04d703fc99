import { transform, type SelectorComponent } from 'lightningcss';

/**
 * Astro scopes a component's styles with a class named after the component (`astro-` and eight
 * characters), and bundles the styles of every component a route can render into each page of
 * that route: every Starlight page carries the hero, card and banner styles of the home page. A
 * rule whose selectors all need a component that the page does not contain can never match there.
 */
const scopeClass = /^astro-[a-z0-9]{8}$/;
export const scopeClassesIn = (text: string): Set<string> => new Set(text.match(/\bastro-[a-z0-9]{8}\b/g) ?? []);

function scopesOf(selector: SelectorComponent[], into: string[] = []): string[] {
	for (const part of selector) {
		if (part.type === 'class' && scopeClass.test(part.name)) into.push(part.name);
		// :where(), :is(), :not(), :has() hold selector lists of their own.
		if ('selectors' in part && Array.isArray(part.selectors))
			for (const inner of part.selectors) scopesOf(inner as SelectorComponent[], into);
	}
	return into;
}

/**
 * The stylesheet without the rules (and the selectors of a rule's list) scoped to a component
 * absent from `present`. Selectors that name no component are always kept.
 */
export function pruneScopedRules(css: string, present: ReadonlySet<string>): { css: string; removed: number } {
	let removed = 0;
	const { code } = transform({
		filename: 'page.css',
		code: Buffer.from(css),
		minify: true,
		visitor: {
			Rule: {
				style(rule) {
					const selectors = rule.value.selectors;
					const kept = selectors.filter((s) => scopesOf(s).every((c) => present.has(c)));
					if (kept.length === selectors.length) return undefined;
					removed += selectors.length - kept.length;
					if (kept.length === 0) return [];
					rule.value.selectors = kept;
					return rule;
				},
			},
		},
	});
	return { css: code.toString(), removed };
}

/**
 * A page with its inline stylesheets pruned to the components it contains. `alsoPresent` names
 * scope classes that scripts may add after load (those found in the site's script files).
 * `cache` is shared across pages, which mostly repeat the same stylesheet and components.
 */
export function prunePage(html: string, alsoPresent: ReadonlySet<string>, cache: Map<string, string>): { html: string; removed: number } {
	const styles = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
	const outside = html.replace(styles, '');
	const present = new Set([...scopeClassesIn(outside), ...alsoPresent]);
	let removed = 0;
	const pruned = html.replace(styles, (whole, css: string) => {
		const relevant = [...scopeClassesIn(css)].filter((c) => present.has(c)).sort();
		const key = `${relevant.join(',')}\n${css}`;
		let result = cache.get(key);
		if (result === undefined) {
			const out = pruneScopedRules(css, present);
			removed += out.removed;
			result = out.css;
			cache.set(key, result);
		}
		return whole.replace(css, () => result);
	});
	return { html: pruned, removed };
}
