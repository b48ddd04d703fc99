import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { launchBrowser } from '../lib/browser';
import { guides } from '../lib/guides';
import { locales, type LocaleKey } from '../lib/locales';
import { serveDist } from '../lib/serve-dist';
import { annotateDownloads, type FileFacts } from '../downloads/file-meta';
import type { OutlineEntry } from './contract';
import { checklistPdfPath, checklistPrintPath, pdfPath, printPath } from './edition';
import { printGuide, printSheet } from './printer';

export interface PdfManifestEntry extends Required<FileFacts> {
	/** A guide's edition, or a one-sheet summary (the release checklist). */
	kind: 'edition' | 'sheet';
	guide: string;
	locale: LocaleKey;
	lang: string;
	file: string;
	seconds: number;
	outline: OutlineEntry[];
	contents: { section: string; page: number }[];
}

/** How many guides print at once: one per core is what a 2-core machine takes well. */
const concurrency = Math.max(1, Number(process.env['PDF_CONCURRENCY']) || 2);

/** Whether this build skips the PDFs (SKIP_PDF=1), for quick previews and builds that test other things. */
export const pdfsSkipped = (env = process.env) => env['SKIP_PDF'] === '1' || env['SKIP_PDF'] === 'true';

/**
 * The printable guides. Injects a print edition of every guide in every language; after the
 * build, prints each with Chromium, writes the files' sizes and page counts into the pages that
 * link to them, and removes the print editions, which exist only to be printed (the sitemap
 * leaves them out through `isPrintPath`). SKIP_PDF=1 skips the printing, and says so.
 */
export function pdfEditions(): AstroIntegration {
	let base = '/';
	let site = '';
	return {
		name: 'unite-pdf-editions',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/[...locale]/print/[guide]', entrypoint: new URL('./routes/print.astro', import.meta.url) });
				injectRoute({ pattern: '/[...locale]/print/checklist', entrypoint: new URL('./routes/checklist.astro', import.meta.url) });
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				if (pdfsSkipped()) {
					logger.warn('SKIP_PDF is set: NO PDFs were made. The "Download PDF" links in this build lead nowhere.');
					logger.warn('Run `npm run build` without SKIP_PDF to produce the printable guides.');
				} else {
					await buildPdfs(dist, { base, site }, logger);
				}
				await removePrintEditions(dist);
			},
		},
	};
}

async function buildPdfs(dist: string, { base, site }: { base: string; site: string }, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const { browser, from } = await launchBrowser();
	logger.info(
		`Printing ${guides.length} guides × ${Object.keys(locales).length} languages with ${from} (${browser.version()}), ${concurrency} at a time`,
	);
	const server = await serveDist(dist, base);
	// A guide gets a print edition once it has an overview page (routes/print.astro).
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
				const pdf = await printGuide(page, { url, lang, publicOrigin: site ? new URL(site).origin : '' });
				const file = join(dist, pdfPath(guide, locale));
				await mkdir(dirname(file), { recursive: true });
				await writeFile(file, pdf.bytes);
				const seconds = (performance.now() - t0) / 1000;
				const { bytes, ...facts } = pdf;
				manifest.push({ kind: 'edition', guide, locale, lang, file: pdfPath(guide, locale), ...facts, bytes: bytes.length, seconds });
				logger.info(`  ${pdfPath(guide, locale)}: ${pdf.pages} pages, ${(bytes.length / 1e6).toFixed(2)} MB, ${seconds.toFixed(1)} s`);
			}
			await page.close();
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
		// The release checklist's one-sheet summary, in every language, when the site has the chapter.
		const page = await context.newPage();
		const hasChecklist = existsSync(join(dist, checklistPrintPath('root').replace(/^\//, ''), 'index.html'));
		for (const locale of hasChecklist ? (Object.keys(locales) as LocaleKey[]) : []) {
			const t0 = performance.now();
			const { lang } = locales[locale];
			const sheet = await printSheet(page, {
				url: `${server.origin}${base.replace(/\/$/, '')}${checklistPrintPath(locale)}`,
				lang,
				publicOrigin: '',
			});
			const file = join(dist, checklistPdfPath(locale));
			await writeFile(file, sheet.bytes);
			manifest.push({
				kind: 'sheet',
				guide: 'open-sourcing',
				locale,
				lang,
				file: checklistPdfPath(locale),
				bytes: sheet.bytes.length,
				pages: sheet.pages,
				seconds: (performance.now() - t0) / 1000,
				outline: [],
				contents: [],
			});
		}
		await page.close();
	} finally {
		await browser.close();
		await server.close();
	}
	manifest.sort((a, b) => a.file.localeCompare(b.file));
	await writeFile(join(dist, 'downloads/manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	const annotated = await annotateDownloads(dist, new Map(manifest.map((m) => [m.file, { bytes: m.bytes, pages: m.pages }])), '.pdf');
	logger.info(
		`Printed ${manifest.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s; sizes written into ${annotated} pages.`,
	);
}

/** The print editions are a means to the PDFs: take them out of the site. */
async function removePrintEditions(dist: string): Promise<void> {
	const prefixes = Object.keys(locales).map((k) => (k === 'root' ? '' : k));
	await Promise.all(prefixes.map((p) => rm(join(dist, p, 'print'), { recursive: true, force: true })));
}
