import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, judgeExpression } from '../../src/licences/compatibility';
import { readExceptions } from '../../src/licences/compatibility/read';
import { readLicences } from '../../src/licences/data';
import { answerAnchor } from '../../src/licences/pages/paths';
import { projectRoot } from '../helpers/astro-build';
import { axeViolations } from '../helpers/axe';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';

/**
 * The licence explorer, a licence page and the compatibility matrix as readers use them: the
 * filters, the side-by-side comparison kept in the address, the checker with an SPDX expression,
 * the same answers without JavaScript, nothing loaded from another host, axe, right to left.
 * Expected answers come from the engine itself over the same data, so the test checks that the
 * pages say what the engine says.
 */
let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const strings = (file: string) => JSON.parse(readFileSync(join(projectRoot, 'content/i18n', file), 'utf8')) as Record<string, string>;
const en = strings('en.json');
const fill = (s: string, values: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? `{{${k}}}`);
const licences = readLicences(projectRoot);
const exceptions = readExceptions(projectRoot);
const byId = (id: string) => licences.find((l) => l.id === id)!;
const explorer = '/reference/licences/';

/** The licences the explorer's list shows right now. */
const shownIds = (page: Page) =>
	page
		.locator('.lx-list tbody tr')
		.evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').map((r) => (r as HTMLElement).dataset['id']!));

