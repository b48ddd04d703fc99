import { describe, expect, it } from 'vitest';
import { guides } from '../../src/lib/guides';
import { docFiles } from '../helpers/content';
import { plannedGuides } from './plan';

/**
 * Every planned chapter exists under its slug, is a real chapter (at least 400 words of prose: a guard against stubs, not a target),
 * and carries complete frontmatter with at least three https sources.
 */
const docs = new Map(docFiles().map((d) => [d.id, d]));

/** Words of prose: frontmatter, imports, code blocks and component tags are not counted. */
export function proseWords(body: string): number {
	const prose = body
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/^import .*$/gm, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
	return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

const chapters = Object.entries(plannedGuides).flatMap(([guide, slugs]) => slugs.map((slug, i) => ({ guide, slug, order: i + 1, id: `${guide}/${slug}` })));

describe('the guides', () => {
	it('the plan and the site agree on the list of guides', () => {
		expect(Object.keys(plannedGuides)).toEqual(guides.map((g) => g.slug));
	});

	it.each(Object.keys(plannedGuides))('%s has an overview page that orients the reader', (guide) => {
		const overview = docs.get(guide);
		expect(overview, `content/docs/${guide}/index.mdx is missing`).toBeDefined();
		expect(proseWords(overview!.body), `content/docs/${guide}/index.mdx is too short to orient a reader`).toBeGreaterThanOrEqual(300);
		for (const slug of plannedGuides[guide]!) {
			expect(overview!.body, `the ${guide} overview should link to each chapter`).toContain(`/${guide}/${slug}/`);
		}
	});

	it.each(chapters)('$id exists with at least 400 words, complete frontmatter and three https sources', ({ id, order }) => {
		const doc = docs.get(id);
		const file = `content/docs/${id}.mdx`;
		expect(doc, `${file} is missing`).toBeDefined();
		expect(doc!.yamlError).toBeUndefined();
		const fm = doc!.frontmatter;
		for (const field of ['title', 'description', 'summary', 'audience', 'last_reviewed', 'search_aliases', 'sources']) {
			expect(fm[field], `${file}: frontmatter field "${field}" is missing`).toBeTruthy();
		}
		expect((fm['search_aliases'] as unknown[]).length, `${file}: add search_aliases`).toBeGreaterThan(0);
		const sources = fm['sources'] as { url: string }[];
		expect(sources.filter((s) => s.url.startsWith('https://')).length, `${file}: needs at least three https sources`).toBeGreaterThanOrEqual(3);
		expect((fm['sidebar'] as { order?: number } | undefined)?.order, `${file}: sidebar.order should be ${order}`).toBe(order);
		expect(proseWords(doc!.body), `${file}: a chapter needs at least 400 words of prose`).toBeGreaterThanOrEqual(400);
	});

	it('no chapter exists outside the plan (add new chapters to tests/content/plan.ts too)', () => {
		const guideSet = new Set(Object.keys(plannedGuides));
		const planned = new Set(chapters.map((c) => c.id));
		const extra = [...docs.keys()].filter((id) => id.includes('/') && guideSet.has(id.split('/')[0]!) && !planned.has(id));
		expect(extra).toEqual([]);
	});
});
