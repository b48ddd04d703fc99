import { readFile, writeFile } from 'node:fs/promises';
import { formatBytes, listSeparator } from '../lib/format';
import { htmlFiles } from '../lib/html-files';
import { escapeRegExp } from '../lib/regexp';
import { pageCountToken, pdfMetaAttr } from './contract';

export interface PdfFacts {
	bytes: number;
	pages: number;
}

const marker = new RegExp(`<span\\b([^>]*\\b${pdfMetaAttr.file}="[^"]+"[^>]*)></span>`, 'g');
const attr = (attrs: string, name: string) => new RegExp(`\\b${escapeRegExp(name)}="([^"]*)"`).exec(attrs)?.[1];

/** The text that fills a marker: "(1.2 MB, 34 pages)" in the page's language. */
export function pdfMetaText(facts: PdfFacts, lang: string, pageLabel = pageCountToken): string {
	return `(${formatBytes(facts.bytes, lang)}${listSeparator(lang)}${pageLabel.replace(pageCountToken, new Intl.NumberFormat(lang).format(facts.pages))})`;
}

/**
 * Write each PDF's size and page count into the pages that link to it. The pages are rendered
 * before the PDFs exist, so they carry an empty marker (contract.ts) that this step fills. A
 * marker naming a PDF that was not printed is an error: the link would lead nowhere.
 */
export async function annotatePdfLinks(dist: string, facts: Map<string, PdfFacts>): Promise<number> {
	let changed = 0;
	for (const file of htmlFiles(dist)) {
		const html = await readFile(file, 'utf8');
		if (!html.includes(`${pdfMetaAttr.file}=`)) continue;
		const next = html.replace(marker, (_whole, attrs: string) => {
			const pdf = attr(attrs, pdfMetaAttr.file) ?? '';
			const f = facts.get(pdf);
			if (!f) throw new Error(`${file} links to ${pdf}, which was not printed.`);
			return `<span${attrs}>${pdfMetaText(f, attr(attrs, pdfMetaAttr.lang) ?? 'en', attr(attrs, pdfMetaAttr.pageLabel))}</span>`;
		});
		if (next !== html) {
			await writeFile(file, next);
			changed++;
		}
	}
	return changed;
}
