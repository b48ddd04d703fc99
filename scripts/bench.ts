/**
 * Benchmarks: prints figures, asserts nothing (budgets are read by people, not by flaky timers).
 *
 *   npm run bench                 build, page weight, search cost, PDF timings
 *   npm run bench -- --lighthouse also Lighthouse (mobile) on six kinds of page
 *   npm run bench -- --no-build   reuse the last bench build in tests/.tmp/bench
 *   npm run bench -- --suite      also time the whole test suite (`npm test`), as a contributor runs it
 *   npm run bench -- --scale N    only the scaling benchmark: a site with N more pages per language
 *   npm run bench -- --checker    only the licence checker's speed (no build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { scaleBench } from './bench-scale';
import { checkerBench } from './bench-checker';
import { browserCandidates, launchBrowser } from '../src/lib/browser';
import { serveDist } from '../src/lib/serve-dist';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'tests/.tmp/bench');
const args = new Set(process.argv.slice(2));
const budgetKb = 40;
const chapter = '/licensing/licence-compatibility/';
/** The self-assessments (src/assessments/): the form, its styles and its script on first visit. */
const assessmentBudgetKb = 50;
const assessments = [
	'/tools/open-sourcing-readiness/',
	'/tools/ospo-maturity/',
	'/tools/dpg-readiness/',
	'/ar/tools/open-sourcing-readiness/',
];
const explorer = '/reference/licences/';
const explorerBudgetKb = 60;
const licencePageBudgetKb = 40;

/** The licence page with the largest HTML (gzip), in any language: the one the budget binds. */
function heaviestLicencePage(): string {
	let worst = { path: `${explorer}mit/`, bytes: 0 };
	for (const prefix of ['', ...readdirSync(dist).filter((d) => existsSync(join(dist, d, 'reference/licences')))]) {
		const dir = join(dist, prefix, 'reference/licences');
		if (!existsSync(dir)) continue;
		for (const id of readdirSync(dir)) {
			const file = join(dir, id, 'index.html');
			if (id === 'compatibility' || !existsSync(file)) continue;
			const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
			if (bytes > worst.bytes) worst = { path: `${prefix ? `/${prefix}` : ''}${explorer}${id}/`, bytes };
		}
	}
	return worst.path;
}

function build() {
	const started = performance.now();
	const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, SITE_URL: 'https://kc.example.org', NO_COLOR: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
	const seconds = (performance.now() - started) / 1000;
	const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	console.log(`\nBuild: ${seconds.toFixed(1)} s wall, ${pages} HTML pages`);
	const pdfLine = /Printed (\d+) PDFs in ([\d.]+) s/.exec(r.stdout);
	if (pdfLine) console.log(`PDF step: ${pdfLine[1]} PDFs in ${pdfLine[2]} s`);
	const epubLine = /Packaged (\d+) EPUBs \(([\d.]+) MB\) in ([\d.]+) s/.exec(r.stdout);
	if (epubLine) console.log(`EPUB step: ${epubLine[1]} EPUBs (${epubLine[2]} MB) in ${epubLine[3]} s`);
	const packLine = /Packed (\d+) offline packs in ([\d.]+) s/.exec(r.stdout);
	if (packLine) console.log(`Offline packs step: ${packLine[1]} packs in ${packLine[2]} s`);
}

/** The EPUBs' and offline packs' sizes, per language. */
function downloadSizes() {
	const downloads = join(dist, 'downloads');
	if (!existsSync(downloads)) return;
	const files = readdirSync(downloads);
	const size = (f: string) => statSync(join(downloads, f)).size;
	const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
	const epubs = files.filter((f) => f.endsWith('.epub'));
	if (epubs.length) {
		const sizes = epubs.map(size);
		console.log(
			`\nEPUBs: ${epubs.length}, ${mb(sizes.reduce((a, b) => a + b, 0))} in all, smallest ${mb(Math.min(...sizes))}, largest ${mb(Math.max(...sizes))}`,
		);
	}
	const packs = files.filter((f) => f.endsWith('.zip'));
	if (packs.length)
		console.log(`Offline packs: ${packs.map((f) => `${/offline-([a-z-]+)\.zip$/.exec(f)?.[1]} ${mb(size(f))}`).join(', ')}`);
}

