import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { guides } from '../../lib/guides';
import { locales, type LocaleKey } from '../../lib/locales';
import { pdfPath, printPath } from '../../lib/print';
import { annotatePdfLinks, type PdfFacts } from './annotate';
import { launchBrowser } from './browser';
import { printGuide } from './print-guide';
import { serveDist } from './static-server';

export interface PdfManifestEntry extends PdfFacts {
	guide: string;
	locale: LocaleKey;
	lang: string;
	file: string;
	seconds: number;
	outline: { title: string; page: number }[];
}

/** How many guides print at once: one per core is what a 2-core machine takes well. */
const concurrency = Math.max(1, Number(process.env['PDF_CONCURRENCY']) || 2);

/**
 * After the site is built, print every guide in every language to PDF with Chromium, write the
 * files' sizes and page counts into the pages that link to them, and remove the print editions
 * (they exist only to be printed). SKIP_PDF=1 skips all of it, and says so.
 */
export function pdfGuides(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	let site = '';
	return {
		name: 'unite-pdf-guides',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				if (process.env['SKIP_PDF'] === '1' || process.env['SKIP_PDF'] === 'true') {
					logger.warn('SKIP_PDF is set: NO PDFs were made. The "Download PDF" links in this build lead nowhere.');
					logger.warn('Run `npm run build` without SKIP_PDF to produce the printable guides.');
				} else {
					await buildPdfs(dist, { base, root, site }, logger);
				}
				await removePrintEditions(dist);
			},
		},
	};
}

async function buildPdfs(
	dist: string,
	{ base, root, site }: { base: string; root: string; site: string },
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const { browser, from } = await launchBrowser();
	logger.info(
		`Printing ${guides.length} guides × ${Object.keys(locales).length} languages with ${from} (${browser.version()}), ${concurrency} at a time`,
	);
	const server = await serveDist(dist, base);
	const strings = await loadStrings(root);
	// A guide gets a print edition once it has an overview page (src/routes/print/).
	const jobs = guides
		.flatMap((g) => (Object.keys(locales) as LocaleKey[]).map((locale) => ({ guide: g.slug, locale })))
		.filter(({ guide, locale }) => existsSync(join(dist, printPath(guide, locale), 'index.html')));
	const manifest: PdfManifestEntry[] = [];
	try {
		const context = await browser.newContext();
		let next = 0;
		const worker = async () => {
			const page = await context.newPage();
			while (next < jobs.length) {
				const { guide, locale } = jobs[next++]!;
				const t0 = performance.now();
				const { lang } = locales[locale];
				const url = `${server.origin}${base.replace(/\/$/, '')}${printPath(guide, locale)}`;
				const pdf = await printGuide(page, {
					url,
					lang,
					linkNotesTitle: strings(lang, 'print.links'),
					author: strings(lang, 'print.publisher'),
					publicOrigin: site ? new URL(site).origin : '',
				});
				const file = join(dist, pdfPath(guide, locale));
				await mkdir(dirname(file), { recursive: true });
				await writeFile(file, pdf.bytes);
				const seconds = (performance.now() - t0) / 1000;
				manifest.push({
					guide,
					locale,
					lang,
					file: pdfPath(guide, locale),
					bytes: pdf.bytes.length,
					pages: pdf.pages,
					seconds,
					outline: pdf.outline,
				});
				logger.info(`  ${pdfPath(guide, locale)}: ${pdf.pages} pages, ${(pdf.bytes.length / 1e6).toFixed(2)} MB, ${seconds.toFixed(1)} s`);
			}
			await page.close();
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
	} finally {
		await browser.close();
		await server.close();
	}
	manifest.sort((a, b) => a.file.localeCompare(b.file));
	await writeFile(join(dist, 'downloads/manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	const facts = new Map(manifest.map((m) => [m.file, { bytes: m.bytes, pages: m.pages }]));
	const annotated = await annotatePdfLinks(dist, facts);
	logger.info(
		`Printed ${manifest.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s; sizes written into ${annotated} pages.`,
	);
}

/** Interface strings for the PDF step, read from the same files the site uses. */
async function loadStrings(projectRoot: string): Promise<(lang: string, key: string) => string> {
	const dir = join(projectRoot, 'content/i18n');
	const cache = new Map<string, Record<string, string>>();
	for (const { lang } of Object.values(locales)) {
		cache.set(lang, JSON.parse(await readFile(join(dir, `${lang}.json`), 'utf8')) as Record<string, string>);
	}
	return (lang, key) => cache.get(lang)?.[key] ?? cache.get('en')![key]!;
}

/** The print editions are a means to the PDFs: take them out of the site and its sitemap. */
async function removePrintEditions(dist: string): Promise<void> {
	const dirs = [
		join(dist, 'print'),
		...Object.keys(locales)
			.filter((k) => k !== 'root')
			.map((k) => join(dist, k, 'print')),
	];
	await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
	const sitemap = join(dist, 'sitemap-0.xml');
	try {
		const xml = await readFile(sitemap, 'utf8');
		await writeFile(sitemap, xml.replace(/<url>(?:(?!<\/url>)[\s\S])*?\/print\/(?:(?!<\/url>)[\s\S])*?<\/url>/g, ''));
	} catch {
		// No sitemap without a site URL.
	}
}
