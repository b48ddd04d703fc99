import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { zipSync } from 'fflate';
import { locales, type LocaleKey } from '../lib/locales';
import type { EpubManifestEntry } from '../epub/index';
import { pdfsSkipped } from '../pdf/index';
import { annotateDownloads, type FileFacts } from './file-meta';
import { packFiles } from './offline-packs';
import { offlinePackPath } from './paths';

/**
 * Offline packs: after the PDFs and EPUBs are made, one zip per language with that language's
 * guides, templates and glossary, and its size written into the downloads pages. Without PDFs
 * (SKIP_PDF=1) there is nothing to pack, and the build says so.
 */
export function offlinePacks(): AstroIntegration {
	let site = '';
	let base = '/';
	return {
		name: 'unite-offline-packs',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				if (pdfsSkipped()) {
					logger.warn('SKIP_PDF is set: NO offline packs were made. Their links in this build lead nowhere.');
					return;
				}
				const started = performance.now();
				const facts = new Map<string, FileFacts>();
				const epubs = JSON.parse(await readFile(join(dist, 'downloads/epub-manifest.json'), 'utf8')) as EpubManifestEntry[];
				for (const locale of Object.keys(locales) as LocaleKey[]) {
					// Dated with its newest edition, so the same editions make the same pack.
					const date = new Date(
						`${epubs.filter((e) => e.locale === locale).reduce((d, e) => (e.date > d ? e.date : d), '2000-01-01')}T12:00:00Z`,
					);
					const bytes = zipSync(packFiles(locale, { dist, root: process.cwd(), origin: site ? new URL(site).origin : '', base, date }), {
						level: 6,
						mtime: date,
					});
					await writeFile(join(dist, offlinePackPath(locale)), bytes);
					facts.set(offlinePackPath(locale), { bytes: bytes.length });
					logger.info(`  ${offlinePackPath(locale)}: ${(bytes.length / 1e6).toFixed(1)} MB`);
				}
				const annotated = await annotateDownloads(dist, facts, '.zip');
				logger.info(
					`Packed ${facts.size} offline packs in ${((performance.now() - started) / 1000).toFixed(1)} s; sizes written into ${annotated} pages.`,
				);
			},
		},
	};
}
