import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { searchInDialog } from '../helpers/search-dialog';

let site: Session;
beforeAll(async () => {
	site = await openSite(builds.root.outDir);
});
afterAll(async () => site?.close());

const url = (path: string) => `${site.origin}${path}`;
const prefixes = Object.entries(locales).map(([key, l]) => ({ ...l, prefix: key === 'root' ? '' : `/${key}` }));

describe('in a real browser', () => {
	it.each(prefixes)('the $label home page loads with its language and direction', async ({ prefix, lang }) => {
		const { page, foreign } = await site.newPage();
		const response = await page.goto(url(`${prefix}/`));
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		const dir = await page.evaluate(() => getComputedStyle(document.body).direction);
		expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
		expect(await page.locator('h1').first().textContent()).toBeTruthy();
		expect(foreign).toEqual([]);
	});

	it('the language picker keeps the reader on the same page', async () => {
		const { page } = await site.newPage();
		await page.goto(url('/about/'));
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'Français' });
		await page.waitForURL(/\/fr\/about\/$/);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'العربية' });
		await page.waitForURL(/\/ar\/about\/$/);
	});

	it('keeps inline code left to right inside Arabic text: a vote `+1` is not shown as "1+"', async () => {
		const { page } = await site.newPage({ width: 1280 });
		await page.goto(url('/ar/governance/decision-making/'));
		const order = await page.evaluate(() => {
			const code = [...document.querySelectorAll('.sl-markdown-content p code')].find((c) => c.textContent === '+1');
			if (!code?.firstChild) return 'missing';
			const range = document.createRange();
			const x = (i: number) => {
				range.setStart(code.firstChild!, i);
				range.setEnd(code.firstChild!, i + 1);
				return range.getBoundingClientRect().x;
			};
			return x(0) < x(1) ? '+1' : '1+';
		});
		expect(order).toBe('+1');
	});

	it('lays Arabic pages out right to left: the sidebar is on the right', async () => {
		const { page } = await site.newPage({ width: 1280 });
		await page.goto(url('/ar/about/'));
		const sidebar = await page.locator('#starlight__sidebar').boundingBox();
		const main = await page.locator('main').boundingBox();
		expect(sidebar && main).toBeTruthy();
		expect(sidebar!.x).toBeGreaterThan(main!.x);
	});

	it.each([
		{ label: 'English', start: '/', query: 'open source', expect: /^\/(?!fr|es|ru|zh-cn|ar)/ },
		{ label: 'Chinese', start: '/zh-cn/', query: '会员国 伙伴关系', expect: /^\/zh-cn\// },
		{ label: 'Arabic', start: '/ar/', query: 'الشراكات مع الدول الأعضاء', expect: /^\/ar\// },
		// From a translated page every result opens in the page's language: English pages found
		// there open at their copy under the language's prefix (src/search/result-url.ts).
	])('search in $label returns a result in that language, and following it lands on the page', async ({ start, query, expect: where }) => {
		const { page } = await site.newPage();
		await page.goto(url(start));
		const [href] = await searchInDialog(page, query);
		expect(href, `no result for "${query}"`).toBeTruthy();
		const first = page.locator('#kc-search-ui a.kc-result-title').first();
		expect(new URL(href!, page.url()).pathname).toMatch(where);
		await first.click();
		await page.waitForURL((u) => u.pathname === new URL(href!, page.url()).pathname);
		expect(await page.locator('h1').first().textContent()).toBeTruthy();
	});

	it('works with the keyboard alone: skip link, search open and close, navigation', async () => {
		const { page } = await site.newPage();
		await page.goto(url('/about/'));
		await page.keyboard.press('Tab');
		const skip = page.locator('a.sl-skip-link');
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(page.url()).toMatch(/#_top$/);

		await page.keyboard.press('Control+k');
		await page.locator('dialog[open]').waitFor();
		await page.keyboard.press('Escape');
		await page.locator('dialog[open]').waitFor({ state: 'detached' });

		// Tab through the page until a link into the sidebar is focused, then follow it.
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => Boolean(document.activeElement?.closest('#starlight__sidebar a')))) break;
		}
		const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
		await page.keyboard.press('Enter');
		await page.waitForURL(target);
	});

	it('the theme toggle switches between light and dark', async () => {
		const { page } = await site.newPage({ colorScheme: 'light' });
		await page.goto(url('/about/'));
		const select = page.locator('starlight-theme-select select').first();
		await select.selectOption('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await select.selectOption('light');
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
	});

	it('a guide’s PDF link returns a PDF', async () => {
		const { page } = await site.newPage();
		await page.goto(url('/governance/'));
		const link = page.locator('a.pdf-download').first();
		expect(await link.textContent()).toMatch(/\d+ pages/);
		const href = await link.getAttribute('href');
		const response = await page.request.get(new URL(href!, page.url()).href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
	});
});
