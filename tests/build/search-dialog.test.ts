import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/lib/content-files';
import { projectRoot } from '../helpers/astro-build';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { searchInDialog } from '../helpers/search-dialog';

/**
 * The search dialog as readers use it: results that keep the reader's language, one set of
 * filters in that language, a phone layout where the first result shows without scrolling, the
 * keyboard, and right to left.
 */
let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const strings = (file: string) => JSON.parse(readFileSync(join(projectRoot, 'content/i18n', file), 'utf8')) as Record<string, string>;

describe('search dialog', () => {
	// A chapter not yet translated into Arabic, searched for by its English title from /ar/.
	const files = contentFiles(projectRoot);
	const arabic = new Set(files.filter((f) => f.locale === 'ar').map((f) => f.slug));
	const untranslated = files.find((f) => f.locale === 'root' && f.slug.includes('/') && !arabic.has(f.slug));

	it.skipIf(!untranslated)('from an Arabic page, an English-only result opens its Arabic-framed copy, marked as English', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/ar/`);
		const hrefs = await searchInDialog(page, String(untranslated!.frontmatter['title']));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href, 'every result stays under /ar/').toMatch(/^\/ar\//);
		expect(new Set(hrefs).size, 'a page and its translation are one result').toBe(hrefs.length);
		const target = `/ar/${untranslated!.slug}/`;
		expect(hrefs, `${untranslated!.slug} is found by its title`).toContain(target);
		const link = page.locator(`#kc-search-ui a.kc-result-title[href="${target}"]`);
		expect(await link.getAttribute('hreflang'), 'the English result says so').toBe('en');
		expect(await link.locator('.kc-result-lang').textContent()).toBe(strings('ar.json')['search.inEnglish']);
		await link.click();
		await page.waitForURL((u) => u.pathname === target);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
	});

	// A chapter translated into Arabic is found from /ar/ as the Arabic page, never as its English
	// original at the same address (the English index is searched too).
	const translatedChapter = files.find((f) => f.locale === 'ar' && f.slug === 'security-compliance/sbom-and-supply-chain');
	it.skipIf(!translatedChapter)('from an Arabic page, a translated chapter is shown in Arabic, not as its English original', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/ar/`);
		const hrefs = await searchInDialog(page, 'SBOM');
		const target = `/ar/${translatedChapter!.slug}/`;
		expect(hrefs).toContain(target);
		const link = page.locator(`#kc-search-ui a.kc-result-title[href="${target}"]`);
		expect(await link.getAttribute('hreflang')).toBeNull();
		expect((await link.textContent())?.trim()).toBe(String(translatedChapter!.frontmatter['title']));
	});

	it.each([
		['fr', '/fr/', 'fr.json'],
		['zh-CN', '/zh-cn/', 'zh-CN.json'],
		['ar', '/ar/', 'ar.json'],
	])('offers each filter once, in the page’s language (%s)', async (_lang, path, file) => {
		const t = strings(file);
		const { page } = await site.newPage();
		await page.goto(`${site.origin}${path}`);
		await searchInDialog(page, 'open source');
		const details = page.locator('#kc-search-ui details.kc-search-filters');
		expect(await details.getAttribute('open'), 'filters start folded').toBeNull();
		await details.locator('summary').click();
		const labels = await page.locator('#kc-search-ui .kc-search-filter-field > span').allTextContents();
		expect(labels.sort()).toEqual([t['filter.audience'], t['filter.guide'], t['filter.type']].sort());
		const typeOptions = await page.locator('#kc-search-ui select[name="type"] option').allTextContents();
		expect(typeOptions).toContain(t['type.chapter']);
		expect(typeOptions).not.toContain('Chapter');
		// Choosing a filter narrows the results to that kind of page.
		await page.locator('#kc-search-ui select[name="type"]').selectOption('reference');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#kc-search-ui')?.dataset['state'] === 'done');
		const hrefs = await page.locator('#kc-search-ui a.kc-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/\/reference\//);
	});

	it.each(['/', '/ar/'])('on a 375 × 812 phone, the first result shows without scrolling (%s)', async (path) => {
		const { page } = await site.newPage({ width: 375 });
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(`${site.origin}${path}`);
		await searchInDialog(page, path === '/' ? 'code of conduct' : 'مدونة قواعد السلوك');
		const box = await page.locator('#kc-search-ui a.kc-result-title').first().boundingBox();
		expect(box).not.toBeNull();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height).toBeLessThanOrEqual(812);
		const overflow = await page.evaluate(() => {
			const d = document.querySelector('dialog[open]')!;
			return d.scrollWidth - d.clientWidth;
		});
		expect(overflow, 'nothing in the dialog is wider than the phone').toBeLessThanOrEqual(0);
	});

	it('in Arabic, the query never runs under the Clear button', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/ar/`);
		await searchInDialog(page, 'ترخيص المصدر المفتوح والبرمجيات الحرة في المؤسسات العامة');
		const overlap = await page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('#kc-search-ui .kc-search-input')!;
			const clear = document.querySelector<HTMLElement>('#kc-search-ui .kc-search-clear')!.getBoundingClientRect();
			const r = input.getBoundingClientRect();
			const s = getComputedStyle(input);
			// The text box: the field without its padding (the clear button sits at the start in RTL).
			const left = r.left + parseFloat(s.paddingLeft);
			const right = r.right - parseFloat(s.paddingRight);
			return { clearVisible: clear.width > 0, overlaps: clear.right > left && clear.left < right };
		});
		expect(overlap.clearVisible).toBe(true);
		expect(overlap.overlaps).toBe(false);
	});

	it('works from the keyboard: arrows move from the field through the results; no result shows the hidden keyword lists', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/`);
		await searchInDialog(page, 'licence compatibility');
		await page.keyboard.press('ArrowDown');
		const first = await page.evaluate(() => document.activeElement?.classList.contains('kc-result-title'));
		expect(first).toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('kc-search-input'))).toBe(true);
		const excerpts = await page.locator('#kc-search-ui .kc-result-excerpt').allTextContents();
		for (const e of excerpts) expect(e).not.toMatch(/·.*·/);
	});
});
