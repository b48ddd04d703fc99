import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';

/**
 * axe-core over one page of each type in every language, in light and dark themes, at desktop
 * width and at 375 px (a small phone). Every page type, not every page: the pages of one type
 * share their template, and all of them would not fit CI's time.
 */
const pageTypes = {
	home: '/',
	about: '/about/',
	'guide overview': '/licensing/',
	chapter: '/licensing/licence-compatibility/',
	glossary: '/reference/glossary/',
	'licence table': '/reference/licence-quick-reference/',
	events: '/events/',
	event: '/events/open-camps-at-un-2016/',
	templates: '/reference/templates/',
	partnerships: '/partnerships/member-states/',
	'translation status': '/translation-status/',
	downloads: '/downloads/',
};
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const cases = Object.entries(locales).flatMap(([key, l]) =>
	Object.entries(pageTypes).map(([type, path]) => ({ lang: l.lang, type, path: key === 'root' ? path : `/${key}${path}` })),
);

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	it.each(cases)('$type in $lang: no violations in light and dark, desktop and 375 px', async ({ path }) => {
		const found: string[] = [];
		for (const width of [1280, 375]) {
			for (const theme of ['light', 'dark'] as const) {
				const { page, context } = await site.newPage({ width, colorScheme: theme });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(`${site.origin}${path}`);
				const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
				for (const v of results.violations) {
					found.push(
						`${width}px ${theme}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')}`,
					);
				}
				await context.close();
			}
		}
		expect(found).toEqual([]);
	});
});