function pdfTimings() {
	const file = join(dist, 'downloads/manifest.json');
	if (!existsSync(file)) return console.log('\nPDFs: none in this build');
	const m = (
		JSON.parse(readFileSync(file, 'utf8')) as { kind: string; guide: string; lang: string; seconds: number; pages: number; bytes: number }[]
	).filter((e) => e.kind === 'edition');
	console.log('\nPDFs (seconds to print, pages, size):');
	const byGuide = new Map<string, typeof m>();
	for (const e of m) byGuide.set(e.guide, [...(byGuide.get(e.guide) ?? []), e]);
	for (const [guide, list] of byGuide) {
		const avg = list.reduce((s, e) => s + e.seconds, 0) / list.length;
		console.log(
			`  ${guide.padEnd(22)} ${avg.toFixed(1)} s per language, ${list.map((e) => `${e.lang} ${e.pages}p ${(e.bytes / 1e6).toFixed(2)} MB`).join(', ')}`,
		);
	}
	console.log(`  total printing time (sum over files): ${m.reduce((s, e) => s + e.seconds, 0).toFixed(1)} s`);
}

/** Record the gzip size of every response while `action` runs. */
async function transfer(page: Page, action: () => Promise<void>): Promise<{ bytes: number; byType: Record<string, number> }> {
	const byType: Record<string, number> = {};
	let bytes = 0;
	const pending: Promise<void>[] = [];
	const onResponse = (res: import('playwright-core').Response) => {
		pending.push(
			res.body().then(
				(body) => {
					const type = (res.headers()['content-type'] ?? 'other').split(';')[0]!.split('/').pop()!;
					const size = gzipSync(body, { level: 9 }).length;
					bytes += size;
					byType[type] = (byType[type] ?? 0) + size;
				},
				() => undefined,
			),
		);
	};
	page.on('response', onResponse);
	await action();
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	page.off('response', onResponse);
	return { bytes, byType };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function weightAndSearch() {
	const server = await serveDist(dist, '/');
	const { browser } = await launchBrowser();
	try {
		// Each page's first visit in a fresh context (no cache): the chapter, the licence explorer
		// (its checker data loads on first use, printed apart) and the heaviest licence page.
		for (const [path, budget] of [
			[chapter, budgetKb],
			[explorer, explorerBudgetKb],
			[heaviestLicencePage(), licencePageBudgetKb],
		] as const) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const first = await transfer(page, async () => {
				await page.goto(`${server.origin}${path}`);
			});
			console.log(
				`\nFirst visit to ${path} (gzip, no cache): ${kb(first.bytes)} — budget ${budget} KB ${first.bytes <= budget * 1024 ? 'met' : 'EXCEEDED'}`,
			);
			console.log(
				`  by type: ${Object.entries(first.byType)
					.map(([t, b]) => `${t} ${kb(b)}`)
					.join(', ')}`,
			);
			if (path === explorer) {
				const checker = await transfer(page, async () => {
					await page.locator('form[data-checker] button[type=submit]').click();
					await page.locator('[data-result] .lx-verdict-line').waitFor();
				});
				console.log(`  then the first use of the checker (data and engine): ${kb(checker.bytes)}`);
			}
			await context.close();
		}

		// The same chapter in the other languages: Cyrillic and Arabic text take two bytes a
		// character, so a translation weighs more than its English.
		const others: string[] = [];
		for (const prefix of ['fr', 'es', 'ru', 'zh-cn', 'ar']) {
			const ctx = await browser.newContext();
			const p = await ctx.newPage();
			const visit = await transfer(p, async () => {
				await p.goto(`${server.origin}/${prefix}${chapter}`);
			});
			others.push(`${prefix} ${kb(visit.bytes)}${visit.bytes <= budgetKb * 1024 ? '' : ' (over)'}`);
			await ctx.close();
		}
		console.log(`\n${chapter} in the other languages: ${others.join(', ')}`);

		console.log(`\nFirst visit to each self-assessment (gzip, no cache) — budget ${assessmentBudgetKb} KB:`);
		for (const path of assessments) {
			const fresh = await browser.newContext();
			const tab = await fresh.newPage();
			const visit = await transfer(tab, async () => {
				await tab.goto(`${server.origin}${path}`);
			});
			console.log(
				`  ${path.padEnd(36)} ${kb(visit.bytes)} ${visit.bytes <= assessmentBudgetKb * 1024 ? 'met' : 'EXCEEDED'} (${Object.entries(
					visit.byType,
				)
					.map(([t, b]) => `${t} ${kb(b)}`)
					.join(', ')})`,
			);
			await fresh.close();
		}
		await searchSpeed(browser, server.origin);
	} finally {
		await browser.close();
		await server.close();
	}
}

