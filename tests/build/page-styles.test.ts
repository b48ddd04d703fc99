import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scopeClassesIn } from '../../src/css-pruning/prune';
import { builds } from '../helpers/builds';
import { page } from '../helpers/dist';
import { pageTypes } from '../helpers/page-types';

/** Each page's inline stylesheet holds the styles of the components on that page and no others. */
const dist = builds.root.outDir;
const inScripts = new Set(
	readdirSync(join(dist, '_astro'))
		.filter((f) => f.endsWith('.js'))
		.flatMap((f) => [...scopeClassesIn(readFileSync(join(dist, '_astro', f), 'utf8'))]),
);
const split = (html: string) => {
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
	return { css: styles, rest: html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '') };
};

describe('component styles per page', () => {
	it.each(Object.entries({ ...pageTypes, 'Arabic chapter': '/ar/licensing/licence-compatibility/' }))(
		'%s (%s): every component the stylesheet styles is on the page',
		(_, path) => {
			const { css, rest } = split(page(dist, path));
			const present = scopeClassesIn(rest);
			const styled = scopeClassesIn(css);
			const absent = [...styled].filter((c) => !present.has(c) && !inScripts.has(c));
			expect(absent, 'styles of components the page does not contain').toEqual([]);
			expect(styled.size, 'the page keeps component styles').toBeGreaterThan(5);
		},
	);

	it('the home page keeps the hero and card styles a chapter leaves out', () => {
		const home = split(page(dist, '/')).css;
		const chapter = split(page(dist, pageTypes.chapter)).css;
		for (const rule of ['.hero:where(', '.card:where(']) {
			expect(home).toContain(rule);
			expect(chapter).not.toContain(rule);
		}
	});
});
