import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { annotateDownloads } from '../downloads/file-meta';
import { guides } from '../lib/guides';
import { locales, type LocaleKey } from '../lib/locales';
import { epubPath, printPath } from '../pdf/edition';
import { editionBook } from './book';
import { packageEpub } from './package';
import { readEdition } from './read-edition';

export interface EpubManifestEntry {
	guide: string;
	locale: LocaleKey;
	lang: string;
	file: string;
	bytes: number;
	/** The edition's date, YYYY-MM-DD. */
	date: string;
	/** The navigation document's entries, in order. */
	sections: string[];
}

/**
 * E-book editions. After the build, while the print editions still exist (this integration
 * comes before the PDF step, which removes them), packages each guide's print edition in each
 * language as an EPUB 3 file beside its PDF. No browser is needed, so SKIP_PDF builds make them too.
 */
export function epubEditions(): AstroIntegration {
	let site = '';
	return {
		name: 'unite-epub-editions',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const dist = fileURLToPath(dir);
				const css = await readFile(new URL('./style.css', import.meta.url), 'utf8');
				const origin = site ? new URL(site).origin : '';
				await mkdir(join(dist, 'downloads'), { recursive: true });
				const manifest: EpubManifestEntry[] = [];
				const unlinked = new Set<string>();
				for (const guide of guides) {
					for (const locale of Object.keys(locales) as LocaleKey[]) {
						const page = join(dist, printPath(guide.slug, locale), 'index.html');
						if (!existsSync(page)) continue;
						const edition = readEdition(await readFile(page, 'utf8'), page);
						const { book, unlinked: lost } = editionBook(edition, { identity: `${guide.slug}/${locale}`, origin, css });
						for (const link of lost) unlinked.add(link);
						const bytes = packageEpub(book);
						const file = epubPath(guide.slug, locale);
						await writeFile(join(dist, file), bytes);
						manifest.push({
							guide: guide.slug,
							locale,
							lang: locales[locale].lang,
							file,
							bytes: bytes.length,
							date: book.date,
							sections: book.documents.filter((d) => d.inToc).map((d) => d.title),
						});
					}
				}
				await writeFile(join(dist, 'downloads/epub-manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
				const total = manifest.reduce((sum, m) => sum + m.bytes, 0);
				const annotated = await annotateDownloads(dist, new Map(manifest.map((m) => [m.file, { bytes: m.bytes }])), '.epub');
				logger.info(
					`Packaged ${manifest.length} EPUBs (${(total / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s; sizes written into ${annotated} pages.`,
				);
				if (unlinked.size) {
					logger.warn(
						`Without SITE_URL, ${unlinked.size} links to pages outside the books keep their text but lose their address in the EPUBs.`,
					);
				}
			},
		},
	};
}