/**
 * Search as a reader meets it, per language: the first query typed as soon as the dialog opens
 * (cold: the interface and the index load meanwhile) and a second one (warm). Milliseconds from
 * the last key to the results on screen, and the bytes fetched (gzip). Goal: warm ≤ 300 ms,
 * cold ≤ 600 ms.
 */
async function searchSpeed(browser: import('playwright-core').Browser, origin: string) {
	console.log('\nSearch (ms from the last key to results; gzip bytes fetched):');
	const cases = [
		{ lang: 'en', path: '/', cold: 'licence compatibility', warm: 'code of conduct' },
		{ lang: 'zh-cn', path: '/zh-cn/', cold: '许可证兼容性', warm: '行为准则' },
		{ lang: 'ar', path: '/ar/', cold: 'توافق التراخيص', warm: 'مدونة قواعد السلوك' },
	];
	for (const c of cases) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}${c.path}`);
		await page.waitForLoadState('networkidle');
		const timings: string[] = [];
		for (const [label, query] of [
			['cold', c.cold],
			['warm', c.warm],
		] as const) {
			let ms = 0;
			const fetched = await transfer(page, async () => {
				if (label === 'cold') await page.keyboard.press('Control+k');
				const input = page.locator('dialog[open] input.kc-search-input');
				await input.waitFor();
				await input.pressSequentially(query, { delay: 40 });
				const t0 = performance.now();
				await page.waitForFunction(
					(q) => {
						const ui = document.querySelector<HTMLElement>('#kc-search-ui');
						return ui?.dataset['state'] === 'done' && ui.dataset['query'] === q;
					},
					query,
					{ timeout: 20_000 },
				);
				ms = performance.now() - t0;
			});
			timings.push(`${label} "${query}" ${ms.toFixed(0)} ms, ${kb(fetched.bytes)}`);
			await page.locator('dialog[open] input.kc-search-input').fill('');
		}
		console.log(`  ${c.lang.padEnd(6)} ${timings.join('; ')}`);
		await context.close();
	}
}

async function lighthouse() {
	const { default: lh } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	// Headers and compression as a static host sends them.
	const server = await serveDist(dist, '/', { applyHeaders: true, compress: true });
	const [candidate] = await browserCandidates();
	if (!candidate) throw new Error('No browser for Lighthouse');
	const chrome = await chromeLauncher.launch({
		chromePath: candidate.path,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	try {
		console.log('\nLighthouse, mobile preset (performance / accessibility / best practices / SEO):');
		for (const [label, path] of [
			['home', '/'],
			['chapter', chapter],
			['glossary', '/reference/glossary/'],
			['Arabic chapter', `/ar${chapter}`],
			['event', '/events/open-camps-at-un-2016/'],
			['downloads', '/downloads/'],
		]) {
			const result = await lh(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			const { categories: c, audits } = result!.lhr;
			const s = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			// Below 100, name the audits that cost points, so the figure says what to fix.
			const lost = Object.values(c)
				.flatMap((cat) => cat.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => r.id))
				.join(', ');
			console.log(
				`  ${String(label).padEnd(16)} ${s('performance')} / ${s('accessibility')} / ${s('best-practices')} / ${s('seo')}${lost ? `  (below full marks: ${lost})` : ''}`,
			);
		}
	} finally {
		chrome.kill();
		await server.close();
	}
}

/** The whole test suite, timed as a contributor runs it. */
function suite() {
	const started = performance.now();
	const r = spawnSync('npm', ['test'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
	const seconds = (performance.now() - started) / 1000;
	const tests = /Tests\s+(.*)/.exec(r.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]?.trim();
	console.log(
		`\nTest suite (npm test): ${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s), ${r.status === 0 ? 'passed' : 'FAILED'}${tests ? `; ${tests}` : ''} — budget 8 min`,
	);
}

const scale = process.argv.indexOf('--scale');
if (scale >= 0) {
	await scaleBench(Number(process.argv[scale + 1]));
} else if (args.has('--checker')) {
	checkerBench(root);
} else {
	checkerBench(root);
	if (!args.has('--no-build') || !existsSync(dist)) build();
	pdfTimings();
	downloadSizes();
	await weightAndSearch();
	if (args.has('--lighthouse')) await lighthouse();
	if (args.has('--suite')) suite();
}
