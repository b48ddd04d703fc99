import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { axeViolations } from '../helpers/axe';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { pageTypes } from '../helpers/page-types';

/**
 * axe-core over every page type in every language. The pages of one type share their template,
 * so scanning each type once per language covers every page; and each (type, language) pair is
 * scanned in one of four variants — light or dark theme, desktop or 375 px phone — chosen so
 * that every type is seen in every variant and every language in every variant.
 */
let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const variants = [
	{ width: 1280, theme: 'light' },
	{ width: 375, theme: 'dark' },
	{ width: 375, theme: 'light' },
	{ width: 1280, theme: 'dark' },
] as const;

const cases = Object.entries(locales).flatMap(([key, l], li) =>
	Object.entries(pageTypes).map(([type, path], ti) => ({
		lang: l.lang,
		type,
		path: key === 'root' ? path : `/${key}${path}`,
		// A Latin square over (type, language): with 15 types and 6 languages, each type meets
		// every variant in some language, and each language meets every variant in some type.
		...variants[(li + ti) % variants.length]!,
	})),
);

// Two pages are scanned at a time (the build project's maxConcurrency): one per core.
describe.concurrent('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	it('covers every variant for every page type and every language', () => {
		for (const type of Object.keys(pageTypes))
			expect(new Set(cases.filter((c) => c.type === type).map((c) => `${c.width}${c.theme}`)).size).toBe(4);
		for (const { lang } of Object.values(locales))
			expect(new Set(cases.filter((c) => c.lang === lang).map((c) => `${c.width}${c.theme}`)).size).toBe(4);
	});

	it('reports what it is shown: a page given an unnamed image, low-contrast text and no language', async () => {
		const { page, context } = await site.newPage();
		await page.goto(`${site.origin}/about/`);
		await page.evaluate(() => {
			document.documentElement.removeAttribute('lang');
			const p = document.createElement('p');
			p.textContent = 'Pale text';
			p.style.cssText = 'color: #ddd; background: #fff';
			document.querySelector('main')?.append(p, document.createElement('img'));
		});
		const violations = await axeViolations(page);
		await context.close();
		expect(violations.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
	});

	it.each(cases)('$type in $lang at $width px, $theme theme: no violations', async ({ path, width, theme }) => {
		const { page, context } = await site.newPage({ width, colorScheme: theme });
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(`${site.origin}${path}`);
		const violations = await axeViolations(page);
		await context.close();
		expect(violations).toEqual([]);
	});
});
