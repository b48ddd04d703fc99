import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { pageTypes } from '../helpers/page-types';

/**
 * Every page type on a 375 px phone and a 1366 px desktop, in English and in Arabic (right to
 * left): nothing wider than the screen, every wide table in a focusable, labelled scroll region,
 * a site title that is not cut off, and a language picker a reader can reach and use.
 */
let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const cases = [375, 1366].flatMap((width) =>
	['', '/ar'].flatMap((prefix) => Object.entries(pageTypes).map(([type, path]) => ({ width, type, path: `${prefix}${path}` }))),
);

/** Whether the page scrolls sideways, and the tables that overflow without a labelled, focusable scroll region. */
const layoutProblems = (page: Page) =>
	page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth + 1)
			problems.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px screen`);
		for (const table of document.querySelectorAll<HTMLElement>('main table')) {
			const box = table.parentElement!;
			const overflows = table.scrollWidth > box.clientWidth + 1 || table.scrollWidth > table.clientWidth + 1;
			if (!overflows) continue;
			// The element that scrolls: the table itself (Starlight's Markdown tables) or its wrapper.
			const scroller = [table, box].find(
				(el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1,
			);
			const named = (el: Element) =>
				el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || !!el.querySelector(':scope > caption');
			if (!scroller) problems.push(`a table wider than its box does not scroll: ${table.textContent!.slice(0, 60)}`);
			else if (scroller.tabIndex < 0)
				problems.push(`a scrolling table cannot be reached with the keyboard: ${table.textContent!.slice(0, 60)}`);
			else if (!named(scroller) && !named(table)) problems.push(`a scrolling table has no name: ${table.textContent!.slice(0, 60)}`);
		}
		const title = document.querySelector<HTMLElement>('.site-title');
		const shown = [...(title?.querySelectorAll<HTMLElement>('span') ?? [])].find((s) => s.offsetWidth > 1);
		if (!shown) problems.push('no site title is shown');
		else if (shown.scrollWidth > shown.clientWidth + 1) problems.push(`the site title is cut: "${shown.textContent}"`);
		return problems;
	});

describe.concurrent('layout on a phone and a desktop, left to right and right to left', () => {
	it.each(cases)(
		'$type at $width px ($path): nothing overflows, wide tables scroll in a named region, the title fits',
		async ({ width, path }) => {
			const { page, context } = await site.newPage({ width });
			try {
				await page.goto(`${site.origin}${path}`);
				expect(await layoutProblems(page)).toEqual([]);
			} finally {
				await context.close();
			}
		},
	);

	it.each([
		{ width: 375, path: '/', to: 'العربية', expect: /\/ar\/$/ },
		{ width: 375, path: '/ar/', to: 'English', expect: /\/$/ },
		{ width: 375, path: '/licensing/licence-compatibility/', to: 'Français', expect: /\/fr\/licensing\/licence-compatibility\/$/ },
		{ width: 375, path: '/ar/reference/glossary/', to: 'Español', expect: /\/es\/reference\/glossary\/$/ },
		{ width: 1366, path: '/zh-cn/', to: 'Русский', expect: /\/ru\/$/ },
	])('at $width px the language picker of $path is reachable and switches to $to', async ({ width, path, to, expect: where }) => {
		const { page, context } = await site.newPage({ width });
		try {
			await page.goto(`${site.origin}${path}`);
			// On a phone the picker is behind a menu button: Starlight's in the sidebar, ours on pages without one.
			const menu = page.locator('button.sl-menu-button, details.page-menu > summary').first();
			if (width < 800) await menu.click();
			const select = page.locator('starlight-lang-select select').filter({ visible: true }).first();
			await expect(select.isVisible()).resolves.toBe(true);
			await select.selectOption({ label: to });
			await page.waitForURL(where);
		} finally {
			await context.close();
		}
	});
});
