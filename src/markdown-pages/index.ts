import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/base-path';
import { contentFiles } from '../lib/content-files';
import { htmlFiles, urlPathOf } from '../lib/html-files';
import { locales, type LocaleKey } from '../lib/locales';
import { llmsFiles } from './llms-txt';
import { hasTwin, llmsPath, twinPath } from './paths';
import { pageReader } from './read-pages';
import { makeGeneratedTwin, makeTwin, pageId, sourceFinder, type Twin } from './twin';
import { isGeneratedLicencePage } from '../licences/pages/paths';

/**
 * The Markdown twin of every page, written beside its HTML (`…/index.md`), and each language's
 * llms.txt and llms-full.txt. Twins are made from the built pages, so they hold what components
 * render (the licence table, the glossary, events, templates), and after the PDF step has written
 * the PDFs' sizes into the pages; the security headers run after this. Pages link to their twin
 * (PageActions.astro, and an alternate link in the head: route-middleware.ts).
 * (docs/decisions/markdown.md)
 */
export function markdownPages(): AstroIntegration {
	let root = '';
	let base = '/';
	let site = '';
	return {
		name: 'unite-markdown-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const dist = fileURLToPath(dir);
				const sourceOf = sourceFinder(contentFiles(root));
				const files = htmlFiles(dist).filter((file) => {
					const urlPath = urlPathOf(dist, file);
					return !urlPath.endsWith('.html') && hasTwin(pageId(urlPath).slug);
				});
				const reader = pageReader();
				const made: (Twin | undefined)[] = [];
				const twinOf = async (file: string): Promise<Twin | undefined> => {
					const urlPath = urlPathOf(dist, file);
					const html = await readFile(file, 'utf8');
					// A redirect page has nothing to convert.
					if (/<meta\s+http-equiv="refresh"/i.test(html)) return undefined;
					const where = relative(dist, file);
					const source = sourceOf(urlPath);
					const generated = !source && isGeneratedLicencePage(pageId(urlPath).slug);
					if (!source && !generated)
						throw new Error(`${where}: no page under content/docs/ is shown at ${urlPath}; its Markdown twin needs one.`);
					const page = await reader.read(html, where, withBase(urlPath, base));
					const twin = source ? makeTwin(urlPath, page, source) : makeGeneratedTwin(urlPath, page, 'content/licences/licences.yaml');
					await writeFile(join(dist, twinPath(urlPath)), twin.text);
					return twin;
				};
				// A few pages in flight per thread keep every worker busy while files are read and written.
				let next = 0;
				const lane = async () => {
					for (let i = next++; i < files.length; i = next++) made[i] = await twinOf(files[i]!);
				};
				try {
					await Promise.all(Array.from({ length: Math.max(1, reader.threads) * 3 }, lane));
				} finally {
					await reader.close();
				}
				// In path order, as the pages were listed, whichever thread finished first.
				const twins = made.filter((t): t is Twin => t !== undefined);
				const address = (path: string) => (site ? new URL(withBase(path, base), site).href : withBase(path, base));
				const sizes: string[] = [];
				for (const locale of Object.keys(locales) as LocaleKey[]) {
					const { index, full } = llmsFiles(
						locale,
						twins.filter((t) => t.listed),
						address,
					);
					await writeFile(join(dist, llmsPath(locale)), index);
					await writeFile(join(dist, llmsPath(locale, true)), full);
					const twinBytes = twins.filter((t) => t.locale === locale).reduce((n, t) => n + Buffer.byteLength(t.text), 0);
					sizes.push(`${locales[locale].lang} ${kb(twinBytes)} + ${kb(Buffer.byteLength(index) + Buffer.byteLength(full))}`);
				}
				logger.info(
					`Wrote ${twins.length} Markdown twins and llms.txt, llms-full.txt in ${Object.keys(locales).length} languages in ${((performance.now() - started) / 1000).toFixed(1)} s on ${reader.threads ? `${reader.threads} worker threads` : 'the build thread'} (twins + llms files: ${sizes.join(', ')}).`,
				);
			},
		},
	};
}

const kb = (bytes: number) => `${Math.round(bytes / 1000)} kB`;
