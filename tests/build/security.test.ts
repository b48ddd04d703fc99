import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/lib/headers-file';
import { locales } from '../../src/lib/locales';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';

const dist = builds.root.outDir;
const pageTypes = [
	'/',
	'/about/',
	'/licensing/',
	'/licensing/licence-compatibility/',
	'/reference/glossary/',
	'/reference/licence-quick-reference/',
	'/events/',
	'/downloads/',
	'/404.html',
];

describe('security headers', () => {
	const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
	const global = Object.fromEntries(rules.find((r) => r.pattern === '/*')!.headers);

	it('set a strict policy for every page', () => {
		const csp = global['Content-Security-Policy']!;
		const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
		expect(csp).not.toContain('SCRIPT_HASHES');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("default-src 'self'");
		expect(global['X-Content-Type-Options']).toBe('nosniff');
		expect(global['Referrer-Policy']).toBeTruthy();
		expect(global['Permissions-Policy']).toBeTruthy();
	});

	it('come as an nginx snippet too', () => {
		const nginx = readFileSync(join(dist, '_nginx-headers.conf'), 'utf8');
		expect(nginx).toContain('add_header Content-Security-Policy "');
		expect(nginx).toContain(global['Content-Security-Policy']!);
	});
});

describe('served with those headers, in a real browser', () => {
	let site: Session;
	beforeAll(async () => {
		site = await openSite(dist);
	});
	afterAll(async () => site?.close());

	const cases = Object.entries(locales).flatMap(([key, l]) =>
		pageTypes.map((p) => ({ lang: l.lang, path: key === 'root' || p === '/404.html' ? p : `/${key}${p}` })),
	);

	it.each(cases)('$path: no CSP violation and no request to another host, search included', async ({ path }) => {
		const { page, foreign } = await site.newPage();
		await page.addInitScript(() => {
			(window as unknown as { violations: string[] }).violations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { violations: string[] }).violations.push(
					`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
				),
			);
		});
		const response = await page.goto(`${site.origin}${path}`);
		expect(response?.headers()['content-security-policy']).toBeTruthy();
		// Open search and run a query, so the lazily loaded interface and index are covered too.
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('open');
		await page.locator('.pagefind-ui__message').first().waitFor({ timeout: 15_000 });
		const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
