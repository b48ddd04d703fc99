import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatBytes, listSeparator } from '../../lib/print';

export interface PdfFacts {
	bytes: number;
	pages: number;
}

/**
 * Placeholder the pages render next to each PDF link (src/components/PdfDownload.astro); filled
 * in once the PDFs exist. `data-page-label` is the localized "NNN pages", NNN standing for the number.
 */
const marker = /<span\b([^>]*\bdata-pdf-meta="[^"]+"[^>]*)><\/span>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The text that fills a marker: "(1.2 MB, 34 pages)" in the page's language. */
export function pdfMetaText(facts: PdfFacts, lang: string, pageLabel = 'NNN'): string {
	return `(${formatBytes(facts.bytes, lang)}${listSeparator(lang)}${pageLabel.replace('NNN', String(facts.pages))})`;
}

/**
 * Write each PDF's size and page count into the pages that link to it. The pages are rendered
 * before the PDFs exist, so they carry an empty marker that this step fills.
 */
export async function annotatePdfLinks(dist: string, facts: Map<string, PdfFacts>): Promise<number> {
	let changed = 0;
	for (const file of await htmlFiles(dist)) {
		const html = await readFile(file, 'utf8');
		if (!html.includes('data-pdf-meta=')) continue;
		const next = html.replace(marker, (whole, attrs: string) => {
			const f = facts.get(attr(attrs, 'data-pdf-meta') ?? '');
			if (!f) return whole;
			return `<span${attrs}>${pdfMetaText(f, attr(attrs, 'data-lang') ?? 'en', attr(attrs, 'data-page-label'))}</span>`;
		});
		if (next !== html) {
			await writeFile(file, next);
			changed++;
		}
	}
	return changed;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
	}
	return out;
}