describe('licence explorer', () => {
	it('filters the list by approval and by family, says how many are shown, and keeps the filters in the address', async () => {
		const { page, foreign } = await site.newPage();
		await page.goto(`${site.origin}${explorer}`);
		expect(await shownIds(page)).toHaveLength(licences.length);
		await page.locator('#lx-osi').check();
		const osi = licences.filter((l) => l.osi.approved).map((l) => l.id);
		expect((await shownIds(page)).sort()).toEqual(osi.sort());
		await expect
			.poll(() => page.locator('.lx-count').textContent())
			.toBe(fill(en['explorer.count']!, { count: String(osi.length), total: String(licences.length) }));
		expect(new URL(page.url()).searchParams.get('osi')).toBe('1');
		await page.locator('#lx-family-network-copyleft').check();
		const expected = licences.filter((l) => l.osi.approved && l.family === 'network-copyleft').map((l) => l.id);
		expect(expected.length).toBeGreaterThan(0);
		expect((await shownIds(page)).sort()).toEqual(expected.sort());
		// The address restores the same filters.
		await page.reload();
		expect((await shownIds(page)).sort()).toEqual(expected.sort());
		expect(foreign).toEqual([]);
	});

	it('compares licences side by side, at most five, and a reloaded address restores the comparison', async () => {
		const { page, foreign } = await site.newPage({ width: 1366 });
		await page.goto(`${site.origin}${explorer}`);
		const ids = ['MIT', 'GPL-3.0-only', 'MPL-2.0', 'Apache-2.0', 'EUPL-1.2', 'CC-BY-4.0'];
		for (const id of ids.slice(0, 2)) await page.locator(`input[name=compare][value="${id}"]`).check();
		const heads = page.locator('[data-compare-table] thead th a');
		await expect.poll(() => heads.allTextContents()).toEqual(licences.map((l) => l.id).filter((id) => ids.slice(0, 2).includes(id)));
		// A row of the comparison gives each licence's family in the page's language.
		const familyRow = page.locator('[data-compare-table] tbody tr', { hasText: en['explorer.family']! });
		expect(await familyRow.locator('td').allTextContents()).toEqual(ids.slice(0, 2).map((id) => en[`family.${byId(id).family}`]));
		for (const id of ids.slice(2)) await page.locator(`input[name=compare][value="${id}"]`).click();
		expect(await page.locator('input[name=compare]:checked').count(), 'a sixth licence is refused').toBe(5);
		expect(await page.locator('[data-compare-limit]').isVisible(), 'the limit is explained').toBe(true);
		// The comparison follows the order of the list, whatever the order of the clicks.
		const chosen = licences.map((l) => l.id).filter((id) => ids.slice(0, 5).includes(id));
		expect(new URL(page.url()).searchParams.get('compare')).toBe(chosen.join(','));

		const shared = page.url();
		const { page: other } = await site.newPage();
		await other.goto(shared);
		await expect.poll(() => other.locator('[data-compare-table] thead th a').allTextContents()).toEqual(chosen);
		expect(await other.locator('input[name=compare]:checked').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(
			chosen,
		);
		expect(foreign).toEqual([]);
	});

	it('checks an SPDX expression and gives the verdict, the reason and the sources the engine gives', async () => {
		const { page, foreign } = await site.newPage();
		await page.goto(`${site.origin}${explorer}`);
		const expression = 'MIT AND (GPL-2.0-or-later OR Apache-2.0)';
		await page.locator('#lx-in').fill(expression);
		await page.locator('#lx-out').selectOption('GPL-3.0-only');
		await page.locator('#lx-use').selectOption('modify');
		await page.getByRole('button', { name: en['explorer.check']! }).click();

		const answer = judgeExpression(expression, byId('GPL-3.0-only'), 'modify', licences, exceptions);
		const result = page.locator('[data-result]');
		expect(await result.getAttribute('aria-live')).toBe('polite');
		await expect
			.poll(() => result.locator('.lx-verdict-line').textContent())
			.toBe(
				fill(en['explorer.result']!, {
					inbound: answer.expression,
					outbound: 'GPL-3.0-only',
					verdict: en[`licencePage.verdict.${answer.verdict}`]!,
				}),
			);
		const text = (await result.textContent())!;
		for (const ref of answer.explanation) expect(text).toContain(fill(en[ref.key]!, ref.params ?? {}));
		for (const part of answer.parts) expect(text).toContain(fill(en[part.answer.reason.key]!, part.answer.reason.params ?? {}));
		const hrefs = await result.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		for (const source of answer.sources) expect(hrefs).toContain(source);
		// The question goes into the address, so the answer can be shared.
		expect(new URL(page.url()).searchParams.get('in')).toBe(expression);

		// A mistyped identifier is named, with the likely one.
		await page.locator('#lx-in').fill('mit AND GPL-2.0-or-later');
		await page.getByRole('button', { name: en['explorer.check']! }).click();
		await expect.poll(() => result.textContent()).toContain(fill(en['compat.expression.didYouMean']!, { id: 'mit', suggestion: 'MIT' }));
		expect(foreign).toEqual([]);
	});

	it('without JavaScript, filters still work, and the matrix and the licence pages carry the answers', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const foreign: string[] = [];
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith(site.origin) || url.startsWith('data:')) return route.continue();
			foreign.push(url);
			return route.abort();
		});
		const page = await context.newPage();
		await page.goto(`${site.origin}${explorer}`);
		await page.locator('#lx-dpg').check();
		expect((await shownIds(page)).sort()).toEqual(
			licences
				.filter((l) => l.dpg.accepted)
				.map((l) => l.id)
				.sort(),
		);
		expect(await page.locator('[data-no-js-only]').first().isVisible(), 'the page says what needs JavaScript').toBe(true);

		// One-way answers, as the engine gives them: each cell's verdict and the note it points to.
		const pairs = [
			['Apache-2.0', 'GPL-3.0-only'],
			['GPL-3.0-only', 'Apache-2.0'],
			['Apache-2.0', 'GPL-2.0-only'],
			['GPL-2.0-or-later', 'GPL-3.0-only'],
			['MPL-2.0', 'GPL-3.0-only'],
		] as const;
		await page.goto(`${site.origin}/reference/licences/compatibility/`);
		const columns = await page.locator('#modify + .lx-matrix thead th').allTextContents();
		for (const [inbound, outbound] of pairs) {
			const expected = judge(byId(inbound), byId(outbound), 'modify', exceptions);
			const row = page.locator('#modify + .lx-matrix tbody tr', { has: page.locator(`th:text-is("${inbound}")`) });
			const cell = row.locator('td').nth(columns.indexOf(outbound) - 1);
			expect(await cell.getAttribute('class'), `${inbound} → ${outbound}`).toBe(`lx-v-${expected.verdict}`);
			const note = page.locator((await cell.locator('a').getAttribute('href'))!);
			expect(await note.getAttribute('class')).toBe(`lx-v-${expected.verdict}`);
			const sources = await note.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			for (const s of expected.sources) expect(sources).toContain(s);
		}

		for (const [inbound, outbound] of pairs) {
			const expected = judge(byId(inbound), byId(outbound), 'modify', exceptions);
			await page.goto(`${site.origin}/reference/licences/${inbound.toLowerCase()}/`);
			const item = page.locator(`li:has(> p > a#${answerAnchor('into', 'modify', outbound).replaceAll('.', '\\.')})`);
			expect(await item.getAttribute('class'), `${inbound} page, into ${outbound}`).toBe(`lx-v-${expected.verdict}`);
			expect(await item.locator('.lx-verdict').textContent()).toBe(en[`licencePage.verdict.${expected.verdict}`]);
		}
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('the compatibility chapter’s tables give the engine’s answers, each row linking to where its answers are explained', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/licensing/licence-compatibility/`);
		const table = page.locator('.lx-matrix table').first();
		const columns = (await table.locator('thead th').allTextContents()).slice(1);
		const rows = await table.locator('tbody tr').all();
		expect(rows.length).toBeGreaterThan(0);
		const links: string[] = [];
		for (const row of rows) {
			const inbound = (await row.locator('th').textContent())!;
			const cells = await row.locator('td').all();
			for (const [i, cell] of cells.entries()) {
				const expected = judge(byId(inbound), byId(columns[i]!), 'modify', exceptions);
				expect(await cell.getAttribute('class'), `${inbound} → ${columns[i]}`).toBe(`lx-v-${expected.verdict}`);
			}
			links.push((await row.locator('th a').getAttribute('href'))!);
		}
		// Every row's licence leads to the answers on its own page.
		for (const href of links) {
			const [path, id] = href.split('#');
			await page.goto(`${site.origin}${path}`);
			expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
		}
	});

	it('reads right to left in Arabic, with the licence of the row first on the right', async () => {
		const { page } = await site.newPage({ width: 1366 });
		await page.goto(`${site.origin}/ar/reference/licences/compatibility/`);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		const row = page.locator('#modify + .lx-matrix tbody tr').first();
		const head = (await row.locator('th').boundingBox())!;
		const cell = (await row.locator('td').first().boundingBox())!;
		expect(head.x, 'the row heading is right of its first cell').toBeGreaterThan(cell.x);
		await page.goto(`${site.origin}/ar${explorer}`);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		// The licence summaries are English inside the Arabic page, and marked so.
		await page.goto(`${site.origin}/ar/reference/licences/mit/`);
		const summary = page.locator('#summary + p');
		expect(await summary.getAttribute('lang')).toBe('en');
		expect(await summary.getAttribute('dir')).toBe('ltr');
	});

	const variants = [
		{ width: 1366, theme: 'light' },
		{ width: 375, theme: 'dark' },
		{ width: 375, theme: 'light' },
		{ width: 1366, theme: 'dark' },
	] as const;
	const pages = [explorer, '/reference/licences/gpl-3.0-only/', '/ar/reference/licences/'];
	it.each(pages.flatMap((path) => variants.map((v) => ({ path, ...v }))))(
		'$path at $width px, $theme theme: no axe violations and no horizontal scrolling',
		async ({ path, width, theme }) => {
			const { page, context } = await site.newPage({ width, colorScheme: theme });
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(`${site.origin}${path}`);
			// The comparison and a checker answer are part of the page a reader sees.
			if (path.endsWith('/licences/')) {
				await page.locator('input[name=compare][value="MIT"]').check();
				await page.locator('form[data-checker] button[type=submit]').click();
				await page.locator('[data-result] .lx-verdict-line').waitFor();
			}
			const violations = await axeViolations(page);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			await context.close();
			expect(violations).toEqual([]);
			expect(overflow, 'the page is no wider than the screen').toBeLessThanOrEqual(0);
		},
	);
});
