import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHash, parseHeadersFile } from '../../src/lib/headers-file';
import { htmlFiles, inlineScripts } from '../../src/lib/html-files';
import { locales } from '../../src/lib/locales';
import { allowedScriptHashes } from '../../src/security-headers/allowed-scripts';
import { hstsValue } from '../../src/security-headers/index';
import { projectRoot } from '../helpers/astro-build';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { searchInDialog } from '../helpers/search-dialog';

const dist = builds.root.outDir;
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const global = Object.fromEntries(rules.find((r) => r.pattern === '/*')!.headers);
const csp = global['Content-Security-Policy']!;

describe('security headers', () => {
	it('set a strict policy for every page', () => {
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

	it('allow exactly the inline scripts of the site’s components, which cover every inline script built', () => {
		const allowed = allowedScriptHashes(projectRoot);
		const inPolicy = new Set(/script-src ([^;]+)/.exec(csp)![1]!.match(/'sha256-[^']+'/g));
		expect(inPolicy).toEqual(allowed);
		const built = new Set(htmlFiles(dist).flatMap((f) => inlineScripts(readFileSync(f, 'utf8')).map(cspHash)));
		expect([...built].filter((h) => !allowed.has(h))).toEqual([]);
	});

	it('tell browsers to use HTTPS when the site is served over HTTPS', () => {
		expect(global['Strict-Transport-Security']).toBe(hstsValue);
	});

	it('come as an nginx snippet too, in step with _headers', () => {
		const nginx = readFileSync(join(dist, '_nginx-headers.conf'), 'utf8');
		for (const [name, value] of Object.entries(global)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
	});
});

/** Every address a page asks the browser to load for itself: scripts, styles, images, media, frames, fonts. */
function subresources(html: string): string[] {
	const found: string[] = [];
	for (const m of html.matchAll(/<(script|img|iframe|frame|embed|video|audio|source|track|input)\b[^>]*?\s(?:src|poster)="([^"]+)"/g))
		found.push(m[2]!);
	for (const m of html.matchAll(/<object\b[^>]*?\sdata="([^"]+)"/g)) found.push(m[1]!);
	for (const m of html.matchAll(/\s(?:srcset|imagesrcset)="([^"]+)"/g))
		for (const part of m[1]!.split(',')) found.push(part.trim().split(/\s+/)[0]!);
	for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
		const rel = /\srel="([^"]+)"/.exec(m[1]!)?.[1] ?? '';
		const href = /\shref="([^"]+)"/.exec(m[1]!)?.[1];
		// Stylesheets, icons, preloads and manifests are fetched; alternate, canonical and feed links are not.
		if (href && /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|mask-icon)\b/.test(rel)) found.push(href);
	}
	for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push(m[1]!);
	for (const m of html.matchAll(/@import\s+['"]([^'"]+)['"]/g)) found.push(m[1]!);
	return found;
}

const offSite = (url: string) => /^(?:https?:)?\/\//i.test(url) && !url.startsWith('https://kc.example.org/');

describe('nothing on any page is loaded from another host', () => {
	const pages = htmlFiles(dist);

	it('holds for every built page, not only sampled types', () => {
		expect(pages.length).toBeGreaterThan(400);
		const foreign = pages.flatMap((f) =>
			subresources(readFileSync(f, 'utf8'))
				.filter(offSite)
				.map((u) => `${f.slice(dist.length)}: ${u}`),
		);
		expect(foreign).toEqual([]);
	});

	it('holds for the stylesheets, which could import fonts or images', () => {
		const sheets = new Set(
			pages.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)),
		);
		expect(sheets.size).toBeGreaterThan(0);
		const foreign = [...sheets].flatMap((href) =>
			subresources(readFileSync(join(dist, href.split('?')[0]!), 'utf8'))
				.filter(offSite)
				.map((u) => `${href}: ${u}`),
		);
		expect(foreign).toEqual([]);
	});
});

describe('served with those headers, in a real browser', () => {
	let site: Session;
	beforeAll(async () => {
		site = await openSite(dist);
	});
	afterAll(async () => site?.close());

	/** Record CSP violations from the first moment of the page. */
	const watchViolations = `window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

	// Every page type in English and Arabic (right to left); one page of each other language.
	const pageTypes = [
		'/',
		'/about/',
		'/licensing/',
		'/licensing/licence-compatibility/',
		'/reference/glossary/',
		'/reference/licence-quick-reference/',
		'/events/',
		'/downloads/',
	];
	const cases = [
		...pageTypes.flatMap((p) => [p, `/ar${p}`]),
		'/404.html',
		...Object.keys(locales)
			.filter((k) => k !== 'root' && k !== 'ar')
			.map((k) => `/${k}/licensing/licence-compatibility/`),
	];

	it.each(cases)('%s: no CSP violation and no request to another host, search included', async (path) => {
		const { page, foreign } = await site.newPage();
		await page.addInitScript(watchViolations);
		const response = await page.goto(`${site.origin}${path}`);
		expect(response?.headers()['content-security-policy']).toBeTruthy();
		// Open search and run a query, so the lazily loaded interface and index are covered too.
		await page.keyboard.press('Control+k');
		await searchInDialog(page, 'open');
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('blocks a script that reaches a page through content, while the site’s own scripts run', async () => {
		const { page, context } = await site.newPage();
		await page.addInitScript(watchViolations);
		const path = '/licensing/licence-compatibility/';
		// Serve the built page with its real headers, plus what a hostile edit might have smuggled in.
		await context.route(`${site.origin}${path}`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				'<div class="sl-markdown-content">',
				'<div class="sl-markdown-content"><script>window.injected = true</script><img src="x" onerror="window.handler = true">',
			);
			await route.fulfill({ response, body: html });
		});
		const response = await page.goto(`${site.origin}${path}`);
		expect(response?.headers()['content-security-policy']).toBe(csp);
		const state = await page.evaluate(() => ({
			injected: (window as unknown as { injected?: boolean }).injected,
			handler: (window as unknown as { handler?: boolean }).handler,
			themeProvider: typeof (window as unknown as { StarlightThemeProvider?: unknown }).StarlightThemeProvider,
			violations: (window as unknown as { violations: string[] }).violations,
		}));
		expect(state.injected).toBeUndefined();
		expect(state.handler).toBeUndefined();
		expect(state.violations.some((v) => v.startsWith('script-src'))).toBe(true);
		// Starlight's own inline script, allowed by its hash, still ran.
		expect(state.themeProvider).toBe('object');
	});
});
